/**
 * Per-cell facts through whole-range reads. ET answers a property of a multi-cell range with one
 * value when every cell agrees and null when they differ (NumberFormat, Interior.Color,
 * MergeCells …: https://airsheet.wps.cn/docs/apiV2/excel/workbook/CellFormat/属性/NumberFormat%20属性.html,
 * https://learn.microsoft.com/office/vba/api/excel.range.numberformat). So a fact is read over
 * a whole group of cells first, and only a group that disagrees is split and read again: the
 * calls grow with the number of distinct regions, not with the number of cells.
 *
 * Splitting: a group of several rectangles is halved by rectangles; a rectangle is halved by
 * columns first (tables are a few columns wide); a tall column is cut into a band at its top and
 * the rest, each band twice the last (headers and titles sit at the top), so a sheet whose
 * variety lies in its first rows costs the same whatever its length.
 */
import type { CellRange } from "../../core/grid/grid";
import { addressGroups, cellCount } from "./addresses";

/** Rows of the first band cut from a tall column. */
export const FIRST_BAND = 16;

export interface Uniform<T> {
  readonly ranges: readonly CellRange[];
  readonly value: T;
}

/**
 * Reads `probe` over `ranges` (as few calls as the answers allow). `probe` gets rectangles that
 * fit one address and returns null when their cells differ; a single cell never differs.
 */
export function uniformOver<T>(ranges: readonly CellRange[], probe: (group: readonly CellRange[]) => T | null): Uniform<T>[] {
  const out: Uniform<T>[] = [];
  const visit = (group: readonly CellRange[], band: number) => {
    const value = probe(group);
    if (value !== null) {
      out.push({ ranges: group, value });
      return;
    }
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      visit(group.slice(0, half), band);
      visit(group.slice(half), band);
      return;
    }
    const [first, second, nextBand] = splitRange(group[0], band);
    if (!second) throw new Error(`uniformOver: a single cell read as mixed (${JSON.stringify(first)})`);
    visit([first], FIRST_BAND);
    visit([second], nextBand);
  };
  for (const group of addressGroups(ranges)) visit(group, FIRST_BAND);
  return out;
}

/** Two halves of a rectangle (see above), and the band for the second; a cell gives one part. */
export function splitRange(r: CellRange, band: number): [CellRange, CellRange | undefined, number] {
  if (cellCount(r) === 1) return [r, undefined, band];
  if (r.right > r.left) {
    const mid = r.left + Math.floor((r.right - r.left + 1) / 2) - 1;
    return [{ ...r, right: mid }, { ...r, left: mid + 1 }, band];
  }
  const rows = r.bottom - r.top + 1;
  if (rows > 2 * band) return [{ ...r, bottom: r.top + band - 1 }, { ...r, top: r.top + band }, band * 2];
  const mid = r.top + Math.floor(rows / 2) - 1;
  return [{ ...r, bottom: mid }, { ...r, top: mid + 1 }, FIRST_BAND];
}
