/**
 * A project table as the pane shows it (项目支出绩效自评表): the 项目资金 block with its 执行率 and
 * the 预算执行率 score, and the indicators, 年度指标值 against 实际完成值 with their scores (as
 * filed and as the rules give them); rows below their target are red and say so in words. Every
 * figure comes from the engine's --json object.
 */
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ProjectJson } from "../../core/result-json";
import { formatPercent, formatScore } from "../format";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, tableLayout: "auto" },
  caption: { textAlign: "left", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS },
  head: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, textAlign: "left", padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS} 0` },
  numberHead: { textAlign: "right" },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS} 0`, verticalAlign: "top", overflowWrap: "anywhere" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  path: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  small: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  below: { color: tokens.colorPaletteRedForeground1 },
  belowRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  score: { fontWeight: tokens.fontWeightSemibold },
  line: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function FundsTable({ project, unit }: { readonly project: ProjectJson; readonly unit: string }) {
  const t = useStrings();
  const styles = useStyles();
  const [name, budget, spend, rate] = t.fundsColumns;
  const amount = (x: number | null) => (x === null ? "—" : x.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const e = project.execution;
  return (
    <div data-testid="funds">
      <table className={styles.table}>
        <caption className={styles.caption}>{t.fundsCaption(unit)}</caption>
        <thead>
          <tr>
            <th className={styles.head}>{name}</th>
            <th className={mergeClasses(styles.head, styles.numberHead)}>{budget}</th>
            <th className={mergeClasses(styles.head, styles.numberHead)}>{spend}</th>
            <th className={mergeClasses(styles.head, styles.numberHead)}>{rate}</th>
          </tr>
        </thead>
        <tbody>
          {project.funds.map((f, i) => (
            <tr key={i} className={mergeClasses(styles.row, i === 0 && styles.total)}>
              <th scope="row" className={mergeClasses(styles.cell, styles.head, i === 0 && styles.total)}>
                {f.label}
              </th>
              <td className={mergeClasses(styles.cell, styles.number)}>{amount(f.adjusted)}</td>
              <td className={mergeClasses(styles.cell, styles.number)}>{amount(f.spend)}</td>
              <td className={mergeClasses(styles.cell, styles.number)}>
                {formatPercent(f.computedRate)}
                {f.rate !== null && f.rate !== f.computedRate ? <span className={mergeClasses(styles.small, styles.below)}>{t.reportedRate(formatPercent(f.rate))}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {e ? (
        <p className={styles.line} data-testid="execution-score">
          {t.executionScore(formatScore(e.score), formatScore(e.weight), formatScore(e.computed))}
        </p>
      ) : null}
    </div>
  );
}

export function IndicatorsTable({ project }: { readonly project: ProjectJson }) {
  const t = useStrings();
  const styles = useStyles();
  const [name, values, score] = t.indicatorColumns;
  if (!project.indicators.length) return <span className={styles.empty}>{t.noIndicators}</span>;
  return (
    <table className={styles.table} data-testid="indicators">
      <caption className={styles.caption}>{t.indicatorsCaption}</caption>
      <thead>
        <tr>
          <th className={styles.head}>{name}</th>
          <th className={styles.head}>{values}</th>
          <th className={mergeClasses(styles.head, styles.numberHead)}>{score}</th>
        </tr>
      </thead>
      <tbody>
        {project.indicators.map((i, k) => (
          <tr key={k} className={mergeClasses(styles.row, i.belowTarget && styles.belowRow)} data-below={i.belowTarget ? "true" : undefined}>
            <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
              <span className={styles.path}>{i.path.slice(0, -1).join(" / ")}</span>
              {i.name}
            </th>
            <td className={styles.cell}>
              {`${i.nature && /^[≥≤=]/.test(i.nature) && i.target && /^\d/.test(i.target) ? i.nature : ""}${i.target ?? "—"}`} → <span className={mergeClasses(i.belowTarget && styles.below)}>{i.actual ?? "—"}</span>
              {i.belowTarget ? (
                <Badge size="small" appearance="tint" color="danger" className={styles.small}>
                  {t.belowTarget}
                </Badge>
              ) : null}
              {i.band ? <span className={styles.small}>{t.qualitativeBand(i.band)}</span> : null}
            </td>
            <td className={mergeClasses(styles.cell, styles.number)}>
              <span className={styles.score}>{formatScore(i.score)}</span>/{formatScore(i.weight)}
              {i.computed !== null ? <span className={mergeClasses(styles.small, i.score !== null && i.computed !== i.score && styles.below)}>{t.computedScore(formatScore(i.computed))}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
