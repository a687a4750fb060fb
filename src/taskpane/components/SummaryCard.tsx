/** The headline of an evaluation: who, which year and framework, the total and the grade. */
import { Badge, Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { frameworkById } from "../../core/frameworks";
import type { EvaluationJson } from "../../core/result-json";
import { formatScore } from "../format";
import { useStrings } from "../strings-context";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  department: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
  scoreRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalS },
  total: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS },
  totalNumber: {
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    fontVariantNumeric: "tabular-nums",
  },
  unit: { color: tokens.colorNeutralForeground2 },
  grade: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalXXS },
  gradeBadge: { fontSize: tokens.fontSizeBase600, minWidth: "48px", height: "40px" },
  label: { color: tokens.colorNeutralForeground3 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0 0 0`,
  },
  factName: { color: tokens.colorNeutralForeground2, margin: 0 },
  factValue: { margin: 0, fontVariantNumeric: "tabular-nums" },
  mismatch: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  visuallyHidden: VISUALLY_HIDDEN,
});

const GRADE_COLOUR = { 优: "success", 良: "brand", 中: "warning", 差: "danger" } as const;

export function SummaryCard({ json }: { readonly json: EvaluationJson }) {
  const t = useStrings();
  const styles = useStyles();
  const framework = json.framework === "custom" ? t.customFramework : (frameworkById(json.framework)?.title ?? json.framework);
  const year = json.year ? `${json.year} ${t.yearSuffix}`.trim() : undefined;
  const gradeColour = json.grade ? (GRADE_COLOUR[json.grade as keyof typeof GRADE_COLOUR] ?? "informative") : "informative";
  const statedDiffers = json.statedTotal !== null && json.total !== null && json.statedTotal !== json.total;
  return (
    <div className={styles.card} data-testid="summary">
      <Body1Strong className={styles.department}>{json.department ?? t.unknownDepartment}</Body1Strong>
      <Caption1 className={styles.meta}>{[year, framework].filter(Boolean).join(" · ")}</Caption1>
      <div className={styles.scoreRow}>
        <div className={styles.total}>
          <span className={styles.visuallyHidden}>{t.totalScore}</span>
          <span className={styles.totalNumber} data-testid="total">
            {formatScore(json.total)}
          </span>
          <span className={styles.unit}>{t.points}</span>
        </div>
        <div className={styles.grade}>
          <Badge
            size="extra-large"
            shape="rounded"
            appearance="filled"
            color={gradeColour}
            className={styles.gradeBadge}
            data-testid="grade"
          >
            {json.grade ?? t.noGrade}
          </Badge>
          <Caption1 className={styles.label}>{t.grade}</Caption1>
        </div>
      </div>
      <dl className={styles.facts}>
        {json.statedTotal !== null ? (
          <>
            <dt className={styles.factName}>{t.statedTotal}</dt>
            <dd className={mergeClasses(styles.factValue, statedDiffers && styles.mismatch)}>
              {formatScore(json.statedTotal)}
              {json.statedGrade ? `（${json.statedGrade}）` : ""}
            </dd>
          </>
        ) : null}
        {json.totalUncapped !== null && json.totalUncapped !== json.total ? (
          <>
            <dt className={styles.factName}>{t.uncapped}</dt>
            <dd className={styles.factValue}>{formatScore(json.totalUncapped)}</dd>
          </>
        ) : null}
        {json.bonus ? (
          <>
            <dt className={styles.factName}>{t.bonus}</dt>
            <dd className={styles.factValue}>{formatScore(json.bonus)}</dd>
          </>
        ) : null}
        <dt className={styles.factName}>{t.deductionTotal}</dt>
        <dd className={styles.factValue}>{formatScore(json.deductionTotal)}</dd>
      </dl>
      {json.complete ? null : <Caption1 className={styles.warning}>{t.incomplete}</Caption1>}
    </div>
  );
}
