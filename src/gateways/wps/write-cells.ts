/**
 * Formats for many scattered cells in few calls: cells sharing a number format, or a style,
 * become rectangles (../excel/areas.ts blocksOf) and the rectangles one address per 255
 * characters (addresses.ts); each address is one range and one property write per part.
 */
import type { CellRange } from "../../core/grid/grid";
import { blocksOf, type CellPosition } from "../excel/areas";
import { addressGroups, addressOf } from "./addresses";
import type { EtRange, EtWorksheet } from "./et";

/** Cells grouped by a key (a number format, a style name), in first-seen order. */
export function groupCells<T extends CellPosition>(cells: Iterable<T>, keyOf: (cell: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const c of cells) {
    const key = keyOf(c);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/** One range per address-sized group of the cells' rectangles. */
export function rangesOver(ws: EtWorksheet, cells: readonly CellPosition[] | readonly CellRange[]): EtRange[] {
  const blocks = isRanges(cells) ? [...cells] : blocksOf(cells, Infinity);
  return addressGroups(blocks).map((group) => ws.Range(addressOf(group)));
}

function isRanges(cells: readonly CellPosition[] | readonly CellRange[]): cells is readonly CellRange[] {
  return cells.length > 0 && "top" in cells[0];
}
