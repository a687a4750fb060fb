/**
 * The outcome of the last action: a Fluent MessageBar in the user's language, with technical
 * details collapsed and, inside Excel, the cells to look at as links that select them.
 */
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Notice } from "../notice";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  bar: { alignItems: "flex-start" },
  body: { whiteSpace: "normal", overflowWrap: "anywhere", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  details: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  summary: { cursor: "pointer" },
  detailText: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap", margin: 0 },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export interface NoticeBarProps {
  readonly notice: Notice;
  readonly onSelectCell?: (ref: string) => void;
  /** Tells a standing notice (why the pane runs without Excel) from the last action's. */
  readonly testId?: string;
}

export function NoticeBar({ notice, onSelectCell, testId = "notice" }: NoticeBarProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline" className={styles.bar} data-testid={testId} data-intent={notice.intent}>
      <MessageBarBody className={styles.body}>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.title ? <br /> : null}
        <span>{notice.text}</span>
        {notice.cells?.length && onSelectCell ? (
          <span className={styles.cells}>
            {notice.cells.map((ref) => (
              <Link key={ref} as="button" onClick={() => onSelectCell(ref)} aria-label={`${t.goToCell} ${ref}`}>
                {ref}
              </Link>
            ))}
          </span>
        ) : null}
        {notice.details ? (
          <details className={styles.details}>
            <summary className={styles.summary}>{t.details}</summary>
            <pre className={styles.detailText}>{notice.details}</pre>
          </details>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
