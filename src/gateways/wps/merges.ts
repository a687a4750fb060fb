/**
 * Merged areas of a sheet without asking cell by cell. Range.MergeCells is true when every cell
 * of a range is merged, false when none is and null when some are
 * (https://learn.microsoft.com/office/vba/api/excel.range.mergecells); Range.MergeArea of one
 * cell gives its whole area (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Range/属性/MergeArea%20属性.html).
 * So the used range is asked once, and only ranges answering null are split (uniform.ts's
 * rule) and asked again; a range answering true gives the area of its first cell.
 */
import type { CellRange } from "../../core/grid/grid";
import { a1 } from "../../core/grid/address";
import { rangeOf } from "../excel/areas";
import { addressOf } from "./addresses";
import type { EtWorksheet } from "./et";
import { FIRST_BAND, splitRange } from "./uniform";

const inside = (a: CellRange, b: CellRange) => b.top >= a.top && b.bottom <= a.bottom && b.left >= a.left && b.right <= a.right;

export function readMerges(ws: EtWorksheet, used: CellRange): CellRange[] {
  const found: CellRange[] = [];
  const visit = (r: CellRange, band: number) => {
    if (found.some((a) => inside(a, r))) return;
    const merged = ws.Range(addressOf([r])).MergeCells;
    if (merged === false) return;
    if (merged === true) {
      const area = rangeOf(ws.Range(a1(r.top, r.left)).MergeArea.Address(false, false));
      if (!found.some((a) => a.top === area.top && a.left === area.left)) found.push(area);
      if (inside(area, r)) return;
    }
    const [first, second, next] = splitRange(r, band);
    if (!second) return;
    visit(first, FIRST_BAND);
    visit(second, next);
  };
  visit(used, FIRST_BAND);
  return found.filter((m) => m.bottom > m.top || m.right > m.left);
}
