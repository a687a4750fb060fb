/**
 * The engine's checks grouped 错误 / 警告 / 提示. Inside Excel each check is a button that
 * selects its first cell; in the browser the cells are listed as text.
 */
import { Caption1, CounterBadge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { EvaluationJson } from "../../core/result-json";
import { useStrings } from "../strings-context";

type CheckJson = EvaluationJson["checks"][number];

const SEVERITIES = ["error", "warning", "info"] as const;
type Severity = (typeof SEVERITIES)[number];
const BADGE_COLOUR = { error: "danger", warning: "important", info: "informative" } as const;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  cells: { display: "block", marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3 },
  none: { color: tokens.colorPaletteGreenForeground1 },
});

export interface ChecksListProps {
  readonly checks: readonly CheckJson[];
  /** Present inside Excel: select the check's first cell. */
  readonly onSelectCell?: (ref: string) => void;
}

export function ChecksList({ checks, onSelectCell }: ChecksListProps) {
  const t = useStrings();
  const styles = useStyles();
  if (checks.length === 0) return <span className={styles.none}>{t.noChecks}</span>;
  const groups = SEVERITIES.map((severity) => ({ severity, items: checks.filter((c) => c.severity === severity) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <div data-testid="checks">
      {groups.map(({ severity, items }) => (
        <div key={severity} className={styles.group} data-severity={severity}>
          <h3 className={styles.heading} id={`checks-${severity}`}>
            {t.severity[severity]}
            <CounterBadge count={items.length} color={BADGE_COLOUR[severity]} size="small" aria-hidden />
          </h3>
          <ul className={styles.list} aria-labelledby={`checks-${severity}`}>
            {items.map((check, i) => (
              <li key={`${check.id}-${i}`}>
                <CheckItem check={check} severity={severity} onSelectCell={onSelectCell} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function CheckItem({
  check,
  severity,
  onSelectCell,
}: {
  readonly check: CheckJson;
  readonly severity: Severity;
  readonly onSelectCell?: (ref: string) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const cells = check.cells.length ? (
    <Caption1 className={styles.cells}>
      {t.cellsLabel}
      {t.colon}
      {check.cells.join("、")}
    </Caption1>
  ) : null;
  const first = check.cells[0];
  if (onSelectCell && first) {
    return (
      <button
        type="button"
        className={mergeClasses(styles.item, styles.clickable, styles[severity])}
        onClick={() => onSelectCell(first)}
        aria-label={`${t.severity[severity]}${t.colon}${check.message} (${t.goToCell} ${first})`}
      >
        {check.message}
        {cells}
      </button>
    );
  }
  return (
    <div className={mergeClasses(styles.item, styles[severity])}>
      {check.message}
      {cells}
    </div>
  );
}
