/**
 * Stage 2 of the 基础数据表 reader: where a label's value is (right of it, past its own merge,
 * or below it in a horizontal table) and the unit written near it (a 单位 column, or the
 * label's brackets: "年初预算数（万元）").
 */
import type { GridCell } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import { cellText } from "../values/parse";
import { compact, toHalfWidth } from "../values/text";
import { findUnit, type MoneyUnit } from "../values/units";
import { isBasicLabel, type LabelCell } from "./basic-labels";

const UNIT_WORD = /^(元|千元|万元|亿元|%|％|人|个|项|户|次)$/;
/** A table's column headings: below a label with no value of its own, they are not its value. */
const TABLE_HEADING = /^(序号|编号|项目|数值|金额|单位|备注|说明|指标|内容|名称)$/;

/** A cell with something in it: a value, or a formula (even one without a cached result). */
function hasContent(cell: GridCell | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== "") || !!cell.formula);
}

/** The value cell of a label at (r, c), or undefined when it has none. */
export function valueCellOf(view: MergedView, labels: readonly LabelCell[], r: number, c: number): { r: number; c: number } | undefined {
  const merge = view.mergeAt(r, c);
  const right = merge ? merge.right + 1 : c + 1;
  const rightCell = view.cell(r, right);
  if (hasContent(rightCell) && !isBasicLabel(rightCell)) return { r, c: right };
  const below = merge ? merge.bottom + 1 : r + 1;
  const belowCell = view.cell(below, c);
  // Right of the label is empty, or another label (a row of labels with their values below).
  // A value below only when the row below is not itself a label row (a header-style table).
  if (hasContent(belowCell) && !isBasicLabel(belowCell) && !TABLE_HEADING.test(compact(cellText(belowCell))) && !labels.some((l) => l.r === below)) return { r: below, c };
  return undefined;
}

/** The unit written next to the value (a 单位 column) or in the label's brackets. */
export function unitNear(view: MergedView, label: string, vr: number, vc: number): { money?: MoneyUnit; percent: boolean } {
  const next = compact(cellText(view.cell(vr, vc + 1)));
  if (UNIT_WORD.test(next)) return { money: findUnit(next), percent: /%|％/.test(next) };
  const bracket = /[(（]([^)）]*)[)）]/.exec(toHalfWidth(label));
  if (bracket) return { money: findUnit(bracket[1]), percent: bracket[1].includes("%") };
  return { percent: false };
}
