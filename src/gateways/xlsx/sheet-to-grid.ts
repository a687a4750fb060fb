/**
 * Turns one ExcelJS worksheet (from the reading view) into the engine's plain Grid. Only cells
 * that exist are visited (a 10,000-row sheet takes milliseconds); everything ExcelJS-specific
 * stops here. Name, visibility and merges come from the user's package, not from ExcelJS.
 */
import * as ExcelJS from "exceljs";
import { parseA1 } from "../../core/grid/address";
import type { CellRange, CellValue, Grid, GridCell } from "../../core/grid/grid";
import { ISO_DATE_MARK } from "./package/reading-view";

export function worksheetToGrid(ws: ExcelJS.Worksheet | undefined, name: string, hidden: boolean, merges: readonly CellRange[]): Grid {
  const rows: (GridCell | undefined)[][] = [];
  // The Grid keeps a merge's value only on its top-left cell, as Excel does.
  const covered = (r: number, c: number) => merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  ws?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const g = toGridCell(cell);
      if (g && !(merges.length && covered(rowNumber - 1, colNumber - 1))) cells[colNumber - 1] = g;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  return { name, rows, merges, hidden };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  if (cell.type === ExcelJS.ValueType.Formula) {
    // cell.formula also translates a shared formula's clone ("A3*2" from master "A2*2");
    // cell.result is the value Excel cached when it last calculated.
    const { value, isDate } = plain(cell.result);
    return build(value, numFmt, isDate, cell.formula || undefined);
  }
  const { value, isDate } = plain(cell.value);
  return build(value, numFmt, isDate, undefined);
}

function build(value: CellValue, numFmt?: string, isDate?: boolean, formula?: string): GridCell {
  const g: { value: CellValue; numFmt?: string; formula?: string; isDate?: boolean } = { value };
  if (numFmt) g.numFmt = numFmt;
  if (formula) g.formula = formula;
  if (isDate) g.isDate = true;
  return g;
}

/** An ExcelJS value (or formula result) as a plain value. */
function plain(v: unknown): { value: CellValue; isDate?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string" && v.startsWith(ISO_DATE_MARK)) return isoDate(v.slice(ISO_DATE_MARK.length));
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) {
    // ExcelJS turns date-formatted serials into Dates at UTC midnight; keep the calendar day.
    return Number.isNaN(v.getTime()) ? { value: null } : { value: isoDay(v), isDate: true };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { value: { error: o.error } };
    if (Array.isArray(o.richText)) {
      return { value: o.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("") };
    }
    // A hyperlink cell reads as its text (which may itself be rich text).
    if ("hyperlink" in o || "text" in o) return plain(o.text);
  }
  return { value: null };
}

/** An ISO 8601 date cell (t="d"): "2021-03-15", "2021-03-15T10:30:00Z" → its calendar day. */
function isoDate(text: string): { value: CellValue; isDate?: boolean } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(text);
  if (m) return { value: `${m[1]}-${m[2]}-${m[3]}`, isDate: true };
  // A time of day alone ("T10:30:00") or text that is no date: keep the text as written.
  return { value: text || null };
}

function isoDay(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

/** "A1:C2" → zero-based inclusive range. */
export function parseRange(range: string): CellRange {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
