/**
 * 写入公式: rate formulas into the 基础数据表. A rate whose label row has an empty value cell
 * gets its formula there; all computable rates also go into a 关键比率 block below the table,
 * beside the department's own figure where it reported one. Only empty cells are targeted.
 */
import { HUNDRED } from "../decimal";
import type { Evaluation } from "../evaluation";

import { percentWords } from "../rates/expression";
import type { FormulaDialect, PlannedCell, WritePlan } from "./plan";
import { refForFormula } from "./formula-refs";
import { rateFormula } from "./rate-formulas";

const PERCENT = "0.00%";

/** The title of the block 写入公式 adds; the reader stops at it, so it is never read as data. */
export const FORMULA_BLOCK_TITLE = "关键比率（绩效自评助手按公式计算）";

export function buildFormulaPlan(e: Evaluation, dialect: FormulaDialect): WritePlan {
  const layout = e.input.basicLayout;
  if (!layout) return { sheets: [], marks: [], edits: [] };
  const cells: PlannedCell[] = [];
  const slotted = new Set<string>();
  for (const slot of layout.rateSlots) {
    const r = e.rate(slot.rate);
    const formula = r && rateFormula(r, e.input, dialect);
    if (!r?.value || !formula) continue;
    cells.push({ row: slot.row, col: slot.col, formula, result: r.value.toNumber(), numFmt: PERCENT, style: "percent" });
    slotted.add(slot.rate);
  }
  const reported = new Map(e.input.reportedRates.map((r) => [r.rate, r]));
  const rows = e.rates.filter((r) => r.value && !slotted.has(r.spec.id));
  // Written once: a second 写入公式 only fills rate cells that are still empty.
  if (rows.length && layout.formulaBlockRow === undefined) {
    const c = layout.labelCol;
    let row = layout.lastRow + 2;
    cells.push({ row, col: c, value: FORMULA_BLOCK_TITLE, style: "subtitle" });
    row++;
    ["比率", "计算值", "填报值", "计算公式"].forEach((label, i) => cells.push({ row, col: c + i, value: label, style: "header" }));
    row++;
    for (const r of rows) {
      const formula = rateFormula(r, e.input, dialect);
      cells.push({ row, col: c, value: r.spec.name, style: "text" });
      cells.push(formula ? { row, col: c + 1, formula, result: r.value!.toNumber(), numFmt: PERCENT, style: "percent" } : { row, col: c + 1, value: r.value!.toNumber(), numFmt: PERCENT, style: "percent" });
      const rep = reported.get(r.spec.id);
      if (rep) {
        const numericPercent = rep.percent.dividedBy(HUNDRED).toNumber();
        cells.push(rep.numeric ? { row, col: c + 2, formula: refForFormula(rep.cell), result: numericPercent, numFmt: PERCENT, style: "percent" } : { row, col: c + 2, value: numericPercent, numFmt: PERCENT, style: "percent" });
      }
      cells.push({ row, col: c + 3, value: `${r.spec.name}=${percentWords(r.words)}`, style: "note" });
      row++;
    }
  }
  return { sheets: [], marks: [], edits: [{ sheet: layout.sheet, cells }] };
}
