/** Merge records of a worksheet part, as ranges. */
import { parseA1 } from "../../../core/grid/address";
import type { CellRange } from "../../../core/grid/grid";
import { attr, startTags } from "./xml";

/** "A1:C2" (or "A1") → zero-based inclusive range; undefined for text that is no range. */
export function rangeOf(ref: string): CellRange | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  if (!/^[A-Za-z]{1,3}\d+$/.test(from) || !/^[A-Za-z]{1,3}\d+$/.test(to)) return undefined;
  const a = parseA1(from.toUpperCase());
  const b = parseA1(to.toUpperCase());
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The merges of a sheet as Excel keeps them: in document order, a record that repeats or
 * overlaps an earlier one is dropped (Excel's repair and LibreOffice both keep the first).
 */
export function sheetMerges(sheetXml: string): CellRange[] {
  const kept: CellRange[] = [];
  for (const m of sheetXml.matchAll(startTags("mergeCell"))) {
    const r = rangeOf(attr(m[2], "ref") ?? "");
    if (r && !kept.some((k) => overlaps(k, r))) kept.push(r);
  }
  return kept;
}
