/**
 * Turns one ExcelJS worksheet into the engine's plain Grid. Only cells that exist are visited
 * (a 10,000-row sheet takes milliseconds); everything ExcelJS-specific stops here.
 */
import * as ExcelJS from "exceljs";
import { parseA1 } from "../../core/grid/address";
import type { CellRange, CellValue, Grid, GridCell } from "../../core/grid/grid";

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const g = toGridCell(cell);
      if (g) cells[colNumber - 1] = g;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  return {
    name: ws.name,
    rows,
    merges: readMerges(ws),
    hidden: ws.state === "hidden" || ws.state === "veryHidden",
  };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  // ExcelJS gives the covered cells of a merge the master's value; the Grid keeps it only on
  // the top-left cell (MergedView resolves the rest), as Excel stores it.
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

function isoDay(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  // ws.model rebuilds every row's model, so only ask for it when there are merges.
  if (!ws.hasMerges) return [];
  return ws.model.merges.map(parseRange);
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
