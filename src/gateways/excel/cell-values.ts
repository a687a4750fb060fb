/**
 * Office.js cell values ↔ the engine's plain values. Reading: error strings become typed
 * errors, date serials become ISO days (as the file gateway reads them). Writing: text always
 * goes in as text, because Excel parses whatever is written to `values`/`formulas` like typed
 * input ("=1+1" would become a formula, "2023-01-01" a date, "50%" a number).
 */
import type { CellValue, GridCell } from "../../core/grid/grid";
import type { PlannedCell, PlannedValue } from "../../core/plan/plan";
import { xmlSafe } from "../../core/values/text";

/** One cell as Office.js reports it: value, formula (or the constant), format and type. */
export interface OfficeCell {
  readonly value: unknown;
  readonly formula: unknown;
  readonly numberFormat: unknown;
  readonly valueType: string;
}

export function toGridCell(cell: OfficeCell): GridCell | undefined {
  // `formulas` gives a constant's own value, so text such as "=1+1" (typed with an apostrophe)
  // reads like a formula; a real formula's value is never its own text.
  const isFormula = typeof cell.formula === "string" && cell.formula.startsWith("=") && cell.formula !== cell.value;
  const formula = isFormula ? (cell.formula as string).slice(1) : undefined;
  const fmt = typeof cell.numberFormat === "string" && cell.numberFormat !== "General" ? cell.numberFormat : undefined;
  const value = plainValue(cell);
  if (value === null && formula === undefined) return undefined;
  const isDate = typeof value === "number" && isDateFormat(fmt);
  const g: { value: CellValue; numFmt?: string; formula?: string; isDate?: boolean } = {
    value: isDate ? serialToIsoDay(value as number) : value,
  };
  if (fmt) g.numFmt = fmt;
  if (formula) g.formula = formula;
  if (isDate) g.isDate = true;
  return g;
}

/**
 * Rows of cells read as whole arrays (Office.js values/formulas, ET's Value2/Formula) placed in
 * a Grid's sparse rows: row `top + r`, column `left + c`; a row with nothing in it is left out.
 * Shared by the Excel and WPS gateways.
 */
export function placeRows(rows: (GridCell | undefined)[][], top: number, left: number, height: number, width: number, cellAt: (r: number, c: number) => OfficeCell): void {
  for (let r = 0; r < height; r++) {
    const cells: (GridCell | undefined)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = toGridCell(cellAt(r, c));
      if (cell) cells[left + c] = cell;
    }
    if (cells.length > 0) rows[top + r] = cells;
    else delete rows[top + r];
  }
}

function plainValue(cell: OfficeCell): CellValue {
  const v = cell.value;
  if (cell.valueType === "Error") return { error: String(v) };
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  return null;
}

/** ExcelJS's rule (utils.isDateFmt), so both gateways agree on what is a date. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Excel's 1900 date system, with its fictitious 29 February 1900 (serial 60). */
export function serialToIsoDay(serial: number): string {
  const day = Math.floor(serial);
  const base = day >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What to put in a `formulas` 2-D array for a planned cell; null leaves the cell untouched.
 * Links are HYPERLINK formulas, as in the file gateway (they work in Excel and WPS alike).
 * A text constant in a formula may hold at most 255 characters (Excel's specifications and
 * limits), so a longer link text (an indicator name that carries its whole explanation) is
 * shortened with an ellipsis rather than making the whole write fail.
 */
export function formulaInput(cell: PlannedCell): string | number | boolean | null {
  if (cell.formula !== undefined) return `=${cell.formula.replace(/^=/, "")}`;
  if (cell.link !== undefined) {
    const text = xmlSafe(textOf(cell.value) || cell.link);
    return `=HYPERLINK(${quoted(cell.link)},${quoted(shortened(text, FORMULA_TEXT_LIMIT))})`;
  }
  return valueInput(cell.value);
}

/** The most characters a text constant inside a formula may have. */
export const FORMULA_TEXT_LIMIT = 255;

/** At most `limit` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * A literal: strings behind an apostrophe (Excel's text prefix, not part of the value), with
 * the control characters the file gateway also drops (they cannot be saved in .xlsx).
 */
export function valueInput(value: PlannedValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null || value === "") return null;
  return typeof value === "string" ? `'${xmlSafe(value)}` : value;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function textOf(v: PlannedValue | undefined): string {
  return v === undefined || v === null ? "" : String(v);
}
