/**
 * Rectangles of cells: parsing the addresses Excel returns, and grouping scattered cells into
 * a few rectangles so one range proxy covers many cells (never one proxy per cell).
 */
import { a1, columnIndex, parseA1 } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** The last row and column a whole-row or whole-column address is cut to. */
export interface SheetBounds {
  readonly bottom: number;
  readonly right: number;
}

/** Excel's own sheet size (1,048,576 rows × 16,384 columns). */
export const SHEET_BOUNDS: SheetBounds = { bottom: 1_048_575, right: 16_383 };

/**
 * "Sheet1!A1:I1, 'a,b'!C3, Sheet1!3:3, Sheet1!B:C" → ranges. Sheet names may be quoted and
 * contain commas or "!", so the text is scanned rather than split. Whole rows and columns are
 * cut to `bounds`.
 */
export function parseAreasAddress(address: string, bounds: SheetBounds = SHEET_BOUNDS): CellRange[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    // A doubled quote inside a quoted name toggles twice: no net change.
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => rangeOf(p.slice(p.lastIndexOf("!") + 1), bounds));
}

/**
 * "A1:C2" or "B4" → zero-based inclusive range; so are Excel's whole rows ("1:1", "$3:$5")
 * and whole columns ("A:C"), the form getEntireRow().address and merged areas across whole
 * rows take, cut to `bounds`.
 */
export function rangeOf(text: string, bounds: SheetBounds = SHEET_BOUNDS): CellRange {
  const [from, to = from] = text.replace(/\$/g, "").split(":");
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const [r1, r2] = [Number(from) - 1, Number(to) - 1];
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: bounds.right };
  }
  if (/^[A-Za-z]{1,3}$/.test(from) && /^[A-Za-z]{1,3}$/.test(to)) {
    const [c1, c2] = [columnIndex(from), columnIndex(to)];
    return { top: 0, bottom: bounds.bottom, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function rangeAddress(r: CellRange): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

export function cellKey(row: number, col: number): string {
  return a1(row, col);
}

/**
 * Groups cells into rectangles: runs along each row, then runs with the same columns on
 * consecutive rows stacked. A 评分表 row of deductions is one run; consecutive deducted rows
 * are one rectangle. Past `maxBlocks` rectangles the bounding rectangle is used instead, so
 * the number of proxies stays bounded whatever the scatter.
 */
export function blocksOf(cells: Iterable<CellPosition>, maxBlocks = 200): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const runs: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = cols[0];
    for (let k = 1; k <= cols.length; k++) {
      if (k < cols.length && cols[k] === cols[k - 1] + 1) continue;
      runs.push({ top: row, bottom: row, left: start, right: cols[k - 1] });
      start = cols[k];
    }
  }
  // Columns "left:right" → index of the rectangle that may still grow downwards.
  const open = new Map<string, number>();
  const blocks: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const at = open.get(key);
    if (at !== undefined && blocks[at].bottom === run.top - 1) {
      blocks[at] = { ...blocks[at], bottom: run.top };
    } else {
      open.set(key, blocks.length);
      blocks.push(run);
    }
  }
  return blocks.length > maxBlocks ? [boundingRange(blocks)] : blocks;
}

export function boundingRange(ranges: readonly CellRange[]): CellRange {
  return {
    top: Math.min(...ranges.map((r) => r.top)),
    left: Math.min(...ranges.map((r) => r.left)),
    bottom: Math.max(...ranges.map((r) => r.bottom)),
    right: Math.max(...ranges.map((r) => r.right)),
  };
}
