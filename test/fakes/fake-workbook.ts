/**
 * The in-memory workbook behind the Excel fake: sheets of cells with values, formulas, number
 * formats, fills and borders, merges, charts, and a log of what was done to it. It applies
 * Excel's rules that matter to the gateway: writing parses input like typing does, a merge
 * keeps only its top-left value, sheet names follow Excel's rules, sheets cannot be deleted or
 * renamed here (the gateway must never do it), and every context.sync() is counted with the
 * bytes it carried.
 *
 * Fills and borders are stored as Excel applies them; excel-fake.ts reports them the way
 * Office.js does (No Fill as #FFFFFF with null pattern and tintAndShade).
 */
import { a1, columnLetters, quoteSheet } from "../../src/core/grid/address";
import type { CellRange, CellValue, WorkbookGrids } from "../../src/core/grid/grid";
import type { SyncPayload } from "./payload";

/**
 * The eight sides Excel.CellBorderCollection has (@types/office-js; getCellProperties returns
 * all eight, https://github.com/OfficeDev/office-js/issues/2349).
 */
export type Side = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp" | "horizontal" | "vertical";
export const SIDES: readonly Side[] = ["top", "bottom", "left", "right", "diagonalDown", "diagonalUp", "horizontal", "vertical"];

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}
export interface FakeBorder {
  color: string;
  style: string;
  weight: string;
  tintAndShade: number;
}
export interface FakeFormat {
  fill: FakeFill;
  borders: Record<Side, FakeBorder>;
  font: Excel.CellPropertiesFont;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  format: FakeFormat;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  seriesName?: string;
  xAxisValues?: string;
  position?: string;
}

export const noFill = (): FakeFill => ({
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
});
export const noBorder = (): FakeBorder => ({ color: "#000000", style: "None", weight: "Thin", tintAndShade: 0 });
export const defaultFormat = (): FakeFormat => ({
  fill: noFill(),
  borders: Object.fromEntries(SIDES.map((s) => [s, noBorder()])) as Record<Side, FakeBorder>,
  font: { name: "Calibri", size: 11, bold: false, italic: false, color: "#000000" },
});

/** Fill and borders of every cell of the sheet's used area and one beyond (the default look where never set). */
export function looks(ws: FakeSheet): string[] {
  const used = ws.usedRange(false)!;
  const out: string[] = [];
  for (let r = 0; r <= used.bottom + 1; r++) {
    for (let c = 0; c <= used.right + 1; c++) {
      const f = ws.cell(r, c)?.format ?? defaultFormat();
      out.push(JSON.stringify({ fill: f.fill, borders: f.borders }));
    }
  }
  return out;
}

/** An error with an Office error code, as OfficeExtension.Error has. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FakeOfficeError";
  }
}

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  /** A sheet Excel will not read (every range load fails), to prove one bad sheet sinks only itself. */
  failReads = false;
  /**
   * Test controls, not documented Excel behaviour: a cell ("B1500") whose contents Excel will not
   * give. Loading values, formulas, numberFormat, valueTypes or text of a range holding it fails
   * with GeneralException (Excel's code for an internal error), while the used range's position
   * still loads: the sheet fails only when its contents are read.
   */
  failContentsAt?: string;
  /** The same for getMergedAreasOrNullObject over a range holding this cell. */
  failMergedAreasAt?: string;
  readonly cells = new Map<string, FakeCell>();
  readonly merges: CellRange[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  orientation?: string;

  constructor(readonly name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  /** The cell, created empty if need be (for writes). */
  touch(row: number, col: number): FakeCell {
    const key = `${row}:${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: "General", format: defaultFormat() };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** "B4" → the cell there. */
  at(address: string): FakeCell | undefined {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return this.cell(Number(m[2]) - 1, col - 1);
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Bounding rectangle of cells with a value or formula (valuesOnly) or anything at all. */
  usedRange(valuesOnly: boolean): CellRange | undefined {
    let r: CellRange | undefined;
    for (const [key, cell] of this.cells) {
      const has = cell.value !== null || cell.formula !== undefined;
      if (!has && (valuesOnly || !hasLook(cell))) continue;
      const [row, col] = key.split(":").map(Number);
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /** Excel's A1 address: whole rows as "3:4", whole columns as "B:C" (as getEntireRow().address gives). */
  address(r: CellRange): string {
    if (r.left === 0 && r.right === 16_383) return `${quoteSheet(this.name)}!${r.top + 1}:${r.bottom + 1}`;
    if (r.top === 0 && r.bottom === 1_048_575) return `${quoteSheet(this.name)}!${columnLetters(r.left)}:${columnLetters(r.right)}`;
    const from = a1(r.top, r.left);
    const to = a1(r.bottom, r.right);
    return `${quoteSheet(this.name)}!${from === to ? from : `${from}:${to}`}`;
  }
}

function hasLook(cell: FakeCell): boolean {
  return cell.numberFormat !== "General" || JSON.stringify(cell.format) !== JSON.stringify(defaultFormat());
}

/** Computes a formula the fake knows how to calculate (JX calls); undefined leaves it alone. */
export type FormulaCalculator = (workbook: FakeWorkbook, sheet: FakeSheet, formula: string) => CellValue | undefined;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Every context.sync(), across Excel.run calls. */
  syncCount = 0;
  /** The request and response bytes of every sync, in order (see payload.ts). */
  readonly syncPayloads: SyncPayload[] = [];
  /** Bytes over which a sync fails (Excel on the web: 5 MB); undefined = no limit. */
  payloadLimit?: number;
  /** What was done besides cell writes: "activate 自评汇总", "select 评分表!H5", … */
  readonly log: string[] = [];
  /** Calculates formulas written through the API (custom-functions-fake.ts); none by default. */
  calculator?: FormulaCalculator;
  /**
   * Cells still calculating: "评分表!H5" → how many more reads show #BUSY! (custom functions
   * show #BUSY! until their call completes, docs/excel/custom-functions-troubleshooting.md).
   */
  readonly busy = new Map<string, number>();

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet or Excel's ItemNotFound. */
  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name);
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  /** A workbook holding exactly these grids (dates back to serials with their format). */
  static fromGrids(grids: WorkbookGrids): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const grid of grids.sheets) {
      const ws = wb.addSheet(grid.name);
      if (grid.hidden) ws.visibility = "Hidden";
      grid.rows.forEach((row, r) =>
        row?.forEach((g, c) => {
          if (!g) return;
          const cell = ws.touch(r, c);
          cell.value = g.isDate && typeof g.value === "string" ? isoDayToSerial(g.value) : g.value;
          if (g.formula) cell.formula = g.formula;
          cell.numberFormat = g.numFmt ?? (g.isDate ? "yyyy-mm-dd" : "General");
        }),
      );
      ws.merges.push(...grid.merges);
    }
    return wb;
  }
}

/**
 * Excel's sheet-name rules (support.microsoft.com, "Rename a worksheet"): not blank, at most 31
 * characters, none of / \\ ? * : [ ], no apostrophe at either end, not "History".
 * worksheets.add answers InvalidArgument.
 */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[/\\?*:[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: sheet name ${JSON.stringify(name)}`);
  }
}

export function isoDayToSerial(iso: string): number {
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days < 61 ? days - 1 : days;
}
