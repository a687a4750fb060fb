/**
 * Reading the workbook into plain Grids, at any size, in a number of syncs that is fixed for a
 * normal workbook and grows only with size beyond it:
 *
 *   1. the sheet list: names, visibility, protection;
 *   2. every sheet's used range: position and size only;
 *   3. the contents (values, formulas, number formats, value types) in row chunks and the
 *      merged areas in tiles, packed into syncs of at most PAYLOAD_BUDGET each way. A normal
 *      workbook is one sync; a large sheet is read in chunks sized from the bytes per cell
 *      measured on it so far, so no response approaches Excel on the web's 5 MB limit.
 *
 * Merged areas are asked for in tiles that cannot hold more than 512 of them, the most
 * getMergedAreasOrNullObject returns (@types/office-js); each tile returns the areas whose
 * top-left cell lies in it (office-js #3611), so every area is found exactly once, and the full
 * areas are read from areas.items, not from the address (#1590).
 *
 * A chunk Excel refuses as too large is split and read again; a sheet that still cannot be
 * read is left out and reported, and the other sheets are read as usual. Cells still showing
 * #BUSY! (custom functions calculating) are read once more after a short wait.
 */
import { WorkbookError } from "../../core/errors";
import { a1 } from "../../core/grid/address";
import type { CellRange, Grid, GridCell, WorkbookGrids } from "../../core/grid/grid";
import { parseAreasAddress } from "./areas";
import type { Step } from "./batches";
import { placeRows } from "./cell-values";
import type { OfficeHost } from "./host";
import { OPERATION_BYTES, PAYLOAD_BUDGET, payloadBytes } from "./payload";
import { officeErrorToWorkbookError } from "./run-action";

/** The most merged areas getMergedAreasOrNullObject returns (more and it fails). */
export const MERGED_AREAS_LIMIT = 512;
/**
 * A first guess of JSON bytes per cell across the four arrays, before a sheet is measured:
 * twice what the sample workbooks cost (about 50 bytes; Chinese text travels twice, in values
 * and formulas, as \\u escapes). A sheet of up to UNPROBED_CELLS cells (a 评分表 of 400 rows)
 * is read whole; a larger one starts with a probe of PROBE_ROWS rows, and its other chunks are
 * sized from what the probe cost, so a sheet dense with text cannot make one huge response.
 */
const FIRST_BYTES_PER_CELL = 100;
const UNPROBED_CELLS = 4000;
const PROBE_ROWS = 64;
/** The least a cell can cost: "" in values and formulas, "General", "Empty", separators. */
const MIN_BYTES_PER_CELL = 24;
/** A merged-area tile's expected answer (a few addresses). */
const TILE_BYTES = 1024;
/** How long to let custom functions finish before reading #BUSY! cells again. */
export const BUSY_WAIT_MS = 1500;

/** Sync 1: names, visibility and protection of every sheet. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/visibility, items/protection/protected");
  return sheets;
}

export interface UnreadableSheet {
  readonly sheet: string;
  /** Why, in Chinese. */
  readonly reason: string;
}

/** A snapshot of the workbook as read: grids plus what writing needs to know. */
export interface WorkbookSnapshot {
  readonly grids: WorkbookGrids;
  readonly protectedSheets: ReadonlySet<string>;
  /** Sheets left out because Excel would not give their contents. */
  readonly unreadable: readonly UnreadableSheet[];
}

interface SheetRead {
  readonly index: number;
  readonly name: string;
  /** Used range (values only), zero-based; undefined for an empty sheet. */
  used?: { top: number; left: number; rows: number; cols: number };
  /** Rows of the used range not yet planned, counted from its top. */
  nextRow: number;
  bytesPerCell: number;
  measured: boolean;
  readonly rows: (GridCell | undefined)[][];
  readonly merges: CellRange[];
  tiles: CellRange[];
  failure?: string;
}

type Item =
  | { kind: "content"; sheet: SheetRead; top: number; rows: number; range?: Excel.Range }
  | { kind: "merges"; sheet: SheetRead; tile: CellRange; areas?: Excel.RangeAreas }
  | { kind: "step"; step: Step };

/**
 * Syncs 2 and 3: reads every sheet of the synced list. `extra` steps (reads the caller needs,
 * such as the looks of cells to restore) travel in the same syncs.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  host: OfficeHost,
  sheets: Excel.WorksheetCollection,
  extra: readonly Step[] = [],
): Promise<WorkbookSnapshot> {
  const items = sheets.items;
  const used = await usedRanges(context, items);
  const reads: SheetRead[] = items.map((ws, index) => {
    const u = used[index];
    const read: SheetRead = { index, name: ws.name, nextRow: 0, bytesPerCell: FIRST_BYTES_PER_CELL, measured: false, rows: [], merges: [], tiles: [] };
    if (typeof u === "string") read.failure = u;
    else if (u) {
      read.used = u;
      read.tiles = mergeTiles(u.top + u.rows - 1, u.left + u.cols - 1);
    }
    return read;
  });

  const busy = await readItems(context, sheets, reads, extra);
  if (busy.length > 0) {
    // Custom functions still calculating: give them a moment, then read those chunks again.
    await host.wait(BUSY_WAIT_MS);
    const again = await readItems(context, sheets, reads, [], busy);
    if (again.length > 0) {
      const { sheet, cell } = firstBusyCell(again);
      throw new WorkbookError("有单元格仍在计算（显示 #BUSY!），请等 Excel 算完后再试。", { sheet, cell });
    }
  }

  const readable = reads.filter((r) => !r.failure);
  return {
    grids: { sheets: readable.map((r) => toGrid(r, items[r.index].visibility !== "Visible")) },
    protectedSheets: new Set(items.filter((ws) => ws.protection.protected).map((ws) => ws.name)),
    unreadable: reads.filter((r) => r.failure).map((r) => ({ sheet: r.name, reason: r.failure! })),
  };
}

type UsedRange = { top: number; left: number; rows: number; cols: number };

/**
 * Sync 2: every sheet's used range (values only), position and size: undefined for an empty
 * sheet, the reason for a sheet Excel refuses. If the sync fails, each sheet is asked alone,
 * so one bad sheet cannot keep the others from being read.
 */
async function usedRanges(context: Excel.RequestContext, items: readonly Excel.Worksheet[]): Promise<(UsedRange | undefined | string)[]> {
  const ask = (ws: Excel.Worksheet) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex, columnIndex, rowCount, columnCount");
    return range;
  };
  const answer = (r: Excel.Range): UsedRange | undefined =>
    r.isNullObject ? undefined : { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  const all = items.map(ask);
  try {
    await context.sync();
    return all.map(answer);
  } catch {
    const out: (UsedRange | undefined | string)[] = [];
    for (const ws of items) {
      const one = ask(ws);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after a failed sync, to find the sheet Excel refuses
        await context.sync();
        out.push(answer(one));
      } catch (e) {
        const translated = officeErrorToWorkbookError(e);
        out.push(translated instanceof Error ? translated.message : String(translated));
      }
    }
    return out;
  }
}

/**
 * Tiles over A1 to the used range's bottom-right corner, each small enough to hold at most 512
 * merged areas with their top-left cell inside: a tile of R rows and C columns holds at most
 * R·C/2 areas lying within it plus R + C reaching out of it, and R·C/2 + R + C ≤ 512.
 */
export function mergeTiles(bottom: number, right: number): CellRange[] {
  const cols = Math.min(right + 1, 32);
  const rows = Math.floor((MERGED_AREAS_LIMIT - cols) / (cols / 2 + 1));
  const tiles: CellRange[] = [];
  for (let top = 0; top <= bottom; top += rows) {
    for (let left = 0; left <= right; left += cols) {
      tiles.push({ top, left, bottom: Math.min(bottom, top + rows - 1), right: Math.min(right, left + cols - 1) });
    }
  }
  return tiles;
}

/**
 * Reads every remaining chunk and tile, batch by batch; `extra` steps go first, in the same
 * batches. With `again`, reads only those items (a second look at #BUSY! cells). Returns the
 * content items that showed #BUSY!.
 */
async function readItems(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  reads: SheetRead[],
  extra: readonly Step[],
  again?: Item[],
): Promise<Item[]> {
  const busy: Item[] = [];
  const retry: Item[][] = again ? [again] : [];
  const steps = [...extra];
  for (;;) {
    const batch = (retry.shift() ?? (again ? [] : nextBatch(reads, steps))).filter((i) => i.kind === "step" || !i.sheet.failure);
    if (batch.length === 0) {
      if (retry.length > 0) continue;
      break;
    }
    for (const item of batch) queueItem(sheets, item);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, never per cell
      await context.sync();
    } catch (e) {
      retry.unshift(...splitFailed(batch, e));
      continue;
    }
    for (const item of batch) if (collect(item)) busy.push(item);
  }
  return busy;
}

/** The next batch: the caller's steps, then content chunks sized to the budget, then merge tiles. */
function nextBatch(reads: SheetRead[], steps: Step[]): Item[] {
  const batch: Item[] = [];
  let response = 0;
  let request = 0;
  const fits = (bytes: number) => batch.length === 0 || (response + bytes <= PAYLOAD_BUDGET && request + OPERATION_BYTES <= PAYLOAD_BUDGET);
  while (steps.length > 0) {
    const step = steps[0];
    if (batch.length > 0 && (response + step.response > PAYLOAD_BUDGET || request + step.request > PAYLOAD_BUDGET)) return batch;
    batch.push({ kind: "step", step: steps.shift()! });
    response += step.response;
    request += step.request;
  }
  for (const sheet of reads) {
    if (sheet.failure) continue;
    const u = sheet.used;
    while (u && sheet.nextRow < u.rows) {
      const rowBytes = u.cols * sheet.bytesPerCell;
      let rows = Math.floor((PAYLOAD_BUDGET - response) / rowBytes);
      // A sheet not yet measured and too big to read whole starts with a small probe.
      if (!sheet.measured && u.rows * u.cols > UNPROBED_CELLS) rows = Math.min(rows, PROBE_ROWS, Math.floor(PAYLOAD_BUDGET / 16 / rowBytes));
      rows = Math.min(Math.max(rows, batch.length === 0 ? 1 : 0), u.rows - sheet.nextRow);
      if (rows <= 0 || !fits(rows * rowBytes)) return batch;
      batch.push({ kind: "content", sheet, top: u.top + sheet.nextRow, rows });
      sheet.nextRow += rows;
      response += rows * rowBytes;
      request += OPERATION_BYTES;
      if (!sheet.measured && sheet.nextRow < u.rows) break; // measure the probe before reading on
    }
    while (sheet.tiles.length > 0) {
      if (!fits(TILE_BYTES)) return batch;
      batch.push({ kind: "merges", sheet, tile: sheet.tiles.shift()! });
      response += TILE_BYTES;
      request += OPERATION_BYTES;
    }
  }
  return batch;
}

function queueItem(sheets: Excel.WorksheetCollection, item: Item): void {
  if (item.kind === "step") return item.step.queue();
  const ws = sheets.items[item.sheet.index];
  if (item.kind === "content") {
    const u = item.sheet.used!;
    item.range = ws.getRangeByIndexes(item.top, u.left, item.rows, u.cols);
    item.range.load("values, formulas, numberFormat, valueTypes");
  } else {
    const t = item.tile;
    item.areas = ws.getRangeByIndexes(t.top, t.left, t.bottom - t.top + 1, t.right - t.left + 1).getMergedAreasOrNullObject();
    item.areas.load("areas/items/address");
  }
}

/**
 * A failed sync: a batch of several items is tried item by item (so one bad sheet cannot sink
 * the others); a chunk too large for Excel is halved; anything else left failing marks its
 * sheet unreadable.
 */
function splitFailed(batch: Item[], error: unknown): Item[][] {
  if (batch.length > 1) return batch.map((item) => [item]);
  const item = batch[0];
  if (item.kind === "step") throw officeErrorToWorkbookError(error);
  const code = (error as { code?: unknown }).code;
  const tooLarge = code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
  if (item.kind === "content" && tooLarge && item.rows > 1) {
    const half = Math.ceil(item.rows / 2);
    item.sheet.bytesPerCell *= 2;
    return [
      [{ kind: "content", sheet: item.sheet, top: item.top, rows: half }],
      [{ kind: "content", sheet: item.sheet, top: item.top + half, rows: item.rows - half }],
    ];
  }
  const translated = officeErrorToWorkbookError(error);
  item.sheet.failure = translated instanceof Error ? translated.message : String(translated);
  return [];
}

/** Files a synced item's answer into its sheet; true when it showed #BUSY! cells. */
function collect(item: Item): boolean {
  if (item.kind === "step" || item.sheet.failure) return false;
  const sheet = item.sheet;
  if (item.kind === "merges") {
    const areas = item.areas!;
    if (!areas.isNullObject) {
      const bounds = { bottom: sheet.used!.top + sheet.used!.rows - 1, right: sheet.used!.left + sheet.used!.cols - 1 };
      for (const area of areas.areas.items) sheet.merges.push(...parseAreasAddress(area.address, bounds));
    }
    return false;
  }
  const range = item.range!;
  const { values, formulas, numberFormat, valueTypes } = range;
  const left = sheet.used!.left;
  const busy = values.some((row, r) => row.some((v, c) => valueTypes[r][c] === "Error" && v === "#BUSY!"));
  placeRows(sheet.rows, item.top, left, values.length, values[0]?.length ?? 0, (r, c) => ({
    value: values[r][c],
    formula: formulas[r][c],
    numberFormat: numberFormat[r][c],
    valueType: valueTypes[r][c],
  }));
  // What this chunk really cost, for sizing the sheet's next chunks (with a margin).
  const perCell = payloadBytes([values, formulas, numberFormat, valueTypes]) / (item.rows * sheet.used!.cols);
  sheet.bytesPerCell = Math.max(MIN_BYTES_PER_CELL, perCell * 1.25, sheet.measured ? sheet.bytesPerCell : 0);
  sheet.measured = true;
  item.range = undefined;
  return busy;
}

function firstBusyCell(items: Item[]): { sheet: string; cell: string } {
  for (const item of items) {
    if (item.kind !== "content") continue;
    const u = item.sheet.used!;
    for (let r = item.top; r < item.top + item.rows; r++) {
      const row = item.sheet.rows[r];
      const c = row?.findIndex((cell) => cell && typeof cell.value === "object" && cell.value?.error === "#BUSY!") ?? -1;
      if (c >= 0) return { sheet: item.sheet.name, cell: a1(r, c) };
    }
    return { sheet: item.sheet.name, cell: a1(item.top, u.left) };
  }
  return { sheet: "", cell: "" };
}

function toGrid(read: SheetRead, hidden: boolean): Grid {
  const merges = read.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return { name: read.name, rows: read.rows, merges, hidden };
}
