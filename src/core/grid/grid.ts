/**
 * The plain grid every front door produces: Office.js, ExcelJS and the browser all turn a
 * worksheet into this, and the reader only ever sees this.
 */
export interface CellErrorValue {
  /** The Excel error text, "#DIV/0!", "#N/A", … */
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellErrorValue;

export interface GridCell {
  /** For a formula cell, its cached value. Dates arrive as text marked `isDate`. */
  readonly value: CellValue;
  readonly numFmt?: string;
  readonly formula?: string;
  readonly isDate?: boolean;
}

/** Zero-based, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly name: string;
  /** rows[r][c]; missing entries are empty cells. */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell | undefined> | undefined>;
  readonly merges: readonly CellRange[];
  readonly hidden?: boolean;
}

export interface WorkbookGrids {
  readonly sheets: readonly Grid[];
}

export function isErrorValue(v: CellValue): v is CellErrorValue {
  return typeof v === "object" && v !== null && typeof (v as CellErrorValue).error === "string";
}



export function columnCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.rows) if (row && row.length > max) max = row.length;
  return max;
}
