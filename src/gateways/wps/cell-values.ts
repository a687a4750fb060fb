/**
 * ET's cell values → the Office-style cells the shared reader takes (../excel/cell-values.ts):
 * the same value, formula and format rules for both gateways.
 *
 * - Value2 of one cell is the value itself, of several rows of columns
 *   (https://learn.microsoft.com/office/vba/api/excel.range.value); both arrive here as rows.
 * - A blank cell is VBA's Empty (undefined in JavaScript; null and "" are taken alike).
 * - An error cell's Value2 is a CVErr value (https://learn.microsoft.com/office/vba/excel/concepts/cells-and-ranges/cell-error-values);
 *   WPS does not document how it reaches JavaScript, so both the error's text and its COM scode
 *   are recognised.
 */
import type { OfficeCell } from "../excel/cell-values";
import type { EtGrid, EtScalar } from "./et";

/** COM scodes of CVErr values (0x800A07xx: xlErrDiv0 = 2007 …). */
const SCODES: Record<number, string> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** A Value2 / Formula answer as rows × columns (a single cell's scalar becomes [[x]]). */
export function asRows(grid: EtGrid, rows: number, cols: number): EtScalar[][] {
  if (Array.isArray(grid)) return grid;
  if (rows === 1 && cols === 1) return [[grid]];
  throw new Error(`WPS gave one value for a ${rows}×${cols} range`);
}

/** One ET cell as the shared reader takes it. */
export function officeCell(value: EtScalar, formula: EtScalar, numberFormat: string | null): OfficeCell {
  const text = typeof formula === "string" ? formula : formula === undefined || formula === null ? "" : String(formula);
  if (typeof value === "number" && SCODES[value] !== undefined) return { value: SCODES[value], formula: text, numberFormat, valueType: "Error" };
  if (typeof value === "string" && ERROR_TEXT.test(value) && (text === value || text.startsWith("="))) {
    return { value, formula: text, numberFormat, valueType: "Error" };
  }
  const blank = value === undefined || value === null || value === "";
  return { value: blank ? "" : value, formula: blank && !text.startsWith("=") ? "" : text, numberFormat, valueType: blank ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String" };
}
