/**
 * 自评汇总: total, grade, 一级 and 二级 tables, 加分, 扣分明细, 关键比率, 数据检查 and the legend.
 * Its numbers are live formulas pointing at the source cells (standard Excel functions, so
 * they calculate anywhere), each with the engine's value as the cached result.
 */
import { HUNDRED } from "../decimal";
import { SEVERITY_LABEL, ALL_CHECKS } from "../checks";
import type { Evaluation, EvaluatedNode } from "../evaluation";
import { a1 } from "../grid/address";
import { splitCellRef } from "../grid/address";
import { GRADE_BANDS } from "../scoring/grade";
import { rateFormula } from "./rate-formulas";
import { refForFormula } from "./formula-refs";
import { scoreFormula, weightCell } from "./score-formulas";
import { percentWords } from "../rates/expression";
import { SheetBuilder } from "./sheet-builder";
import type { FormulaDialect, PlannedSheet } from "./plan";

const WIDTHS = [26, 24, 10, 10, 10, 12, 16, 14];
const LAST = WIDTHS.length - 1;
const SCORE_FMT = "0.00";
const PERCENT_FMT = "0.00%";

function num(d: { toNumber(): number } | undefined): number | null {
  return d === undefined ? null : d.toNumber();
}

/** A link into the user's sheet: "#'评分表'!H5". */
export function internalLink(cellRef: string): string {
  const { sheet, address } = splitCellRef(cellRef);
  return `#'${sheet.replace(/'/g, "''")}'!${address}`;
}

export function buildSummarySheet(e: Evaluation, name: string, dialect: FormulaDialect = "standard"): PlannedSheet {
  const s = new SheetBuilder(name, "summary", WIDTHS);
  const input = e.input;
  const dept = input.department?.value ?? "（未填部门名称）";
  const year = input.year ? `${input.year.value}年度` : "";
  s.span(0, LAST, `${dept}${year}部门整体支出绩效自评汇总`, "title").skip();
  const frameworkName = e.framework ? `${e.framework.title}` : "自定义指标体系（按评分表本身的指标树计算）";
  s.span(0, LAST, `评分表：${input.scoring.sheet}　基础数据表：${input.basicSheet ?? "（未找到）"}　指标体系：${frameworkName}　金额单位：${input.unit}`, "subtitle").skip(2);

  // Totals first; their formulas are filled in once the 一级 rows are placed.
  const totalRow = s.row;
  s.skip(2);

  // 一级
  s.span(0, LAST, "一、一级指标得分", "subtitle").skip();
  s.header(["一级指标", null, "分值", "得分", "扣分", "得分率"], [[0, 1]]);
  const level1ScoreCells: string[] = [];
  for (const n of e.tree) {
    nodeRow(s, n, [n.name]);
    level1ScoreCells.push(a1(s.row - 1, 3));
  }
  s.skip();

  // 二级 (the chart's data)
  s.span(0, LAST, "二、二级指标得分", "subtitle").skip();
  s.header(["一级指标", "二级指标", "分值", "得分", "扣分", "得分率"]);
  const level2Top = s.row;
  for (const l1 of e.tree) for (const l2 of l1.children) nodeRow(s, l2, [l1.name, l2.name]);
  const level2Bottom = s.row - 1;
  if (level2Bottom >= level2Top) {
    s.setChart({
      title: "二级指标得分率",
      type: "column",
      categories: { top: level2Top, bottom: level2Bottom, col: 1 },
      values: { top: level2Top, bottom: level2Bottom, col: 5 },
      anchor: { row: 3, col: LAST + 2 },
    });
  }
  s.skip();

  // 加分
  const bonusCells: string[] = [];
  if (e.bonus.length) {
    s.span(0, LAST, "三、加分", "subtitle").skip();
    s.header(["加分项目", "说明", "分值", "得分"]);
    for (const b of e.bonus) {
      s.put(s.row, 0, { value: b.name, style: "text" });
      s.put(s.row, 1, { value: b.reason?.value ?? "", style: "wrap" });
      s.put(s.row, 2, { ...weightCell(b), numFmt: SCORE_FMT, style: "score" });
      s.put(s.row, 3, { formula: scoreFormula(b), result: num(b.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
      bonusCells.push(a1(s.row, 3));
      s.skip();
    }
    s.skip();
  }

  // Totals
  const sumExpr = [...level1ScoreCells, ...bonusCells].join("+") || "0";
  const capped = e.totalUncapped !== undefined && e.total !== undefined && !e.total.equals(e.totalUncapped);
  s.put(totalRow, 0, { value: "自评总分", style: "label" });
  s.put(totalRow, 1, { formula: `MIN(100,${sumExpr})`, result: num(e.total) ?? 0, numFmt: SCORE_FMT, style: "total" });
  s.put(totalRow, 2, { value: "未封顶", style: "label" });
  s.put(totalRow, 3, { formula: sumExpr, result: num(e.totalUncapped) ?? 0, numFmt: SCORE_FMT, style: "score" });
  s.put(totalRow, 4, { value: "评价等级", style: "label" });
  const t = a1(totalRow, 1);
  s.put(totalRow, 5, {
    formula: dialect === "jx" ? `JX.GRADE(${t})` : gradeFormula(t),
    result: e.grade ?? "差",
    style: "grade",
  });
  s.put(totalRow, 6, { value: capped ? "总分超过100分，已按100分封顶" : e.complete ? "" : "尚有指标未填得分", style: "note" });
  s.put(totalRow + 1, 0, { value: "填报总分", style: "label" });
  const stated = input.statedTotal;
  s.put(totalRow + 1, 1, stated ? (stated.numeric ? { formula: refForFormula(stated.cell), result: stated.value.toNumber(), numFmt: SCORE_FMT, style: "score" } : { value: stated.value.toNumber(), numFmt: SCORE_FMT, style: "score" }) : { value: "（未填）", style: "note" });
  s.put(totalRow + 1, 4, { value: "填报等级", style: "label" });
  s.put(totalRow + 1, 5, { value: input.statedGrade?.value ?? "（未填）", style: input.statedGrade ? "grade" : "note" });
  s.put(totalRow + 1, 6, { value: GRADE_BANDS.map((b) => `${b.grade}：${b.words}`).join("；"), style: "note" });

  // 扣分明细
  s.span(0, LAST, `${e.bonus.length ? "四" : "三"}、扣分明细`, "subtitle").skip();
  s.header(["指标", null, "分值", "得分", "扣分", "扣分原因", null, "位置"], [[0, 1], [5, 6]]);
  if (!e.deductions.length) s.span(0, LAST, "没有扣分项。", "note").skip();
  for (const d of e.deductions) deductionRow(s, d);
  s.skip();

  // 关键比率
  const section = (n: number) => ["三", "四", "五", "六", "七"][n + (e.bonus.length ? 1 : 0)];
  s.span(0, LAST, `${section(1)}、关键比率`, "subtitle").skip();
  s.header(["比率", "计算公式", null, null, null, "计算值", "填报值", "差异"], [[1, 4]]);
  const reported = new Map(input.reportedRates.map((r) => [r.rate, r]));
  for (const r of e.rates) {
    if (!r.value && !reported.has(r.spec.id)) continue;
    const row = s.row;
    s.put(row, 0, { value: r.spec.name, style: "text" });
    const formula = rateFormula(r, input, dialect);
    const note = r.value && !formula ? "（来源单元格为文字，此处为计算结果）" : "";
    const words = `${r.spec.name}=${percentWords(r.words)}${note}`;
    s.put(row, 1, { value: words, style: "wrap" }).merge(1, 4).fit(words, 1, 4).fit(r.spec.name, 0);
    if (r.value) {
      s.put(row, 5, formula ? { formula, result: r.value.toNumber(), numFmt: PERCENT_FMT, style: "percent" } : { value: r.value.toNumber(), numFmt: PERCENT_FMT, style: "percent" });
    } else {
      s.put(row, 5, { value: r.error?.message ?? "", style: "note" });
    }
    const rep = reported.get(r.spec.id);
    if (rep) {
      s.put(row, 6, { value: rep.percent.dividedBy(HUNDRED).toNumber(), numFmt: `0.${"0".repeat(Math.max(rep.decimals, 0))}%`.replace(".%", "%"), style: "percent" });
      if (r.value) {
        const diff = r.value.minus(rep.percent.dividedBy(HUNDRED));
        s.put(row, 7, { formula: `${a1(row, 5)}-${a1(row, 6)}`, result: diff.toNumber(), numFmt: PERCENT_FMT, style: "percent" });
      }
    }
    s.skip();
  }
  s.skip();

  // 数据检查
  s.span(0, LAST, `${section(2)}、数据检查`, "subtitle").skip();
  s.header(["严重程度", "检查", "单元格", "说明", null, null, null, null], [[3, LAST]]);
  if (!e.checks.length) s.span(0, LAST, "未发现问题。", "note").skip();
  const checkNames = new Map(ALL_CHECKS.map((c) => [c.id, c.name]));
  for (const c of e.checks) {
    const row = s.row;
    s.put(row, 0, { value: SEVERITY_LABEL[c.severity], style: `severity-${c.severity}` });
    s.put(row, 1, { value: `${checkNames.get(c.id) ?? c.id}（${c.id}）`, style: "text" });
    s.put(row, 2, { value: c.cells.slice(0, 3).join("、"), style: "link", link: c.cells[0] ? internalLink(c.cells[0]) : undefined });
    s.put(row, 3, { value: c.message, style: "wrap" }).merge(3, LAST).fit(c.message, 3, LAST);
    s.skip();
  }
  s.skip();

  // 图例
  s.span(0, LAST, `${section(3)}、图例（评分表中的标注）`, "subtitle").skip();
  s.put(s.row, 0, { value: "部分扣分", style: "legend-partial" });
  s.put(s.row, 1, { value: "得分低于分值", style: "note" }).skip();
  s.put(s.row, 0, { value: "严重扣分", style: "legend-heavy" });
  s.put(s.row, 1, { value: "得0分，或扣分达到分值的一半", style: "note" }).skip();
  s.put(s.row, 0, { value: "检查提示", style: "legend-check" });
  s.put(s.row, 1, { value: "数据检查指出的单元格（红框）", style: "note" }).skip();
  return s.build({ frozenRows: 0, landscape: true });
}

function nodeRow(s: SheetBuilder, n: EvaluatedNode, names: string[]): void {
  const row = s.row;
  if (names.length === 1) {
    s.put(row, 0, { value: names[0], style: "text", link: n.scoreCell ? internalLink(n.stated?.cell ?? n.scoreCell) : undefined });
    s.merge(0, 1);
  } else {
    s.put(row, 0, { value: names[0], style: "text" });
    s.put(row, 1, { value: names[1], style: "text", link: n.scoreCell ? internalLink(n.scoreCell) : undefined });
  }
  s.put(row, 2, { ...weightCell(n), numFmt: SCORE_FMT, style: "score" });
  s.put(row, 3, { formula: scoreFormula(n), result: num(n.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
  if (n.deduction !== undefined) s.put(row, 4, { formula: `${a1(row, 2)}-${a1(row, 3)}`, result: n.deduction.toNumber(), numFmt: SCORE_FMT, style: "score" });
  if (n.weight && !n.weight.isZero() && n.complete) {
    s.put(row, 5, { formula: `${a1(row, 3)}/${a1(row, 2)}`, result: num(n.scoreRate) ?? 0, numFmt: PERCENT_FMT, style: "percent" });
  }
  s.skip();
}

function deductionRow(s: SheetBuilder, d: EvaluatedNode): void {
  const row = s.row;
  s.put(row, 0, { value: d.path.join(" / "), style: "wrap" }).merge(0, 1).fit(d.path.join(" / "), 0, 1);
  s.put(row, 2, { ...weightCell(d), numFmt: SCORE_FMT, style: "score" });
  s.put(row, 3, { formula: scoreFormula(d), result: num(d.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
  s.put(row, 4, { formula: `${a1(row, 2)}-${a1(row, 3)}`, result: num(d.deduction) ?? 0, numFmt: SCORE_FMT, style: "score" });
  s.put(row, 5, { value: d.reason?.value ?? "（未填写扣分原因）", style: d.reason ? "wrap" : "note" }).merge(5, 6).fit(d.reason?.value ?? "", 5, 6);
  if (d.scoreCell) s.put(row, 7, { value: d.scoreCell, style: "link", link: internalLink(d.scoreCell) });
  s.skip();
}

/** The grade bands as a standard formula on a total cell. */
export function gradeFormula(total: string): string {
  return `IF(${total}>=90,"优",IF(${total}>=80,"良",IF(${total}>=60,"中","差")))`;
}
