/**
 * The headline of an evaluation: who, which year and framework, the total and the grade. While
 * error-level checks remain it says 仅供核对 and how many errors, first; an incomplete total gets no
 * grade; a total that differs from the filed one or was capped says why in one line.
 */
import { Badge, Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { errorCount } from "../../core/provisional";
import type { EvaluationJson } from "../../core/result-json";
import { formName } from "../../core/project/form-name";
import { unassignedWording } from "../deduction-shown";
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
  provisional: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  why: { color: tokens.colorNeutralForeground2 },
  unsettled: { color: tokens.colorNeutralForeground2 },
  visuallyHidden: VISUALLY_HIDDEN,
});

const GRADE_COLOUR = { 优: "success", 良: "brand", 中: "warning", 差: "danger" } as const;

export function SummaryCard({ json }: { readonly json: EvaluationJson }) {
  const t = useStrings();
  const styles = useStyles();
  const framework = json.project ? t.projectForm : json.framework === "custom" ? t.customFramework : (json.frameworkTitle ?? json.framework);
  const year = json.year ? `${json.year} ${t.yearSuffix}`.trim() : undefined;
  // A project table is named by its project, with its 主管部门 and 实施单位 under it.
  const who = json.project ? (json.project.name ?? t.unknownProject) : (json.department ?? t.unknownDepartment);
  const units = json.project
    ? [json.project.supervisor && `${t.supervisor}${t.colon}${json.project.supervisor}`, json.project.implementer && json.project.implementer !== json.project.supervisor && `${t.implementer}${t.colon}${json.project.implementer}`].filter(Boolean).join(" · ")
    : "";
  const errors = errorCount(json.checks);
  // A provisional or incomplete result is not shown in the colours of a final grade.
  const settled = errors === 0 && json.complete;
  const gradeColour = json.grade && settled ? (GRADE_COLOUR[json.grade as keyof typeof GRADE_COLOUR] ?? "informative") : "informative";
  const statedDiffers = json.statedTotal !== null && json.total !== null && json.statedTotal !== json.total;
  const capped = json.totalUncapped !== null && json.total !== null && json.totalUncapped !== json.total;
  // Weight the rows below do not carry is not a deduction: said beside 扣分合计, never a silent 0.
  const unassigned = json.unassignedWeight === null || json.unassignedWeight === undefined ? undefined : unassignedWording(json.unassignedWeight, t);
  const why = [statedDiffers ? t.statedDiffers(formatScore(json.statedTotal), formName(json.kind === "project" ? "project" : "department")) : "", capped ? t.cappedWhy(formatScore(json.totalUncapped), json.bonus ? formatScore(json.bonus) : "") : ""].filter(Boolean);
  return (
    <div className={styles.card} data-testid="summary">
      {errors ? (
        <p className={styles.provisional} data-testid="provisional" role="status">
          {t.provisional(errors)}
        </p>
      ) : null}
      <Body1Strong className={styles.department}>{who}</Body1Strong>
      {units ? <Caption1 className={styles.meta}>{units}</Caption1> : null}
      <Caption1 className={styles.meta}>{[year, framework].filter(Boolean).join(" · ")}</Caption1>
      <div className={styles.scoreRow}>
        <div className={styles.total}>
          <span className={styles.visuallyHidden}>{t.totalScore}</span>
          <span className={mergeClasses(styles.totalNumber, !settled && styles.unsettled)} data-testid="total">
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
            {json.complete ? (json.grade ?? t.noGrade) : "—"}
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
        <dd className={styles.factValue} data-testid="deduction-total">
          {formatScore(json.deductionTotal)}
        </dd>
        {unassigned ? (
          <>
            <dt className={styles.factName}>{unassigned.label}</dt>
            <dd className={mergeClasses(styles.factValue, styles.mismatch)} data-testid="unassigned-weight" title={unassigned.text}>
              {formatScore(Math.abs(json.unassignedWeight!))} {t.overScore}
            </dd>
          </>
        ) : null}
      </dl>
      {why.map((w) => (
        <Caption1 key={w} className={styles.why} data-testid="why">
          {w}
        </Caption1>
      ))}
      {unassigned ? (
        <Caption1 className={styles.why} data-testid="weight-gap-note">
          {t.weightGapNote}
        </Caption1>
      ) : null}
      {json.complete ? null : <Caption1 className={styles.warning}>{t.incomplete}</Caption1>}
    </div>
  );
}
