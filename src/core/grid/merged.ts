import { columnCount, type CellRange, type Grid, type GridCell } from "./grid";

/**
 * Looks cells up through merged ranges: a cell inside a merge reads as the merge's top-left
 * cell, the way a user sees it. Built once per grid; lookups are O(1).
 */
export class MergedView {
  private readonly owner = new Map<number, CellRange>();

  constructor(readonly grid: Grid) {
    // A merge over whole rows or columns (A26:XFD26) only matters where the sheet has cells.
    const lastRow = grid.rows.length - 1;
    const lastCol = columnCount(grid) - 1;
    for (const m of grid.merges) {
      const bottom = Math.min(m.bottom, Math.max(lastRow, m.top));
      const right = Math.min(m.right, Math.max(lastCol, m.left));
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= right; c++) if (!this.owner.has(r * 16384 + c)) this.owner.set(r * 16384 + c, m);
      }
    }
  }

  /** The merge that covers (row, col), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.owner.get(row * 16384 + col);
  }

  cell(row: number, col: number): GridCell | undefined {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    return this.grid.rows[r]?.[c];
  }

  /** True when (row, col) is inside a merge but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }
}
