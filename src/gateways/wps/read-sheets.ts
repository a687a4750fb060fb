/**
 * Reading the workbook into plain Grids through the ET object model: the sheet list (name,
 * visibility, protection), then per sheet its used range as whole 2-D arrays (Value2 and
 * Formula in one call each, in row bands for very large sheets), number formats and merged
 * areas through whole-range reads split only where cells differ (uniform.ts, merges.ts).
 * Nothing is read cell by cell. A sheet WPS will not read is left out and named.
 */
import type { CellRange, Grid, GridCell, WorkbookGrids } from "../../core/grid/grid";
import { rangeOf } from "../excel/areas";
import { placeRows } from "../excel/cell-values";
import type { UnreadableSheet, WorkbookSnapshot } from "../excel/read-sheets";
import { addressOf } from "./addresses";
import { asRows, officeCell } from "./cell-values";
import { XL, type EtWorkbook, type EtWorksheet } from "./et";
import { readMerges } from "./merges";
import { uniformOver } from "./uniform";

/** Cells per Value2/Formula read: a band of rows of the used range. */
export const CELLS_PER_READ = 200_000;

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly protected: boolean;
  readonly ws: EtWorksheet;
}

/** Sheets.Item is 1-based (et-jsapi-declare: Sheets.Item(Index)). */
export function sheetList(wb: EtWorkbook): SheetEntry[] {
  const sheets = wb.Sheets;
  const out: SheetEntry[] = [];
  for (let i = 1, n = sheets.Count; i <= n; i++) {
    const ws = sheets.Item(i);
    out.push({ name: ws.Name, hidden: ws.Visible !== XL.sheetVisible, protected: ws.ProtectContents, ws });
  }
  return out;
}

export interface ReadOptions {
  /** Values and formulas only: no number formats, no merged areas (转为普通公式). */
  readonly contentsOnly?: boolean;
}

export function readSnapshot(sheets: readonly SheetEntry[], options: ReadOptions = {}): WorkbookSnapshot {
  const grids: Grid[] = [];
  const unreadable: UnreadableSheet[] = [];
  for (const entry of sheets) {
    try {
      grids.push(readSheet(entry, options));
    } catch (e) {
      unreadable.push({ sheet: entry.name, reason: `WPS 无法读取这张工作表（${e instanceof Error ? e.message : String(e)}）` });
    }
  }
  const snapshot: WorkbookSnapshot & { grids: WorkbookGrids } = {
    grids: { sheets: grids },
    protectedSheets: new Set(sheets.filter((s) => s.protected).map((s) => s.name)),
    unreadable,
  };
  return snapshot;
}

function readSheet(entry: SheetEntry, options: ReadOptions): Grid {
  const { ws } = entry;
  const used = ws.UsedRange;
  const rect = rangeOf(used.Address(false, false));
  const rows: (GridCell | undefined)[][] = [];
  const width = rect.right - rect.left + 1;
  const height = rect.bottom - rect.top + 1;
  const formats = options.contentsOnly ? () => null : numberFormats(ws, rect);
  const band = Math.max(1, Math.floor(CELLS_PER_READ / width));
  for (let top = rect.top; top <= rect.bottom; top += band) {
    const n = Math.min(band, rect.bottom - top + 1);
    const part: CellRange = { ...rect, top, bottom: top + n - 1 };
    const range = n === height ? used : ws.Range(addressOf([part]));
    const values = asRows(range.Value2, n, width);
    const formulas = asRows(range.Formula, n, width);
    placeRows(rows, top, rect.left, n, width, (r, c) => officeCell(values[r][c], formulas[r][c], formats(top + r, rect.left + c)));
  }
  const merges = height * width > 1 && !options.contentsOnly ? readMerges(ws, rect) : [];
  return { name: entry.name, rows, merges, hidden: entry.hidden };
}

/** The number format of every cell of the used range, from as few reads as the sheet allows. */
function numberFormats(ws: EtWorksheet, rect: CellRange): (row: number, col: number) => string | null {
  const regions = uniformOver([rect], (group) => ws.Range(addressOf(group)).NumberFormat as string | null);
  if (regions.length === 1) {
    const only = regions[0].value;
    return () => only;
  }
  const at = new Map<string, string>();
  for (const region of regions) {
    for (const r of region.ranges) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) at.set(`${row}:${col}`, region.value);
  }
  return (row, col) => at.get(`${row}:${col}`) ?? null;
}
