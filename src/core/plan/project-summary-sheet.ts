/**
 * 项目自评汇总: one project table on one landscape page: the project (名称, 主管部门, 实施单位,
 * 年度), the total and the grade beside the filed ones, the 项目资金 block with 执行率, the 一级
 * table (预算执行率 first) with a chart of 得分率, the indicator table (年度指标值, 实际完成值, 分值,
 * 得分, 计算得分, 偏差原因, a link to the row) and 数据检查. Scores and amounts are live formulas to
 * the source cells (standard functions in files, JX functions in Excel), each with the engine's
 * value as its cached result; a 计算得分 no standard formula can give (年度指标值 written as text)
 * is the engine's value. While error-level checks remain it says 仅供核对.
 */
import type { Decimal } from "../decimal";
import type { Evaluation, EvaluatedNode } from "../evaluation";
import { a1 } from "../grid/address";
import type { FundsRowInput, Sourced } from "../input";
import { fundsNode, fundsRowRate, indicatorLevel1, indicatorRows, isBelowTarget, valueAffixes } from "../project/indicators";
import { errorCount, provisionalNote } from "../provisional";
import { BAND_NAMES } from "../targets/quality-band";
import { unitFactor, type MoneyUnit } from "../values/units";
import { refForFormula } from "./formula-refs";
import { fundsScoreFormula, indicatorScoreFormula } from "./project-formulas";
import { scoreFormula, weightCell } from "./score-formulas";
import { SheetBuilder } from "./sheet-builder";
import { checkRows, gradeScaleAndLegend, headline, internalLink, level1GapRow, nodeRow, scaledRef } from "./summary-sheet";
import type { FormulaDialect, PlannedSheet } from "./plan";

/** 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 计算得分 | 偏差原因 | 位置. */
const WIDTHS = [18, 14, 24, 14, 14, 8, 8, 12, 28, 12];
const LAST = WIDTHS.length - 1;
const SCORE_FMT = "0.00";
const PERCENT_FMT = "0.00%";
const AMOUNT_FMT = "#,##0.00";
const CHART_ROWS = 14;

/** What the title ends with: how a later run recognises this sheet as its own. */
export const PROJECT_SUMMARY_TITLE = "项目支出绩效自评汇总";
/** The row (zero-based) and column of the project's name on the sheet, read back on regeneration. */
export const PROJECT_NAME_CELL = { row: 2, col: 1 } as const;

const num = (d: { toNumber(): number } | undefined): number | null => (d === undefined ? null : d.toNumber());

export interface ProjectSummaryOptions {
  readonly dialect?: FormulaDialect;
  /** The unit of the 项目资金 block (the report's, 万元 by default). */
  readonly unit?: MoneyUnit;
}

export function buildProjectSummarySheet(e: Evaluation, name: string, options: ProjectSummaryOptions = {}): PlannedSheet {
  const { dialect = "standard", unit = "万元" } = options;
  const s = new SheetBuilder(name, "summary", WIDTHS);
  const p = e.input.project;
  const projectName = p?.name?.value ?? "";
  // The year once: "2024年度某项目…" already says it (as the report's title does).
  const year = e.input.year && !projectName.includes(`${e.input.year.value}年`) ? `${e.input.year.value}年度` : "";
  s.title(`${projectName}${year}${PROJECT_SUMMARY_TITLE}`, 0, LAST).skip();
  s.span(0, LAST, `金额单位：${unit}　　评分依据：财预〔2020〕10号《项目支出绩效评价管理办法》自评表（表中分值优先）`, "subtitle").skip();
  const fact = (label: string, value: Sourced<string> | undefined, col = 0) => {
    s.put(s.row, col, { value: label, style: "label" });
    s.put(s.row, col + 1, value ? { value: value.value, style: "text", link: internalLink(value.cell) } : { value: "（未填）", style: "note" });
  };
  fact("项目名称", p?.name);
  s.merge(1, LAST).skip();
  fact("主管部门", p?.supervisor);
  s.merge(1, 3);
  fact("实施单位", p?.implementer, 4);
  s.merge(5, LAST).skip();
  const note = provisionalNote(errorCount(e.checks));
  if (note) s.span(0, LAST, `${note}。请先核实“数据检查”中的错误。`, "severity-error").height(22).skip();
  s.skip();

  const totalRow = s.row;
  s.skip(2);
  gradeScaleAndLegend(s, "评价表中的标注", [[1, 2], [3, 5], [6, LAST]], "检查提示及未达年度指标值的实际完成值（红框）");

  let section = 0;
  const heading = (text: string) => s.span(0, LAST, `${["一", "二", "三", "四", "五"][section++]}、${text}`, "subtitle").skip();

  // 项目资金
  heading(`项目资金（${unit}）`);
  s.header(["资金", null, "年初预算数", "全年预算数", "全年执行数", "计算执行率", null, "填报执行率", "分值", "得分"], [[0, 1], [5, 6]]);
  const funds = p?.funds ?? [];
  if (!funds.length) s.span(0, LAST, "评价表中没有项目资金表。", "note").skip();
  for (const f of funds) fundsRow(s, e, f, unit, dialect);
  s.skip();

  // 一级, with the chart of their 得分率 beside
  heading("一级指标得分");
  s.header(["一级指标", null, "分值", "得分", "扣分", "得分率"], [[0, 1]]);
  const top = s.row;
  const level1Cells: string[] = [];
  for (const n of e.tree) {
    nodeRow(s, n, [n.name]);
    level1Cells.push(a1(s.row - 1, 3));
  }
  const bottom = s.row - 1;
  level1GapRow(s, e);
  if (bottom >= top) {
    s.skip();
    s.setChart({
      title: "一级指标得分率",
      type: "column",
      seriesName: "得分率",
      categories: { top, bottom, col: 0 },
      values: { top, bottom, col: 5 },
      numFmt: "0%",
      anchor: { row: s.row, col: 0 },
      to: { row: s.row + CHART_ROWS, col: 7 },
    });
    s.skip(CHART_ROWS);
  }
  s.skip();

  // The headline, now that the 一级 rows are placed.
  const t = a1(totalRow, 1);
  s.put(totalRow, 0, { value: "自评总分（计算）", style: "label" });
  const head = headline(e, level1Cells.join("+") || "0", t, dialect);
  s.put(totalRow, 1, { ...head.total, numFmt: SCORE_FMT });
  s.put(totalRow, 2, { value: "分", style: "text" });
  s.put(totalRow, 3, { value: "评价等级", style: "label" });
  s.put(totalRow, 4, head.grade);
  if (!e.complete) s.put(totalRow, 5, { value: "尚有指标未填写得分，总分不完整，填写后重新生成", style: "note" }).mergeAt(totalRow, 5, LAST);
  const stated = e.input.statedTotal;
  s.put(totalRow + 1, 0, { value: "填报总分（评价表）", style: "label" });
  s.put(totalRow + 1, 1, stated ? (stated.numeric ? { formula: refForFormula(stated.cell), result: stated.value.toNumber(), numFmt: SCORE_FMT, style: "score" } : { value: stated.value.toNumber(), numFmt: SCORE_FMT, style: "score" }) : { value: "（未填）", style: "note" });
  if (stated) s.put(totalRow + 1, 2, { value: "分", style: "text" });
  s.put(totalRow + 1, 3, { value: "填报等级", style: "label" });
  s.put(totalRow + 1, 4, { value: e.input.statedGrade?.value ?? "（未填）", style: e.input.statedGrade ? "grade" : "note" });
  if (stated && e.total !== undefined && !stated.value.toDecimalPlaces(2).equals(e.total.toDecimalPlaces(2))) {
    s.put(totalRow + 1, 5, { value: "与计算结果不一致，请核实", style: "severity-error" }).mergeAt(totalRow + 1, 5, LAST);
  }

  // 绩效指标
  heading("绩效指标完成情况");
  s.header(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "计算得分", "偏差原因分析及改进措施", "位置"]);
  const rows = indicatorRows(e);
  if (!rows.length) s.span(0, LAST, "评价表中没有绩效指标。", "note").skip();
  const level1 = indicatorLevel1(e);
  for (const n of rows) indicatorRow(s, n, level1, dialect);
  s.skip();

  heading("数据检查");
  checkRows(s, e, LAST);
  return s.build({ frozenRows: 0, landscape: true });
}

function fundsRow(s: SheetBuilder, e: Evaluation, f: FundsRowInput, unit: MoneyUnit, dialect: FormulaDialect): void {
  const row = s.row;
  const blockUnit = e.input.unit;
  s.put(row, 0, { value: f.label, style: f.isTotal ? "label" : "text" }).merge(0, 1);
  const amount = (col: number, v: Sourced<Decimal> | undefined) => {
    if (!v) return;
    const shown = v.value.dividedBy(unitFactor(unit)).toNumber();
    s.put(row, col, v.numeric ? { formula: scaledRef(v.cell, blockUnit, unit), result: shown, numFmt: AMOUNT_FMT, style: "amount" } : { value: shown, numFmt: AMOUNT_FMT, style: "amount" });
  };
  amount(2, f.initial);
  amount(3, f.adjusted);
  amount(4, f.spend);
  const rate = fundsRowRate(f);
  if (rate) s.put(row, 5, { formula: `${a1(row, 4)}/${a1(row, 3)}`, result: rate.toNumber(), numFmt: PERCENT_FMT, style: "percent" }).merge(5, 6);
  if (f.rate) s.put(row, 7, { value: f.rate.value.toNumber(), numFmt: PERCENT_FMT, style: "percent" });
  const node = f.isTotal ? fundsNode(e) : undefined;
  if (node) {
    s.put(row, 8, { ...weightCell(node), numFmt: SCORE_FMT, style: "score" });
    if (node.score !== undefined || node.scoreCell) s.put(row, 9, { formula: scoreFormula(node), result: num(node.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
    s.skip();
    // The 预算执行率 score the figures give, under the stated one.
    const formula = fundsScoreFormula(e, dialect);
    if (node.suggested) {
      s.put(s.row, 0, { value: "预算执行率得分（按执行率计算：分值×执行率，最高为分值）", style: "note" }).merge(0, 8);
      s.put(s.row, 9, formula ? { formula, result: node.suggested.toNumber(), numFmt: SCORE_FMT, style: "score" } : { value: node.suggested.toNumber(), numFmt: SCORE_FMT, style: "score" });
      s.skip();
    }
    return;
  }
  s.skip();
}

/** Where the row stands against its target, in the reports' words. */
function standing(n: EvaluatedNode): string {
  const t = n.target;
  if (!t) return "";
  if (t.reached !== undefined) return t.reached ? "达到" : t.direction === "equal" ? "不符" : "未达到";
  return t.band ? BAND_NAMES[t.band] : "";
}

function indicatorRow(s: SheetBuilder, n: EvaluatedNode, level1: readonly EvaluatedNode[], dialect: FormulaDialect): void {
  const row = s.row;
  const names = n.path.slice(0, -1);
  const flat = level1.includes(n);
  s.put(row, 0, { value: flat ? "" : names[0] ?? "", style: "text" });
  s.put(row, 1, { value: names.length > 1 ? names.slice(1).join(" / ") : "", style: "text" });
  s.put(row, 2, { value: n.name, style: "wrap", link: n.scoreCell ? internalLink(n.scoreCell) : undefined }).fit(n.name, 2);
  const target = n.input.adjustedTarget ?? n.input.target;
  const t = valueAffixes(n, "target");
  const shownTarget = target ? `${t.sign}${target.value}${t.unit}` : "";
  s.put(row, 3, { value: shownTarget, style: "wrap" }).fit(shownTarget, 3);
  const below = isBelowTarget(n);
  const actual = n.input.actual ? `${n.input.actual.value}${valueAffixes(n, "actual").unit}` : "";
  // "部分达成（部分达成）" says it twice: the band only when the words differ from it.
  const band = standing(n);
  const where = band && actual.trim() !== band ? band : "";
  s.put(row, 4, { value: where ? `${actual}（${where}）` : actual, style: below ? "severity-warning" : "wrap" }).fit(actual + where, 4);
  s.put(row, 5, { ...weightCell(n), numFmt: SCORE_FMT, style: "score" });
  if (n.score !== undefined || n.scoreCell) s.put(row, 6, { formula: scoreFormula(n), result: num(n.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
  const computed = n.target?.suggested;
  if (computed !== undefined) {
    const formula = indicatorScoreFormula(n, dialect);
    s.put(row, 7, formula ? { formula, result: computed.toNumber(), numFmt: SCORE_FMT, style: "score" } : { value: computed.toNumber(), numFmt: SCORE_FMT, style: "score" });
  } else if (n.target?.band) s.put(row, 7, { value: "定性", style: "note" });
  const lost = n.deduction !== undefined && n.deduction.greaterThan(0);
  const reason = n.reason?.value ?? (lost || below ? "（未填写偏差原因）" : "");
  s.put(row, 8, { value: reason, style: n.reason ? "wrap" : "note" }).fit(reason, 8);
  if (n.scoreCell) s.put(row, 9, { value: n.scoreCell.replace(/^.*!/, ""), style: "link", link: internalLink(n.scoreCell) });
  s.skip();
}
