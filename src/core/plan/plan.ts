/**
 * A write plan is data: which new sheets to add with which cells, formulas and formats, and
 * which cells of the user's sheets to colour. Every gateway (ExcelJS for files, Office.js in
 * Excel) applies a whole plan in bulk; none of them decides anything.
 */

/** Named styles; gateways map them to fonts, fills and borders (see each gateway's styles file). */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "text"
  | "wrap"
  | "number"
  | "score"
  | "percent"
  | "amount"
  | "total"
  | "grade"
  | "severity-error"
  | "severity-warning"
  | "severity-info"
  | "link"
  | "legend-partial"
  | "legend-heavy"
  | "legend-check"
  | "note"
  | "heading1"
  | "heading2"
  | "paragraph"
  | "placeholder";

export type PlannedValue = string | number | boolean | null;

export interface PlannedCell {
  /** Zero-based. */
  readonly row: number;
  readonly col: number;
  /**
   * A literal value. Text that begins with =, +, -, @ is still text: gateways must write it
   * as a string, never as a formula.
   */
  readonly value?: PlannedValue;
  /** A formula without the leading "=" in standard Excel syntax (English function names). */
  readonly formula?: string;
  /** The engine's value for the formula: written as the cached result, checked by tests. */
  readonly result?: PlannedValue;
  /** Excel number format, e.g. "0.00%", "#,##0.00", "0.00". */
  readonly numFmt?: string;
  readonly style?: StyleName;
  /** A hyperlink into the workbook: "#'评分表'!A6". */
  readonly link?: string;
}

/**
 * A native, editable chart on a planned sheet, the same for every gateway: the Excel gateway
 * adds it with Office.js, the file gateway writes its DrawingML parts (src/gateways/xlsx/chart).
 * Its series reference the sheet's own cells, so it follows the formulas.
 */
export interface PlannedChart {
  readonly title: string;
  /** A clustered column chart. */
  readonly type: "column";
  /** The series' name (得分率). */
  readonly seriesName?: string;
  /** Zero-based inclusive ranges on the same sheet. */
  readonly categories: { readonly top: number; readonly bottom: number; readonly col: number };
  readonly values: { readonly top: number; readonly bottom: number; readonly col: number };
  /** Number format of the value axis and labels ("0%"). */
  readonly numFmt?: string;
  /** Where the chart goes: top-left cell. */
  readonly anchor: { readonly row: number; readonly col: number };
  /** The cell just beyond its bottom-right corner: the chart covers anchor up to (not into) it. */
  readonly to?: { readonly row: number; readonly col: number };
}

/** Where a chart ends (the cell just beyond its bottom-right corner): planned, or 16 rows × 8 columns. */
export function chartEnd(chart: PlannedChart): { readonly row: number; readonly col: number } {
  return chart.to ?? { row: chart.anchor.row + 15, col: chart.anchor.col + 8 };
}

export interface PlannedSheet {
  /** Already unique in the workbook (自评汇总, 自评汇总(2), …), or the name of the sheet it replaces. */
  readonly name: string;
  /**
   * The workbook has a sheet of this name that this tool wrote earlier (自评汇总, 自评报告): the
   * gateway replaces it, in place, instead of adding 自评汇总(2). Never set for a user's sheet.
   */
  readonly replaces?: boolean;
  /** What the sheet is for, to name it in messages. */
  readonly role: "summary" | "report" | "overview" | "template-scoring" | "template-basic";
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly { top: number; left: number; bottom: number; right: number }[];
  /** Column widths in characters, by zero-based column. */
  readonly columnWidths: readonly number[];
  readonly chart?: PlannedChart;
  /** Heights in points of rows whose wrapped text needs more than one line. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** Columns hidden from view (the 自评报告's paragraph ids). */
  readonly hiddenColumns?: readonly number[];
  /** Rows frozen at the top (header), 0 for none. */
  readonly frozenRows?: number;
  /** Print setup: landscape for wide tables. */
  readonly landscape?: boolean;
  /** Rows (zero-based) that start a new printed page, so a chart is never cut in two. */
  readonly pageBreaks?: readonly number[];
  /** Zero-based inclusive ranges whose every cell gets a thin border (the 批量汇总's data rows). */
  readonly bordered?: readonly { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }[];
}

/** Colouring of the user's own sheets. */
export type MarkKind = "deduction-partial" | "deduction-heavy" | "check";

export interface PlannedMark {
  readonly sheet: string;
  /** A1 addresses on that sheet. */
  readonly cells: readonly string[];
  readonly kind: MarkKind;
  /** Why, for a comment or a tooltip. */
  readonly note?: string;
}

/**
 * Cells to write on a user's existing sheet. The planner only targets cells that were empty
 * when read; gateways must still skip any cell that is no longer empty (never overwrite).
 */
export interface PlannedEdit {
  readonly sheet: string;
  readonly cells: readonly PlannedCell[];
}

export interface WritePlan {
  readonly sheets: readonly PlannedSheet[];
  readonly marks: readonly PlannedMark[];
  readonly edits?: readonly PlannedEdit[];
}

/**
 * Which functions formulas use: "standard" (SUM, IF, plain division: calculates in any
 * spreadsheet) for files; "jx" (the add-in's JX.* custom functions) inside Excel.
 */
export type FormulaDialect = "standard" | "jx";

/** The colours of the marks (ARGB), shared by the legend and the gateways. */
export const MARK_COLOURS: Record<MarkKind, string> = {
  "deduction-partial": "FFFFF2CC",
  "deduction-heavy": "FFF8CBAD",
  check: "FFFF0000",
};
