/** The report's tables as data (text already formatted): 指标得分表 and 扣分明细表, or the project's two. */
import { childWeightGap, level1WeightGap, unassignedWeight } from "../checks/weight-sum";
import { formatScore, HUNDRED, type Decimal } from "../decimal";
import type { EvaluatedNode } from "../evaluation";
import type { Evaluation } from "../evaluation";
import { formatPercent } from "../format";
import type { Sourced } from "../input";
import { fundsNode, fundsRowRate, fundsTotal, indicatorLevel1, indicatorRows, valueAffixes } from "../project/indicators";
import { formName } from "../project/form-name";
import { fromYuan, type MoneyUnit } from "../values/units";
import { toGrouped } from "../decimal";
import { scoreVerify } from "./deductions";
import { rateVerify } from "./formula-lines";
import { fundsTotalVerify, rowScoreVerify } from "./outline-project";
import { gradeVerify, scorePoints, totalVerify, weightPoints } from "./points";
import { figureOf, flagsOf, verifyMarks, type Marks } from "./annex-marks";

export interface ReportTable {
  /** Its name ("指标得分表"); the Word report numbers the attachments (附件1). */
  readonly title: string;
  readonly header: readonly string[];
  /**
   * A figure the report's text marks 【请核实】 reads "40（请核实1）" here, explained in `notes` (the
   * Word report sets the mark on a line of its own under the figure). Widths leave room for it.
   */
  readonly rows: readonly (readonly string[])[];
  /** Column widths as shares of the page width. */
  readonly widths: readonly number[];
  /**
   * Under the table, when a figure in it is marked: "注：…" then one line a mark ("（请核实1）预算执行
   * 得分40分，评分表填报为39分，与下级得分合计不符（评分表!H7）。"). The annex is handed on alone.
   */
  readonly notes?: readonly string[];
}

export { ANNEX_VERIFY } from "./annex-marks";

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
  const marks = verifyMarks();
  // Weight and score as the text writes them (weightPoints, scorePoints), with the same 【请核实】;
  // a leaf also with what its rule or its 扣分原因 contradicts (scoreVerify), as its sentence does.
  const weight = (n: EvaluatedNode) => {
    const w = weightPoints(n, formName(e.input.kind));
    return marks.mark(figureOf(w), `${n.name}分值`, ...flagsOf(w));
  };
  const score = (n: EvaluatedNode) => {
    const p = scorePoints(n, formName(e.input.kind));
    return marks.mark(figureOf(p), `${n.name}得分${figureOf(p) ? `${figureOf(p)}分` : ""}`, ...flagsOf(p), n.isLeaf && scoreVerify(e, n));
  };
  const scores: string[][] = [];
  for (const l1 of e.tree) {
    scores.push([l1.name, "", weight(l1), score(l1), lost(l1), rate(l1.scoreRate)]);
    for (const l2 of l1.children) scores.push(["", l2.name, weight(l2), score(l2), lost(l2), rate(l2.scoreRate)]);
    const gap = unassignedWeight(l1.weight, childWeightGap(l1));
    if (gap) scores.push(["", gap.label, s(gap.points), "", "", VERIFY]);
  }
  const total = totalWeight(e);
  if (total.gap) scores.push([total.gap.label, "", total.gap.points, "", "", VERIFY]);
  for (const b of e.bonus) scores.push(["加分", b.name, s(b.weight), s(b.score), "", ""]);
  if (e.total !== undefined) scores.push(["合计", grade(e, marks), total.weight, totalScore(e, marks), "", total.weight === "100" ? "" : VERIFY]);
  const deductionMarks = verifyMarks();
  const deductions = e.deductions.map((d) => {
    const p = scorePoints(d);
    const name = d.path.join("／");
    return [name, s(d.weight), deductionMarks.mark(figureOf(p), `${d.name}得分${figureOf(p)}分`, ...flagsOf(p), scoreVerify(e, d)), s(d.deduction), d.reason?.value ?? "（未填写）"];
  });
  return [
    { title: "指标得分表", header: ["一级指标", "二级指标", "分值", "得分", "扣分", "得分率"], rows: scores, widths: [20, 26, 12, 14, 12, 16], notes: marks.notes() },
    { title: "扣分明细表", header: ["指标", "分值", "得分", "扣分", "扣分原因"], rows: deductions.length ? deductions : [["无扣分项", "", "", "", ""]], widths: [28, 10, 12, 10, 40], notes: deductionMarks.notes() },
  ];
}

/** The total with the text's 【请核实】 (a total the 评分表 states otherwise). */
const totalScore = (e: Evaluation, marks: Marks, label = "合计得分") => marks.mark(s(e.total), `${label}${s(e.total)}分`, totalVerify(e));

/** "评价等级：优", marked when the 评分表 states another grade. */
const grade = (e: Evaluation, marks: Marks) => (e.grade ? marks.mark(`评价等级：${e.grade}`, `评价等级“${e.grade}”`, gradeVerify(e)) : "");

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
  const budgetRate = e.rate("budget_completion_rate");
  const totalRow = fundsTotal(e);
  const fundMarks = verifyMarks();
  // The score as the text writes it (scorePoints), an indicator row's also with rowScoreVerify.
  const score = (n: EvaluatedNode, marks: Marks, row = false) => {
    const p = scorePoints(n, formName(e.input.kind));
    return marks.mark(figureOf(p), `${n.name}得分${figureOf(p) ? `${figureOf(p)}分` : ""}`, ...flagsOf(p), row && rowScoreVerify(e, n));
  };
  const weight = (n: EvaluatedNode, marks: Marks) => {
    const w = weightPoints(n, formName(e.input.kind));
    return marks.mark(figureOf(w), `${n.name}分值`, ...flagsOf(w));
  };
  /** The 预算执行率 with the text's 【请核实】 (rateVerify, as its formula line has it). */
  const executionRate = (text: string, marks: Marks) => {
    const cells = [totalRow?.spend?.cell, totalRow?.adjusted?.cell].filter((c): c is string => !!c);
    return marks.mark(text, `预算执行率${text}`, budgetRate && rateVerify(e, budgetRate, cells));
  };
  const doubt = fundsTotalVerify(e);
  const fundRows = funds.map((row) => {
    const r = fundsRowRate(row);
    const own = row.isTotal ? f : undefined;
    // The 年度资金总额 its 其中 rows contradict: each amount the finding names is marked, one note.
    const amount = (v: Sourced<Decimal> | undefined) => (row === totalRow && v && doubt?.cells?.includes(v.cell) ? fundMarks.mark(money(v, unit), `${row.label}一行`, doubt) : money(v, unit));
    const rateText = r ? formatPercent(r) : "";
    return [row.label, amount(row.initial), amount(row.adjusted), amount(row.spend), row === totalRow && r ? executionRate(rateText, fundMarks) : rateText, own ? weight(own, fundMarks) : "", own ? score(own, fundMarks) : ""];
  });
  // One row per 一级 with its 分值 and 得分, its indicators under it named 二级／三级: six columns
  // fit the portrait page of the report.
  const marks = verifyMarks();
  const rows: string[][] = [];
  if (f) {
    const r = budgetRate?.value;
    rows.push(["预算执行率", "100%", r ? executionRate(formatPercent(r), marks) : "", weight(f, marks), score(f, marks), f.reason?.value ?? ""]);
  }
  const level1 = indicatorLevel1(e);
  for (const l1 of level1) {
    if (!l1.isLeaf) rows.push([l1.name, "", "", weight(l1, marks), score(l1, marks), ""]);
    for (const n of indicatorRows(e).filter((x) => x === l1 || x.path[0] === l1.name)) {
      const name = n.path.slice(1).join("／") || n.name;
      rows.push([name, shown(n, "target"), shown(n, "actual"), weight(n, marks), score(n, marks, true), n.reason?.value ?? ""]);
    }
    const gap = unassignedWeight(l1.weight, childWeightGap(l1));
    if (gap) rows.push([`${l1.name}／${gap.label}`, "", "", s(gap.points), "", VERIFY]);
  }
  const total = totalWeight(e);
  if (total.gap) rows.push([total.gap.label, "", "", total.gap.points, "", VERIFY]);
  if (e.total !== undefined) rows.push([`总分${e.grade ? `（${grade(e, marks)}）` : ""}`, "", "", total.weight, totalScore(e, marks, "总分"), total.weight === "100" ? "" : VERIFY]);
  return [
    {
      title: `项目资金情况表（${unit}）`,
      header: ["资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
      rows: fundRows.length ? fundRows : [["评价表中没有项目资金表", "", "", "", "", "", ""]],
      widths: [22, 14, 14, 14, 12, 12, 12],
      notes: fundMarks.notes(),
    },
    {
      title: "绩效指标完成情况表",
      header: ["指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      rows,
      widths: [28, 14, 14, 9, 12, 23],
      notes: marks.notes(),
    },
  ];
}
