/**
 * The actions in the order of the work (读取 → 写入公式 → 标注 → 生成汇总 → 下载), each one click, as
 * real buttons with a description for screen readers. In the browser 转为普通公式 is not offered
 * (files written there hold standard formulas only); the downloads come last.
 */
import { Button, makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings-context";
import type { Strings } from "../i18n";

export type ActionId = "read" | "writeFormulas" | "markDeductions" | "clearMarks" | "writeSummary" | "convertToPlainFormulas";

const ACTIONS: readonly { id: ActionId; label: keyof Strings; hint: keyof Strings }[] = [
  { id: "read", label: "read", hint: "readHint" },
  { id: "writeFormulas", label: "writeFormulas", hint: "writeFormulasHint" },
  { id: "markDeductions", label: "markDeductions", hint: "markDeductionsHint" },
  { id: "clearMarks", label: "clearMarks", hint: "clearMarksHint" },
  { id: "writeSummary", label: "writeSummary", hint: "writeSummaryHint" },
  { id: "convertToPlainFormulas", label: "convertFormulas", hint: "convertFormulasHint" },
];

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  wide: { gridColumn: "1 / -1" },
  button: { minWidth: 0, whiteSpace: "normal" },
  hints: { display: "none" },
});

export interface ActionBarProps {
  readonly disabled: boolean;
  /** The action running now, shown with a spinner. */
  readonly running?: ActionId;
  readonly onAction: (id: ActionId) => void;
  /** Browser mode: offers the processed file. */
  readonly onDownload?: () => void;
  /** The workbook has changes: the download button becomes the primary one. */
  readonly downloadReady?: boolean;
  /** The workbook has been read: 读取评价表 is no longer the obvious next step. */
  readonly hasResult?: boolean;
  /** Browser mode: only the actions that make sense on a file. */
  readonly browserMode?: boolean;
  /** The Word report, once there is a result. */
  readonly onDownloadReport?: () => void;
  /** Reading failed: only 读取评价表 (another file, or again) can work. */
  readonly readFailed?: boolean;
}

export function ActionBar({ disabled, running, onAction, onDownload, downloadReady, hasResult, browserMode, onDownloadReport, readFailed }: ActionBarProps) {
  const t = useStrings();
  const styles = useStyles();
  const actions = ACTIONS.filter((a) => !(browserMode && a.id === "convertToPlainFormulas"));
  return (
    <div role="group" aria-label={t.actionsLabel} className={styles.grid}>
      {actions.map(({ id, label, hint }) => (
        <Button
          key={id}
          className={mergeClasses(styles.button, id === "read" && styles.wide)}
          appearance={id === "read" && !hasResult ? "primary" : "secondary"}
          disabledFocusable={disabled || (readFailed && id !== "read")}
          aria-describedby={`hint-${id}`}
          title={t[hint] as string}
          icon={running === id ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
          onClick={() => onAction(id)}
        >
          {t[label] as string}
        </Button>
      ))}
      {onDownload ? (
        <Button
          className={mergeClasses(styles.button, styles.wide)}
          appearance={downloadReady ? "primary" : "outline"}
          disabledFocusable={disabled}
          aria-describedby="hint-download"
          title={t.downloadHint}
          onClick={onDownload}
        >
          {t.download}
        </Button>
      ) : null}
      {onDownloadReport ? (
        <Button className={mergeClasses(styles.button, styles.wide)} appearance="outline" disabledFocusable={disabled} onClick={onDownloadReport}>
          {t.downloadReportAction}
        </Button>
      ) : null}
      <div className={styles.hints}>
        {ACTIONS.map(({ id, hint }) => (
          <span key={id} id={`hint-${id}`}>
            {t[hint] as string}
          </span>
        ))}
        <span id="hint-download">{t.downloadHint}</span>
      </div>
    </div>
  );
}
