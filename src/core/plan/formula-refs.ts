/** Building formula text from source-cell references. */
import { parseA1, splitCellRef, formulaRange, quoteSheet } from "../grid/address";

/** A cell reference in formula syntax ("评分表!H5" is already one; quotes are kept). */
export function refForFormula(cellRef: string): string {
  const { sheet, address } = splitCellRef(cellRef);
  return `${quoteSheet(sheet)}!${address}`;
}

/**
 * SUM over many cells, contiguous rows of one column compressed into ranges, so a 2,000-row
 * table still gives a short formula: SUM(评分表!H6:H9,评分表!H11).
 */
export function sumFormula(cellRefs: readonly string[], literals: readonly string[] = []): string {
  const parsed = cellRefs.map((r) => {
    const { sheet, address } = splitCellRef(r);
    return { sheet, ...parseA1(address) };
  });
  parsed.sort((a, b) => (a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const parts: string[] = [];
  let i = 0;
  while (i < parsed.length) {
    let j = i;
    while (j + 1 < parsed.length && parsed[j + 1].sheet === parsed[i].sheet && parsed[j + 1].col === parsed[i].col && parsed[j + 1].row === parsed[j].row + 1) j++;
    parts.push(formulaRange(parsed[i].sheet, parsed[i].row, parsed[i].col, parsed[j].row));
    i = j + 1;
  }
  const args = [...parts, ...literals];
  return args.length ? `SUM(${args.join(",")})` : "0";
}
