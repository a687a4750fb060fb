/** The report's tables as data (text already formatted): 指标得分表 and 扣分明细表. */
import { childWeightGap, level1WeightGap, unassignedWeight } from "../checks/weight-sum";
import { formatScore, HUNDRED, type Decimal } from "../decimal";
import type { EvaluatedNode } from "../evaluation";
import type { Evaluation } from "../evaluation";
import { formatPercent } from "../format";
import type { Sourced } from "../input";
import { fundsNode, fundsRowRate, indicatorLevel1, indicatorRows, valueAffixes } from "../project/indicators";
import { fromYuan, type MoneyUnit } from "../values/units";
import { toGrouped } from "../decimal";

export interface ReportTable {
  /** Its name ("指标得分表"); the Word report numbers the attachments (附件1). */
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Column widths as shares of the page width. */
  readonly widths: readonly number[];
}

const s = (d: Decimal | undefined) => (d === undefined ? "" : formatScore(d));
/** A score above its weight has no deduction to print: the over-score is to verify, as in 自评汇总 and the pane. */
const lost = (n: EvaluatedNode) => (n.deduction?.isNegative() ? "请核实" : s(n.deduction));
/** A 得分率 over 100% (a score above its weight) is not printed as a figure. */
const rate = (d: Decimal | undefined) => (d === undefined ? "" : d.greaterThan(1) ? "请核实" : formatPercent(d));

/** The 合计 row's 分值: 100 when the 一级 add up to it or fall short (the rest is 分值未分配), else what they add up to. */
function totalWeight(e: Evaluation): { gap?: { label: string; points: string }; weight: string } {
  const level1 = level1WeightGap(e);
  const gap = unassignedWeight(HUNDRED, level1);
  return { gap: gap?.label === "分值未分配" ? { label: gap.label, points: s(gap.points) } : undefined, weight: level1?.greaterThan(100) ? s(level1) : "100" };
}

const VERIFY = "请核实";

/**
 * The report's attachments: for a department table the 指标得分表 and 扣分明细表; for a project
 * table the 项目资金情况表 (amounts in `unit`) and the 绩效指标完成情况表 (年度指标值 against
 * 实际完成值, 分值 and 得分, the 预算执行率 first and the total last).
 */
export function reportTables(e: Evaluation, unit: MoneyUnit = "万元"): ReportTable[] {
  if (e.input.kind === "project") return projectTables(e, unit);
  const scores: string[][] = [];
  for (const l1 of e.tree) {
    scores.push([l1.name, "", s(l1.weight), s(l1.score), lost(l1), rate(l1.scoreRate)]);
    for (const l2 of l1.children) scores.push(["", l2.name, s(l2.weight), s(l2.score), lost(l2), rate(l2.scoreRate)]);
    const gap = unassignedWeight(l1.weight, childWeightGap(l1));
    if (gap) scores.push(["", gap.label, s(gap.points), "", "", VERIFY]);
  }
  const total = totalWeight(e);
  if (total.gap) scores.push([total.gap.label, "", total.gap.points, "", "", VERIFY]);
  for (const b of e.bonus) scores.push(["加分", b.name, s(b.weight), s(b.score), "", ""]);
  if (e.total !== undefined) scores.push(["合计", e.grade ? `评价等级：${e.grade}` : "", total.weight, s(e.total), "", total.weight === "100" ? "" : VERIFY]);
  const deductions = e.deductions.map((d) => [d.path.join("／"), s(d.weight), s(d.score), s(d.deduction), d.reason?.value ?? "（未填写）"]);
  return [
    { title: "指标得分表", header: ["一级指标", "二级指标", "分值", "得分", "扣分", "得分率"], rows: scores, widths: [20, 28, 12, 12, 12, 16] },
    { title: "扣分明细表", header: ["指标", "分值", "得分", "扣分", "扣分原因"], rows: deductions.length ? deductions : [["无扣分项", "", "", "", ""]], widths: [30, 10, 10, 10, 40] },
  ];
}

const money = (v: Sourced<Decimal> | undefined, unit: MoneyUnit) => (v ? toGrouped(fromYuan(v.value, unit), 2) : "");

/** A value as the engine reads it: a bare number with its 计算符号 and unit ("≥" "100" "%", "98" "%"). */
function shown(n: EvaluatedNode, which: "target" | "actual"): string {
  const value = which === "target" ? (n.input.adjustedTarget ?? n.input.target) : n.input.actual;
  if (!value) return "";
  const { sign, unit } = valueAffixes(n, which);
  return `${sign}${value.value.trim()}${unit}`;
}

function projectTables(e: Evaluation, unit: MoneyUnit): ReportTable[] {
  const funds = e.input.project?.funds ?? [];
  const f = fundsNode(e);
  const fundRows = funds.map((row) => {
    const r = fundsRowRate(row);
    const own = row.isTotal ? f : undefined;
    return [row.label, money(row.initial, unit), money(row.adjusted, unit), money(row.spend, unit), r ? formatPercent(r) : "", own ? s(own.weight) : "", own ? s(own.score) : ""];
  });
  // One row per 一级 with its 分值 and 得分, its indicators under it named 二级／三级: six columns
  // fit the portrait page of the report.
  const rows: string[][] = [];
  if (f) {
    const r = e.rate("budget_completion_rate")?.value;
    rows.push(["预算执行率", "100%", r ? formatPercent(r) : "", s(f.weight), s(f.score), f.reason?.value ?? ""]);
  }
  const level1 = indicatorLevel1(e);
  for (const l1 of level1) {
    if (!l1.isLeaf) rows.push([l1.name, "", "", s(l1.weight), s(l1.score), ""]);
    for (const n of indicatorRows(e).filter((x) => x === l1 || x.path[0] === l1.name)) {
      const name = n.path.slice(1).join("／") || n.name;
      rows.push([name, shown(n, "target"), shown(n, "actual"), s(n.weight), s(n.score), n.reason?.value ?? ""]);
    }
    const gap = unassignedWeight(l1.weight, childWeightGap(l1));
    if (gap) rows.push([`${l1.name}／${gap.label}`, "", "", s(gap.points), "", VERIFY]);
  }
  const total = totalWeight(e);
  if (total.gap) rows.push([total.gap.label, "", "", total.gap.points, "", VERIFY]);
  if (e.total !== undefined) rows.push([`总分${e.grade ? `（评价等级：${e.grade}）` : ""}`, "", "", total.weight, s(e.total), total.weight === "100" ? "" : VERIFY]);
  return [
    {
      title: `项目资金情况表（${unit}）`,
      header: ["资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
      rows: fundRows.length ? fundRows : [["评价表中没有项目资金表", "", "", "", "", "", ""]],
      widths: [24, 14, 14, 14, 12, 10, 10],
    },
    {
      title: "绩效指标完成情况表",
      header: ["指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      rows,
      widths: [30, 14, 14, 9, 9, 24],
    },
  ];
}
