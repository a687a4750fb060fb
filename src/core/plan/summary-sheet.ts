/**
 * 自评汇总: the headline (total, grade, the filed ones beside them, the grade scale and the legend
 * of the marks), the 一级 and 二级 tables with the chart of 得分率, 加分, 扣分明细, 关键金额 in the
 * report's unit, 关键比率 and 数据检查. One A4 landscape page wide. Its numbers are live formulas
 * pointing at the source cells (standard Excel functions, so they calculate anywhere), each with
 * the engine's value as the cached result. While error-level checks remain it says 仅供核对.
 */
import { HUNDRED } from "../decimal";
import { childWeightGap, level1WeightGap, unassignedWeight } from "../checks/weight-sum";
import { formatPoints } from "../format";
import { SEVERITY_LABEL, ALL_CHECKS, checksInUnit } from "../checks";
import type { Evaluation, EvaluatedNode } from "../evaluation";
import { FIELD_SPECS, type FieldKey } from "../fields";
import { a1 } from "../grid/address";
import { splitCellRef } from "../grid/address";
import { errorCount, provisionalNote } from "../provisional";
import { GRADE_BANDS } from "../scoring/grade";
import { unitFactor, type MoneyUnit } from "../values/units";
import { rateFormula } from "./rate-formulas";
import { refForFormula } from "./formula-refs";
import { scoreFormula, weightCell } from "./score-formulas";
import { percentWords } from "../rates/expression";
import { alsoCalled, nameInTable, primaryRate, twinsOf } from "../narrative/formula-lines";
import { SheetBuilder } from "./sheet-builder";
import type { FormulaDialect, PlannedSheet } from "./plan";

const WIDTHS = [26, 24, 10, 10, 10, 12, 16, 14];
const LAST = WIDTHS.length - 1;
const SCORE_FMT = "0.00";
const PERCENT_FMT = "0.00%";
const AMOUNT_FMT = "#,##0.00";
/** Rows the chart of 二级 得分率 takes below its table. */
const CHART_ROWS = 16;

function num(d: { toNumber(): number } | undefined): number | null {
  return d === undefined ? null : d.toNumber();
}

/** A link into the user's sheet: "#'评分表'!H5". */
export function internalLink(cellRef: string): string {
  const { sheet, address } = splitCellRef(cellRef);
  return `#'${sheet.replace(/'/g, "''")}'!${address}`;
}

export interface SummaryOptions {
  readonly dialect?: FormulaDialect;
  /** The unit of the 关键金额 block (the report's, 万元 by default). */
  readonly unit?: MoneyUnit;
}

export function buildSummarySheet(e: Evaluation, name: string, options: SummaryOptions | FormulaDialect = {}): PlannedSheet {
  const { dialect = "standard", unit = "万元" } = typeof options === "string" ? { dialect: options } : options;
  const s = new SheetBuilder(name, "summary", WIDTHS);
  const input = e.input;
  const dept = input.department?.value ?? "（未填部门名称）";
  const year = input.year ? `${input.year.value}年度` : "";
  s.span(0, LAST, `${dept}${year}部门整体支出绩效自评汇总`, "title").height(30).skip();
  const frameworkName = e.framework ? `${e.framework.title}` : "自定义指标体系（按评分表本身的指标树计算）";
  s.span(0, LAST, `指标体系：${frameworkName}　　金额单位：${unit}`, "subtitle").skip();
  const note = provisionalNote(errorCount(e.checks));
  if (note) s.span(0, LAST, `${note}。请先核实“数据检查”中的错误。`, "severity-error").height(22).skip();
  s.skip();

  // The headline: label, value and unit each in its own cell; totals are filled in below.
  const totalRow = s.row;
  s.skip(2);
  const capped = e.totalUncapped !== undefined && e.total !== undefined && !e.total.equals(e.totalUncapped);
  const uncappedRow = capped ? s.row : -1;
  if (capped) s.skip();
  gradeScaleAndLegend(s, "评分表中的标注", [[1, 1], [2, 4], [5, LAST]], "检查提示：数据检查指出的单元格（红框）");

  const sections = ["一", "二", "三", "四", "五", "六", "七", "八"];
  let section = 0;
  const heading = (text: string) => s.span(0, LAST, `${sections[section++]}、${text}`, "subtitle").skip();

  // 一级
  heading("一级指标得分");
  s.header(["一级指标", null, "分值", "得分", "扣分", "得分率"], [[0, 1]]);
  const level1ScoreCells: string[] = [];
  for (const n of e.tree) {
    nodeRow(s, n, [n.name]);
    level1ScoreCells.push(a1(s.row - 1, 3));
  }
  level1GapRow(s, e);
  s.skip();

  // 二级, with the chart of their 得分率 under the table
  heading("二级指标得分");
  s.header(["一级指标", "二级指标", "分值", "得分", "扣分", "得分率"]);
  const level2Top = s.row;
  for (const l1 of e.tree) for (const l2 of l1.children) nodeRow(s, l2, [l1.name, l2.name]);
  const level2Bottom = s.row - 1;
  // Below the rows the chart takes: a 一级 whose points its 二级 do not share out.
  for (const l1 of e.tree) level2GapRow(s, l1);
  const pageBreaks: number[] = [];
  if (level2Bottom >= level2Top) {
    s.skip();
    // The chart starts a printed page: the headline and both tables fill the first.
    pageBreaks.push(s.row);
    s.setChart({
      title: "二级指标得分率",
      type: "column",
      seriesName: "得分率",
      categories: { top: level2Top, bottom: level2Bottom, col: 1 },
      values: { top: level2Top, bottom: level2Bottom, col: 5 },
      numFmt: "0%",
      anchor: { row: s.row, col: 0 },
      to: { row: s.row + CHART_ROWS, col: 6 },
    });
    s.skip(CHART_ROWS);
  }
  s.skip();

  // 加分
  const bonusCells: string[] = [];
  if (e.bonus.length) {
    heading("加分");
    s.header(["加分项目", "说明", "分值", "得分"], []);
    for (const b of e.bonus) {
      s.put(s.row, 0, { value: b.name, style: "text" });
      s.put(s.row, 1, { value: b.reason?.value ?? "", style: "wrap" }).fit(b.reason?.value ?? "", 1);
      s.put(s.row, 2, { ...weightCell(b), numFmt: SCORE_FMT, style: "score" });
      s.put(s.row, 3, { formula: scoreFormula(b), result: num(b.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
      bonusCells.push(a1(s.row, 3));
      s.skip();
    }
    s.skip();
  }

  // The headline's formulas, now that the 一级 and 加分 rows are placed.
  const sumExpr = [...level1ScoreCells, ...bonusCells].join("+") || "0";
  const t = a1(totalRow, 1);
  s.put(totalRow, 0, { value: "自评总分（计算）", style: "label" });
  const head = headline(e, sumExpr, t, dialect);
  s.put(totalRow, 1, { ...head.total, numFmt: SCORE_FMT });
  s.put(totalRow, 2, { value: "分", style: "text" });
  s.put(totalRow, 3, { value: "评价等级", style: "label" }).mergeAt(totalRow, 3, 4);
  s.put(totalRow, 5, head.grade);
  const totalNote = !e.complete ? "尚有指标未填写得分，总分不完整，填写后重新生成" : capped ? "超过100分，按100分计" : "";
  if (totalNote) s.put(totalRow, 6, { value: totalNote, style: "note" }).mergeAt(totalRow, 6, LAST);
  const stated = input.statedTotal;
  s.put(totalRow + 1, 0, { value: "填报总分（评分表）", style: "label" });
  s.put(totalRow + 1, 1, stated ? (stated.numeric ? { formula: refForFormula(stated.cell), result: stated.value.toNumber(), numFmt: SCORE_FMT, style: "score" } : { value: stated.value.toNumber(), numFmt: SCORE_FMT, style: "score" }) : { value: "（未填）", style: "note" });
  if (stated) s.put(totalRow + 1, 2, { value: "分", style: "text" });
  s.put(totalRow + 1, 3, { value: "填报等级", style: "label" }).mergeAt(totalRow + 1, 3, 4);
  s.put(totalRow + 1, 5, { value: input.statedGrade?.value ?? "（未填）", style: input.statedGrade ? "grade" : "note" });
  const differs = stated && e.total !== undefined && !stated.value.toDecimalPlaces(2).equals(e.total.toDecimalPlaces(2));
  if (differs) s.put(totalRow + 1, 6, { value: "与计算结果不一致，请核实", style: "severity-error" }).mergeAt(totalRow + 1, 6, LAST);
  if (capped) {
    s.put(uncappedRow, 0, { value: "各项合计（封顶前）", style: "label" });
    s.put(uncappedRow, 1, { formula: sumExpr, result: num(e.totalUncapped) ?? 0, numFmt: SCORE_FMT, style: "score" });
    s.put(uncappedRow, 2, { value: "分", style: "text" });
  }

  // 扣分明细
  heading("扣分明细");
  s.header(["指标", null, "分值", "得分", "扣分", "扣分原因", null, "位置"], [[0, 1], [5, 6]]);
  if (!e.deductions.length) s.span(0, LAST, "没有扣分项。", "note").skip();
  for (const d of e.deductions) deductionRow(s, d);
  s.skip();

  // 关键金额
  const amounts = FIELD_SPECS.filter((f) => f.kind === "amount" && input.fields.has(f.key as FieldKey));
  if (amounts.length) {
    heading(`关键金额（${unit}）`);
    // The source starts a column after the amount: a right-aligned amount never runs into it.
    s.header(["项目", `金额（${unit}）`, null, "来源", null, null, null, null], [[1, 2], [3, LAST]]);
    for (const f of amounts) {
      const field = input.fields.get(f.key as FieldKey)!;
      const row = s.row;
      s.put(row, 0, { value: f.labels[0].replace(/"([^"]*)"/g, "“$1”"), style: "text" });
      const shown = field.value.dividedBy(unitFactor(unit)).toNumber();
      const formula = field.source.numeric && field.source.unit ? scaledRef(field.source.cell, field.source.unit, unit) : undefined;
      s.put(row, 1, formula ? { formula, result: shown, numFmt: AMOUNT_FMT, style: "amount" } : { value: shown, numFmt: AMOUNT_FMT, style: "amount" });
      s.put(row, 3, { value: field.source.cell, style: "link", link: internalLink(field.source.cell) }).merge(3, LAST);
      s.skip();
    }
    s.skip();
  }

  // 关键比率
  heading("关键比率");
  s.header(["比率", "计算公式", null, null, null, "计算值", "填报值", "差异"], [[1, 4]]);
  const reported = new Map(input.reportedRates.map((r) => [r.rate, r]));
  for (const r of e.rates) {
    if (!r.value && !reported.has(r.spec.id)) continue;
    // One figure, one row: a rate computed as another (支出完成率 without 下达数 is 预算完成率)
    // is listed once, under the name the 评分表 gives it, the other names beside it.
    const primary = r.value ? primaryRate(e, r) : r;
    if (primary !== r) continue;
    const twins = r.value ? twinsOf(e, r) : [];
    const name = nameInTable(e, r);
    const row = s.row;
    s.put(row, 0, { value: `${name}${alsoCalled(e, r, name)}`, style: "wrap" });
    const formula = rateFormula(r, input, dialect);
    const remark = r.value && !formula ? "（来源单元格为文字，此处为计算结果）" : "";
    const words = `${name}=${percentWords(r.words)}${remark}`;
    s.put(row, 1, { value: words, style: "wrap" }).merge(1, 4).fit(words, 1, 4).fit(`${name}${alsoCalled(e, r, name)}`, 0);
    if (r.value) {
      s.put(row, 5, formula ? { formula, result: r.value.toNumber(), numFmt: PERCENT_FMT, style: "percent" } : { value: r.value.toNumber(), numFmt: PERCENT_FMT, style: "percent" });
    } else {
      s.put(row, 5, { value: r.error?.message ?? "", style: "note" });
    }
    const rep = [r, ...twins].map((x) => reported.get(x.spec.id)).find((x) => x);
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

  // 数据检查: severity and the check's Chinese name, where to look, what it found.
  heading("数据检查");
  checkRows(s, e, LAST, unit);
  return s.build({ frozenRows: 0, landscape: true, pageBreaks });
}

/** The 数据检查 table: severity and the check's Chinese name, where to look, what it found. */
export function checkRows(s: SheetBuilder, e: Evaluation, last: number, unit: MoneyUnit = e.input.unit): void {
  s.header(["检查", "单元格", "说明", ...Array<null>(last - 2).fill(null)], [[2, last]]);
  if (!e.checks.length) s.span(0, last, "未发现问题。", "note").skip();
  const checkNames = new Map(ALL_CHECKS.map((c) => [c.id, c.name]));
  for (const c of checksInUnit(e, unit)) {
    const row = s.row;
    s.put(row, 0, { value: `${SEVERITY_LABEL[c.severity]}：${checkNames.get(c.id) ?? ""}`, style: `severity-${c.severity}` });
    const where = c.cells[0] ? `${c.cells[0]}${c.cells.length > 1 ? ` 等${c.cells.length}处` : ""}` : "";
    s.put(row, 1, { value: where, style: "link", link: c.cells[0] ? internalLink(c.cells[0]) : undefined });
    s.put(row, 2, { value: c.message, style: "wrap" }).merge(2, last).fit(c.message, 2, last);
    s.skip();
  }
}

/**
 * "分值未分配 70.00 请核实：…": the points of a block its rows do not have, as a row of the table,
 * so its 分值 column adds up to the block's and says why (the weight-sum error).
 */
function level2GapRow(s: SheetBuilder, l1: EvaluatedNode): void {
  const rows = childWeightGap(l1);
  const gap = unassignedWeight(l1.weight, rows);
  if (!gap) return;
  const row = s.row;
  s.put(row, 0, { value: l1.name, style: "text" });
  s.put(row, 1, { value: gap.label, style: "severity-error" });
  s.put(row, 2, { value: gap.points.toNumber(), numFmt: SCORE_FMT, style: "score" });
  s.put(row, 6, { value: `请核实：“${l1.name}”分值${formatPoints(l1.weight!)}，下级指标分值合计${formatPoints(rows!)}`, style: "severity-error" }).merge(6, LAST);
  s.skip();
}

/** Under the 一级 rows: the points of the 100 no 一级 has (or those beyond 100). */
export function level1GapRow(s: SheetBuilder, e: Evaluation): void {
  const total = level1WeightGap(e);
  if (total === undefined) return;
  const gap = unassignedWeight(HUNDRED, total);
  if (gap) {
    const row = s.row;
    s.put(row, 0, { value: gap.label === "分值未分配" ? gap.label : "超出100分", style: "severity-error" }).merge(0, 1);
    s.put(row, 2, { value: gap.points.toNumber(), numFmt: SCORE_FMT, style: "score" });
    s.put(row, 6, { value: `请核实：一级指标分值合计为${formatPoints(total)}，应为100分`, style: "severity-error" }).merge(6, LAST);
    s.skip();
  }
}

/**
 * One row of the 一级 or 二级 table. A score above its weight is not a result: its 扣分 and 得分率
 * say 请核实 (as 附件1 of the Word report and the pane do), the note beside it says why, and
 * the 二级 name, the chart's category, reads "整体效能（请核实）" so the chart shows no bar above
 * 100% and says why the bar is missing.
 */
export function nodeRow(s: SheetBuilder, n: EvaluatedNode, names: string[]): void {
  const row = s.row;
  const over = n.weight !== undefined && n.score !== undefined && n.score.greaterThan(n.weight);
  if (names.length === 1) {
    s.put(row, 0, { value: names[0], style: "text", link: n.scoreCell ? internalLink(n.stated?.cell ?? n.scoreCell) : undefined });
    s.merge(0, 1);
  } else {
    s.put(row, 0, { value: names[0], style: "text" });
    const name = over ? `${names[1]}（请核实）` : names[1];
    s.put(row, 1, { value: name, style: "text", link: n.scoreCell ? internalLink(n.scoreCell) : undefined });
  }
  s.put(row, 2, { ...weightCell(n), numFmt: SCORE_FMT, style: "score" });
  s.put(row, 3, { formula: scoreFormula(n), result: num(n.score) ?? 0, numFmt: SCORE_FMT, style: "score" });
  if (over) {
    s.put(row, 4, { value: "请核实", style: "severity-error" });
    s.put(row, 5, { value: "请核实", style: "severity-error" });
    s.put(row, 6, { value: "请核实：得分超过分值", style: "severity-error" }).merge(6, LAST);
  } else {
    if (n.deduction !== undefined) s.put(row, 4, { formula: `${a1(row, 2)}-${a1(row, 3)}`, result: n.deduction.toNumber(), numFmt: SCORE_FMT, style: "score" });
    if (n.weight && !n.weight.isZero() && n.complete) {
      s.put(row, 5, { formula: `${a1(row, 3)}/${a1(row, 2)}`, result: num(n.scoreRate) ?? 0, numFmt: PERCENT_FMT, style: "percent" });
    }
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

/** A reference to an amount in `from`, shown in `to`: 基础数据表!C8/10000 for 元 shown in 万元. */
export function scaledRef(cell: string, from: MoneyUnit, to: MoneyUnit): string {
  const ref = refForFormula(cell);
  const f = unitFactor(from);
  const t = unitFactor(to);
  if (f.equals(t)) return ref;
  return f.greaterThan(t) ? `${ref}*${f.dividedBy(t).toString()}` : `${ref}/${t.dividedBy(f).toString()}`;
}

/**
 * The headline's 自评总分 and 评价等级 cells. A total with scores still blank is no grade: the
 * partial sum stays live, the grade reads 暂不评级, and with nothing scored the total is "—"
 * (a live MIN(100,…) of blank cells would show 0.00 and grade it 差).
 */
export function headline(e: Evaluation, sumExpr: string, totalCell: string, dialect: FormulaDialect): { total: Parameters<SheetBuilder["put"]>[2]; grade: Parameters<SheetBuilder["put"]>[2] } {
  if (e.total === undefined) return { total: { value: "—", style: "total" }, grade: { value: "暂不评级", style: "note" } };
  const total = { formula: `MIN(100,${sumExpr})`, result: num(e.total) ?? 0, numFmt: "0.00", style: "total" as const };
  if (!e.complete) return { total, grade: { value: "暂不评级", style: "note" } };
  return { total, grade: { formula: dialect === "jx" ? `JX.GRADE(${totalCell})` : gradeFormula(totalCell), result: e.grade ?? "差", style: "grade" } };
}

/** The grade bands as a standard formula on a total cell, banding the total rounded as shown (gradeOf). */
export function gradeFormula(total: string): string {
  const t = `ROUND(${total},2)`;
  return `IF(${t}>=90,"优",IF(${t}>=80,"良",IF(${t}>=60,"中","差")))`;
}

/**
 * The grade scale and the legend of the marks on the user's table, on the summary's first page
 * (both summary sheets): `columns` are the spans of the partial, heavy and check samples.
 */
export function gradeScaleAndLegend(s: SheetBuilder, legendLabel: string, columns: readonly (readonly [number, number])[], checkWords: string): void {
  const last = columns[2][1];
  s.put(s.row, 0, { value: "评价等级标准", style: "label" });
  s.span(1, last, GRADE_BANDS.map((b) => `${b.grade}：${b.words}`).join("；"), "text").skip();
  s.put(s.row, 0, { value: legendLabel, style: "label" });
  s.span(columns[0][0], columns[0][1], "部分扣分：得分低于分值", "legend-partial");
  s.span(columns[1][0], columns[1][1], "严重扣分：得0分或扣分过半", "legend-heavy");
  s.span(columns[2][0], columns[2][1], checkWords, "legend-check").skip(2);
}
