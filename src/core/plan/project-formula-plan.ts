/**
 * 写入公式 on a project table: one column right of the table, headed 计算得分（绩效自评助手）, with
 * the score each row's figures give beside its own 得分: the 预算执行率 score on the funds block's
 * total row, and each indicator's from its 年度指标值 and 实际完成值 (project-formulas.ts). The
 * department's own 得分 cells are never written: the self-evaluation is what the department files,
 * the column is there to compare. Where no formula can be written (standard functions and a
 * 年度指标值 written as text) the cell gets the engine's value, as the 关键比率 block does.
 *
 * The planner targets the first column past the table's header and its funds block; the gateways
 * skip any cell there that is not empty (never overwrite) and say how many they skipped. The
 * reader passes over the column's header, so a second 写入公式 targets the same column, whose
 * cells are filled: nothing is written twice.
 */
import type { Evaluation } from "../evaluation";
import { parseA1, splitCellRef } from "../grid/address";
import { fundsNode, fundsTotal, indicatorRows } from "../project/indicators";
import type { FormulaDialect, PlannedCell, PlannedEdit } from "./plan";
import { fundsScoreFormula, indicatorScoreFormula } from "./project-formulas";

import { SCORE_COLUMN_TITLE } from "./score-column";

export { SCORE_COLUMN_TITLE };
const SCORE_FMT = "0.00";

const colOf = (ref: string | undefined) => (ref ? parseA1(splitCellRef(ref).address).col : -1);
const rowOf = (ref: string) => parseA1(splitCellRef(ref).address).row;

export function buildProjectFormulaPlan(e: Evaluation, dialect: FormulaDialect): PlannedEdit | undefined {
  const layout = e.input.scoring;
  const total = fundsTotal(e);
  const funds = fundsNode(e);
  const fundsCells = [total?.initial?.cell, total?.adjusted?.cell, total?.spend?.cell, total?.rate?.cell, funds?.scoreCell, funds?.input.reasonCell, funds?.weightCell];
  const col = Math.max(layout.lastColumn, ...fundsCells.map(colOf)) + 1;
  const cells: PlannedCell[] = [];
  const score = (row: number, value: { formula?: string; result: number }) =>
    cells.push(value.formula ? { row, col, formula: value.formula, result: value.result, numFmt: SCORE_FMT, style: "score" } : { row, col, value: value.result, numFmt: SCORE_FMT, style: "score" });

  const fundsRow = total?.spend?.cell ?? total?.adjusted?.cell ?? funds?.scoreCell;
  if (funds?.suggested && fundsRow) score(rowOf(fundsRow), { formula: fundsScoreFormula(e, dialect), result: funds.suggested.toNumber() });
  for (const n of indicatorRows(e)) {
    const s = n.target?.suggested;
    if (s === undefined) continue;
    score(n.input.row, { formula: indicatorScoreFormula(n, dialect), result: s.toNumber() });
  }
  if (!cells.length) return undefined;
  cells.unshift({ row: layout.headerRow, col, value: SCORE_COLUMN_TITLE, style: "header" });
  return { sheet: layout.sheet, cells };
}
