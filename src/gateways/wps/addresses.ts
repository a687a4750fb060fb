/**
 * Many rectangles in few calls: ET's Range() takes several areas in one address ("H5:I5,H9")
 * and a property read or write on such a range covers them all. Excel's Range property takes
 * an address of at most 255 characters; WPS documents no other limit, so addresses are cut
 * there (https://learn.microsoft.com/office/vba/api/excel.worksheet.range).
 */
import type { CellRange } from "../../core/grid/grid";
import { rangeAddress } from "../excel/areas";

export const ADDRESS_LIMIT = 255;

/** Rectangles → groups whose joined address fits the limit, in order. */
export function addressGroups(ranges: readonly CellRange[], limit = ADDRESS_LIMIT): CellRange[][] {
  const groups: CellRange[][] = [];
  let current: CellRange[] = [];
  let length = 0;
  for (const r of ranges) {
    const size = rangeAddress(r).length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && length + size > limit) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(r);
    length += current.length > 1 ? size : size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function addressOf(ranges: readonly CellRange[]): string {
  return ranges.map(rangeAddress).join(",");
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
