/**
 * The part of the WPS 表格 (ET) object model the WPS gateway uses, as a narrow interface: the
 * real `window.Application` inside WPS satisfies it, and so does the fake in test/fakes/et-fake.ts.
 *
 * Members and constants follow Kingsoft's own declarations of the ET JS API (npm package
 * et-jsapi-declare 2.5.0, lib.et.d.ts and lib.kso.d.ts) and the ET API reference
 * (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Range/属性/Value2%20属性.html and its sibling
 * pages), which mirror the VBA object model Microsoft documents
 * (https://learn.microsoft.com/office/vba/api/excel.range.value2). That package is not a
 * dependency: it declares `Application`, `wps` and `confirm` as globals for the whole program,
 * and the gateway needs about thirty of its members.
 *
 * The ET API is synchronous: every property read or write and every method call is one call
 * into WPS (no batching, unlike Office.js). The gateway therefore reads and writes whole
 * rectangles (2-D arrays) and whole groups of cells (one address for many areas).
 */

/** A value as Value2 or Formula give it for one cell. */
export type EtScalar = string | number | boolean | null | undefined;
/**
 * Value2 / Formula / NumberFormat of a range: the value itself for one cell, rows of columns
 * for several (https://learn.microsoft.com/office/vba/api/excel.range.value: "a 2-dimensional
 * array"); null where the cells of a range disagree (NumberFormat, Interior.Color …).
 */
export type EtGrid = EtScalar | EtScalar[][];

export interface EtFont {
  Name: string | null;
  Size: number | null;
  Bold: boolean | null;
  Italic: boolean | null;
  /** A BGR number (VBA's RGB(r, g, b) = r + 256·g + 65536·b). */
  Color: number | null;
  /** xlUnderlineStyleSingle (2) or xlUnderlineStyleNone (-4142). */
  Underline: number | null;
}

export interface EtInterior {
  /** BGR number; No Fill reads 16777215 (white) with ColorIndex and Pattern xlNone. */
  Color: number | null;
  ColorIndex: number | null;
  Pattern: number | null;
  PatternColor: number | null;
  TintAndShade: number | null;
}

export interface EtBorder {
  LineStyle: number | null;
  Weight: number | null;
  Color: number | null;
}

export interface EtBorders {
  /** 1-based style of the VBA collection: Item(xlEdgeTop) … (XlBordersIndex). */
  Item(index: number): EtBorder;
}

export interface EtRange {
  Value2: EtGrid;
  Formula: EtGrid;
  NumberFormat: EtGrid;
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** "$A$1:$C$3"; with (false, false) "A1:C3"; several areas joined by ",". */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  /** True if every cell is merged, false if none is, null if some are. */
  readonly MergeCells: boolean | null;
  /** The merged area of a single cell (the cell itself when it is not merged). */
  readonly MergeArea: EtRange;
  Merge(Across?: boolean): void;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  readonly Font: EtFont;
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  WrapText: boolean | null;
  ColumnWidth: number | null;
  RowHeight: number | null;
  Hidden: boolean | null;
  /** Points from the sheet's left and top edges (where a chart is placed). */
  readonly Left: number;
  readonly Top: number;
  Select(): void;
  readonly EntireColumn: EtRange;
}

export interface EtChartObject {
  readonly Chart: EtChart;
}

export interface EtChart {
  ChartType: number;
  SetSourceData(Source: EtRange, PlotBy?: number): void;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  HasLegend: boolean;
  SeriesCollection(Index: number): { Name: string; XValues: EtRange | unknown };
}

export interface EtWorksheet {
  Name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  /** "A1:C3", or several areas "A1:B2,D5" (one range of many areas). */
  Range(address: string): EtRange;
  readonly Cells: { Item(row: number, column: number): EtRange };
  Activate(): void;
  ChartObjects(): { Add(Left: number, Top: number, Width: number, Height: number): EtChartObject };
  readonly PageSetup: { Orientation: number };
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based. */
  Item(index: number | string): EtWorksheet;
  /** Adds after the given sheet (as VBA's Sheets.Add(After:=…)). */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
  /** Copies every sheet into a new workbook, which becomes the active one. */
  Copy(): void;
}

export interface EtDocumentProperty {
  readonly Name: string;
  Value: string | number | boolean;
  Delete(): void;
}

export interface EtDocumentProperties {
  readonly Count: number;
  /** By name; throws when there is none. 1-based by number. */
  Item(index: string | number): EtDocumentProperty;
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: EtSheets;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
  /** "12.1.0.20540"-style build text (Application.Build is a number in the declarations). */
  readonly Build: number | string;
  readonly Version: string;
}

/** The constants used, as et-jsapi-declare's enums give them. */
export const XL = {
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  /** XlBordersIndex. */
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  /** XlLineStyle. */
  continuous: 1,
  lineStyleNone: -4142,
  /** XlBorderWeight (lib.kso.d.ts). */
  hairline: 1,
  thin: 2,
  medium: -4138,
  thick: 4,
  /** XlPattern / XlColorIndex: "none" is -4142 for both. */
  patternSolid: 1,
  patternNone: -4142,
  colorIndexNone: -4142,
  /** XlHAlign / XlVAlign. */
  hGeneral: 1,
  hLeft: -4131,
  hCenter: -4108,
  hRight: -4152,
  hFill: 5,
  hJustify: -4130,
  hCenterAcrossSelection: 7,
  hDistributed: -4117,
  vTop: -4160,
  vCenter: -4108,
  vBottom: -4107,
  vJustify: -4130,
  vDistributed: -4117,
  underlineSingle: 2,
  underlineNone: -4142,
  /** XlChartType.xlColumnClustered, XlRowCol.xlColumns, XlPageOrientation.xlLandscape. */
  columnClustered: 51,
  byColumns: 2,
  landscape: 2,
  /** MsoDocProperties.msoPropertyTypeString. */
  propertyTypeString: 4,
} as const;

/** XlBordersIndex of the four edges a mark or a style draws. */
export const EDGES = { top: XL.edgeTop, bottom: XL.edgeBottom, left: XL.edgeLeft, right: XL.edgeRight } as const;
export type Edge = keyof typeof EDGES;
export const EDGE_NAMES: readonly Edge[] = ["top", "bottom", "left", "right"];
