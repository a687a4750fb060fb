/**
 * Reading the workbook in two batches, whatever its size: first the sheet list, then every
 * sheet's used range (values, formulas, number formats, value types), merged areas and
 * protection, all queued before one sync. Then plain Grids, addressed as on the sheet.
 */
import type { Grid, GridCell, WorkbookGrids } from "../../core/grid/grid";
import { parseAreasAddress } from "./areas";
import { toGridCell } from "./cell-values";

/** Batch 1: names and visibility of every sheet. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/visibility");
  return sheets;
}

export interface QueuedSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
  readonly protection: Excel.WorksheetProtection;
}

/** Batch 2 (call after the sheet list is synced): every sheet's contents, one proxy each. */
export function queueSheetContents(sheets: Excel.WorksheetCollection): QueuedSheet[] {
  return sheets.items.map((ws) => {
    // valuesOnly: formatting alone does not make a cell part of what the engine reads.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values, formulas, numberFormat, valueTypes, rowIndex, columnIndex");
    // Merges of the whole sheet: a title merged across empty cells reaches past the used range.
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("address");
    const protection = ws.protection;
    protection.load("protected");
    return { name: ws.name, hidden: ws.visibility !== "Visible", used, merged, protection };
  });
}

/** A snapshot of the workbook as read: grids plus what writing needs to know. */
export interface WorkbookSnapshot {
  readonly grids: WorkbookGrids;
  readonly protectedSheets: ReadonlySet<string>;
}

/** After batch 2 is synced. */
export function toSnapshot(queued: readonly QueuedSheet[]): WorkbookSnapshot {
  return {
    grids: { sheets: queued.map(toGrid) },
    protectedSheets: new Set(queued.filter((q) => q.protection.protected).map((q) => q.name)),
  };
}

function toGrid(q: QueuedSheet): Grid {
  const rows: (GridCell | undefined)[][] = [];
  if (!q.used.isNullObject) {
    const { values, formulas, numberFormat, valueTypes, rowIndex, columnIndex } = q.used;
    for (let r = 0; r < values.length; r++) {
      const cells: (GridCell | undefined)[] = [];
      for (let c = 0; c < values[r].length; c++) {
        const cell = toGridCell({
          value: values[r][c],
          formula: formulas[r][c],
          numberFormat: numberFormat[r][c],
          valueType: valueTypes[r][c],
        });
        if (cell) cells[columnIndex + c] = cell;
      }
      if (cells.length > 0) rows[rowIndex + r] = cells;
    }
  }
  const merges = q.merged.isNullObject ? [] : parseAreasAddress(q.merged.address).filter((m) => m.bottom > m.top || m.right > m.left);
  return { name: q.name, rows, merges, hidden: q.hidden };
}
