/**
 * A fake of the WPS 表格 (ET) object model as the WPS gateway uses it, over the same in-memory
 * workbook as the Excel fake (fake-workbook.ts), so one test can build the same workbook for
 * both gateways and compare what each leaves behind. Every property read or write and every
 * method call is counted (`calls`): the ET API is synchronous and has no batching, so its cost
 * is the number of calls into WPS.
 *
 * Each behaviour names the page it follows. ET's reference (https://airsheet.wps.cn/docs/apiV2/
 * excel/workbook/…, "apiV2" below) mirrors Microsoft's VBA reference for Excel
 * (https://learn.microsoft.com/office/vba/api/…, "vba" below); Kingsoft's declarations of the
 * JS API (npm et-jsapi-declare 2.5.0) give the enum values.
 * - Value2 (apiV2 Range/属性/Value2 属性; vba excel.range.value: "a 2-dimensional array" for a
 *   multi-cell range): one cell gives its value, several cells rows of columns of the range's
 *   first area. Dates are serial numbers (Value2 does not use the Date type). A blank cell is
 *   VBA's Empty, which reaches JavaScript as undefined (`blank` option: null, to test both).
 * - Error cells: vba "Cell error values" (excel/concepts/cells-and-ranges/cell-error-values)
 *   says Value2 is a CVErr value; how it reaches JavaScript is not documented, so the fake
 *   gives the error text ("#DIV/0!", option errors: "text") or the COM scode (errors: "scode").
 * - Formula (apiV2 Range/属性/Formula 属性): "=…" for a formula, the constant as text otherwise,
 *   "" for a blank.
 * - NumberFormat (apiV2 CellFormat/属性/NumberFormat 属性; vba excel.range.numberformat): one
 *   format for the whole range, null when the cells differ. Setting it takes one format.
 * - Writing Value2/Formula parses like typing: "'…" is text, "=…" a formula, "12" a number;
 *   an array must match the range, and an empty element empties its cell (vba excel.range.value).
 * - Indexes are 1-based: Sheets.Item(1), Cells.Item(row, column), Borders.Item(xlEdgeTop).
 * - MergeCells (vba excel.range.mergecells): true when every cell is merged, false when none,
 *   null when some are. MergeArea (apiV2 Range/属性/MergeArea 属性) applies to one cell only and
 *   is the cell itself when it is not merged. Merge keeps only the top-left value (vba
 *   excel.range.merge).
 * - Interior (vba excel.interior(object), excel.interior.colorindex, excel.interior.pattern):
 *   Color is a BGR number (RGB(r, g, b) = r + 256·g + 65536·b); a cell with No Fill reads Color
 *   16777215 (white), ColorIndex xlColorIndexNone (-4142) and Pattern xlPatternNone (-4142);
 *   setting Color makes a solid fill; setting Pattern or ColorIndex to -4142 removes the fill.
 *   A property of a range whose cells differ reads null (apiV2 DisplayFormat/属性/Interior 属性
 *   compares ColorIndex of E1:E5 with xlColorIndexNone).
 * - Borders.Item(edge) (vba excel.border(object)): LineStyle xlContinuous (1) or
 *   xlLineStyleNone (-4142), Weight xlThin (2) / xlMedium (-4138), Color BGR.
 * - Range("A1:B2,D5") takes several areas in one address of at most 255 characters (VBA's
 *   limit for the Range property's argument; longer addresses fail here).
 * - Worksheet.ProtectContents (vba excel.worksheet.protectcontents): a protected sheet refuses
 *   every change of its cells. Visible is XlSheetVisibility (-1, 0, 2); a hidden sheet cannot
 *   be activated.
 * - CustomDocumentProperties (vba office.documentproperty: "Properties of type
 *   msoPropertyTypeString are limited in length to 255 characters"): Item(name) fails for a
 *   name that does not exist.
 * - Sheets.Copy() with no argument copies every sheet into a new workbook, which becomes the
 *   active one (vba excel.sheets.copy).
 * - Application.PluginStorage (et-jsapi-declare 2.5.0 index.d.ts, interface PluginStorage:
 *   `setItem(key, value: number | boolean | string)`, `getItem(key): string`), shared by every
 *   page of one add-in: the fake keeps what is stored as text, so a task pane's numeric ID comes
 *   back as "3" (wpsjs 2.2.3's template packages/@wps-jsapi/et/js/ribbon.js tests the id only
 *   for truthiness). A key never set reads "" (the declared type is string; what WPS returns is
 *   not documented, and "" and undefined are both falsy).
 * - Application.CreateTaskPane(url, title) returns a CustomTaskpane whose ID is a number;
 *   GetTaskPane(id: number) (same file) returns it again; the fake refuses an id that is not a
 *   number or names no pane, so a caller must convert the stored text.
 * - wps.AddCustomFunction(namespace, name, function) registers a custom function
 *   (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html;
 *   the wpsjs 2.2.3 build plugin emits exactly these calls).
 * Renaming or deleting a user's sheet throws: the gateway must never do it.
 */
import { a1, columnIndex, quoteSheet } from "../../src/core/grid/address";
import type { CellRange, CellValue } from "../../src/core/grid/grid";
import { FakeSheet, FakeWorkbook, noBorder, noFill, type FakeBorder, type FakeCell, type FakeChart, type FakeFill, type FormulaCalculator } from "./fake-workbook";

export interface EtFakeOptions {
  /** Application.Build (default a build with custom functions, 12.1.0.20540). */
  readonly build?: string;
  /** Whether wps.AddCustomFunction exists (WPS 12.1.0.20540 and later). */
  readonly customFunctions?: boolean;
  /** How an error cell's Value2 reaches JavaScript (not documented; both are tested). */
  readonly errors?: "text" | "scode";
  /** How a blank cell's Value2 reaches JavaScript (VBA's Empty: undefined). */
  readonly blank?: "undefined" | "null";
}

/** COM scodes of Excel's error values (CVErr(xlErrDiv0) and so on, vba cell-error-values). */
export const ERROR_SCODES: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

/** The longest address Range() accepts here. */
export const RANGE_ADDRESS_LIMIT = 255;
/** The longest text a custom document property holds. */
export const PROPERTY_TEXT_LIMIT = 255;

export const xl = {
  none: -4142,
  solid: 1,
  continuous: 1,
  thin: 2,
  medium: -4138,
  thick: 4,
  hairline: 1,
  visible: -1,
  hidden: 0,
  veryHidden: 2,
} as const;

const PATTERNS: Record<string, number> = { None: -4142, Solid: 1, Gray25: -4124, Gray50: -4125, Gray75: -4126, Gray16: 17, Gray8: 18 };
const LINE_STYLES: Record<string, number> = { None: -4142, Continuous: 1, Dash: -4115, Dot: -4118, Double: -4119, DashDot: 4, DashDotDot: 5, SlantDashDot: 13 };
const WEIGHTS: Record<string, number> = { Hairline: 1, Thin: 2, Medium: -4138, Thick: 4 };
const H_ALIGN: Record<string, number> = { General: 1, Left: -4131, Center: -4108, Right: -4152, Fill: 5, Justify: -4130, CenterAcrossSelection: 7, Distributed: -4117 };
const V_ALIGN: Record<string, number> = { Top: -4160, Center: -4108, Bottom: -4107, Justify: -4130, Distributed: -4117 };
const EDGES: Record<number, "top" | "bottom" | "left" | "right"> = { 8: "top", 9: "bottom", 7: "left", 10: "right" };
const CHART_TYPES: Record<number, string> = { 51: "ColumnClustered" };

const keyOf = <T extends Record<string, number>>(table: T, n: unknown): string | undefined => Object.keys(table).find((k) => table[k] === n);

/** "#RRGGBB" → BGR number; and back. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}
export function hexOf(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

/** Default sizes for Left/Top: Excel's 8.43-character column (48 pt) and 15-point row. */
const DEFAULT_COLUMN_CHARS = 8.43;
const DEFAULT_ROW_POINTS = 15;
const columnPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

export class EtFake {
  /** Every call into the object model (property read or write, method call). */
  calls = 0;
  readonly callsByName = new Map<string, number>();
  /** What was done besides cell writes: "activate 自评汇总", "select 评分表!H5", … */
  readonly log: string[] = [];
  /** Workbooks open in WPS; the last one made by Sheets.Copy() is active. */
  readonly workbooks: FakeWorkbook[];
  active: FakeWorkbook;
  /** Custom document properties per workbook. */
  readonly properties = new Map<FakeWorkbook, Map<string, string>>();
  /** Column widths set through ET (characters), per sheet name and column. */
  readonly columnChars = new Map<string, Map<number, number>>();
  readonly hiddenColumns = new Map<string, Set<number>>();
  /** Functions registered with wps.AddCustomFunction: "JX.EXECUTION_RATE" → function. */
  readonly customFunctions = new Map<string, (...args: unknown[]) => unknown>();
  /** Application.PluginStorage: what the add-in's pages stored, as text. */
  readonly pluginStorage = new Map<string, string>();
  /** Task panes made by CreateTaskPane, in order (ID = index + 1). */
  readonly taskPanes: FakeTaskPane[] = [];
  /** Calculates formulas written through the API (wps-functions-fake.ts); none by default. */
  calculator?: FormulaCalculator;
  screenUpdating = true;
  splitRow = 0;
  activeSheet?: FakeSheet;
  private readonly created = new Set<FakeSheet>();
  readonly application: FakeApplication;
  /** `window.wps` (the same object as Application inside WPS, with AddCustomFunction). */
  readonly wps: FakeApplication & { AddCustomFunction?: (ns: string, name: string, fn: (...args: unknown[]) => unknown) => void };

  constructor(
    model: FakeWorkbook,
    readonly options: EtFakeOptions = {},
  ) {
    this.workbooks = [model];
    this.active = model;
    this.activeSheet = model.sheets.find((s) => s.visibility === "Visible");
    this.application = new FakeApplication(this);
    this.wps = this.application as EtFake["wps"];
    if (options.customFunctions ?? true) {
      this.wps.AddCustomFunction = (ns, name, fn) => {
        this.hit("AddCustomFunction");
        this.customFunctions.set(`${ns}.${name}`.toUpperCase(), fn);
      };
    }
  }

  hit(name: string): void {
    this.calls++;
    this.callsByName.set(name, (this.callsByName.get(name) ?? 0) + 1);
  }

  propertiesOf(wb: FakeWorkbook): Map<string, string> {
    let p = this.properties.get(wb);
    if (!p) this.properties.set(wb, (p = new Map()));
    return p;
  }

  isCreated(sheet: FakeSheet): boolean {
    return this.created.has(sheet);
  }
  markCreated(sheet: FakeSheet): void {
    this.created.add(sheet);
  }

  /** Writes typed input into a cell, as typing it would (and calculates JX formulas). */
  typeInto(wb: FakeWorkbook, sheet: FakeSheet, row: number, col: number, input: unknown): void {
    const m = sheet.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) throw new Error(`fake ET: cannot write into ${a1(row, col)}, covered by a merge`);
    if (input === null || input === undefined || input === "") {
      const cell = sheet.cell(row, col);
      if (cell) Object.assign(cell, { value: null, formula: undefined });
      return;
    }
    const cell = sheet.touch(row, col);
    cell.formula = undefined;
    if (typeof input === "number" || typeof input === "boolean") cell.value = input;
    else if (typeof input !== "string") throw new Error(`fake ET: cannot write ${typeof input}`);
    else if (input.startsWith("'")) cell.value = input.slice(1);
    else if (input.startsWith("=") && input.length > 1) {
      for (const s of input.matchAll(/"((?:[^"]|"")*)"/g)) {
        if (s[1].replace(/""/g, '"').length > 255) throw new Error("fake ET: text values in formulas are limited to 255 characters");
      }
      cell.formula = input.slice(1);
      cell.value = this.calculator?.(wb, sheet, cell.formula) ?? null;
    } else if (/^[+-]?(\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(input)) cell.value = Number(input);
    else if (/^-?\d+(\.\d+)?%$/.test(input)) cell.value = Number(input.slice(0, -1)) / 100;
    else if (/^(TRUE|FALSE)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
    else cell.value = input;
  }

  /** Left and top of a cell in points, from the widths and heights set so far. */
  cellOrigin(sheet: FakeSheet, row: number, col: number): { left: number; top: number } {
    const widths = this.columnChars.get(sheet.name);
    let left = 0;
    for (let c = 0; c < col; c++) left += columnPoints(widths?.get(c) ?? DEFAULT_COLUMN_CHARS);
    let top = 0;
    for (let r = 0; r < row; r++) top += sheet.rowHeights.get(r) ?? DEFAULT_ROW_POINTS;
    return { left, top };
  }

  cellAt(sheet: FakeSheet, left: number, top: number): string {
    let col = 0;
    while (this.cellOrigin(sheet, 0, col + 1).left <= left + 0.01) col++;
    let row = 0;
    while (this.cellOrigin(sheet, row + 1, 0).top <= top + 0.01) row++;
    return a1(row, col);
  }
}

export interface FakeTaskPane {
  readonly ID: number;
  readonly url: string;
  readonly title?: string;
  Visible: boolean;
}

class FakeApplication {
  constructor(private readonly fake: EtFake) {}
  get ActiveWorkbook(): FakeWorkbookProxy {
    this.fake.hit("Application.ActiveWorkbook");
    return new FakeWorkbookProxy(this.fake, this.fake.active);
  }
  get ActiveWindow(): FakeWindow {
    this.fake.hit("Application.ActiveWindow");
    return new FakeWindow(this.fake);
  }
  get ScreenUpdating(): boolean {
    this.fake.hit("Application.ScreenUpdating");
    return this.fake.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.fake.hit("Application.ScreenUpdating=");
    this.fake.screenUpdating = v;
  }
  get PluginStorage(): { getItem(key: string): string; setItem(key: string, value: number | boolean | string): void } {
    this.fake.hit("Application.PluginStorage");
    const store = this.fake.pluginStorage;
    return {
      getItem: (key) => store.get(key) ?? "",
      setItem: (key, value) => void store.set(key, String(value)),
    };
  }
  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    this.fake.hit("Application.CreateTaskPane");
    const pane: FakeTaskPane = { ID: this.fake.taskPanes.length + 1, url, title, Visible: false };
    this.fake.taskPanes.push(pane);
    return pane;
  }
  GetTaskPane(id: number): FakeTaskPane {
    this.fake.hit("Application.GetTaskPane");
    const pane = typeof id === "number" ? this.fake.taskPanes[id - 1] : undefined;
    if (!pane) throw new Error(`fake ET: GetTaskPane(${JSON.stringify(id)}) names no task pane (the id is a number)`);
    return pane;
  }
  get Build(): string {
    this.fake.hit("Application.Build");
    return this.fake.options.build ?? "12.1.0.20540";
  }
  get Version(): string {
    this.fake.hit("Application.Version");
    return (this.fake.options.build ?? "12.1.0.20540").split(".").slice(0, 2).join(".");
  }
}

class FakeWindow {
  constructor(private readonly fake: EtFake) {}
  get SplitRow(): number {
    this.fake.hit("Window.SplitRow");
    return this.fake.splitRow;
  }
  set SplitRow(v: number) {
    this.fake.hit("Window.SplitRow=");
    this.fake.splitRow = v;
  }
  set SplitColumn(_: number) {
    this.fake.hit("Window.SplitColumn=");
  }
  set FreezePanes(v: boolean) {
    this.fake.hit("Window.FreezePanes=");
    const sheet = this.fake.activeSheet;
    if (sheet && v) sheet.frozenRows = this.fake.splitRow;
  }
}

class FakeWorkbookProxy {
  constructor(
    private readonly fake: EtFake,
    readonly model: FakeWorkbook,
  ) {}
  get Name(): string {
    this.fake.hit("Workbook.Name");
    return "工作簿1.xlsx";
  }
  get Sheets(): FakeSheets {
    this.fake.hit("Workbook.Sheets");
    return new FakeSheets(this.fake, this.model);
  }
  get CustomDocumentProperties(): FakeProperties {
    this.fake.hit("Workbook.CustomDocumentProperties");
    return new FakeProperties(this.fake, this.fake.propertiesOf(this.model));
  }
}

class FakeProperties {
  constructor(
    private readonly fake: EtFake,
    private readonly store: Map<string, string>,
  ) {}
  get Count(): number {
    this.fake.hit("DocumentProperties.Count");
    return this.store.size;
  }
  Item(index: string | number): { Name: string; Value: string; Delete(): void } {
    this.fake.hit("DocumentProperties.Item");
    const name = typeof index === "number" ? [...this.store.keys()][index - 1] : index;
    if (name === undefined || !this.store.has(name)) throw new Error(`fake ET: no document property ${String(index)}`);
    const store = this.store;
    const fake = this.fake;
    return {
      get Name() {
        fake.hit("DocumentProperty.Name");
        return name;
      },
      get Value() {
        fake.hit("DocumentProperty.Value");
        return store.get(name)!;
      },
      set Value(v: string) {
        fake.hit("DocumentProperty.Value=");
        if (String(v).length > PROPERTY_TEXT_LIMIT) throw new Error("fake ET: a text property holds at most 255 characters");
        store.set(name, String(v));
      },
      Delete() {
        fake.hit("DocumentProperty.Delete");
        store.delete(name);
      },
    };
  }
  Add(name: string, _link: boolean, type: number, value: string): unknown {
    this.fake.hit("DocumentProperties.Add");
    if (this.store.has(name)) throw new Error(`fake ET: the document property ${name} exists`);
    if (type !== 4) throw new Error("fake ET: only text properties (msoPropertyTypeString) are used");
    if (String(value).length > PROPERTY_TEXT_LIMIT) throw new Error("fake ET: a text property holds at most 255 characters");
    this.store.set(name, String(value));
    return {};
  }
}

class FakeSheets {
  constructor(
    private readonly fake: EtFake,
    private readonly model: FakeWorkbook,
  ) {}
  get Count(): number {
    this.fake.hit("Sheets.Count");
    return this.model.sheets.length;
  }
  Item(index: number | string): FakeWorksheetProxy {
    this.fake.hit("Sheets.Item");
    const sheet = typeof index === "number" ? this.model.sheets[index - 1] : this.model.sheet(index);
    if (!sheet) throw new Error(`fake ET: no sheet ${String(index)} (indexes are 1-based)`);
    return new FakeWorksheetProxy(this.fake, this.model, sheet);
  }
  Add(before?: FakeWorksheetProxy, after?: FakeWorksheetProxy): FakeWorksheetProxy {
    this.fake.hit("Sheets.Add");
    let n = this.model.sheets.length + 1;
    while (this.model.sheet(`Sheet${n}`)) n++;
    const sheet = new FakeSheet(`Sheet${n}`);
    const anchor = after ?? before;
    const at = anchor ? this.model.sheets.indexOf(anchor.sheet) + (after ? 1 : 0) : this.model.sheets.indexOf(this.fake.activeSheet!);
    this.model.sheets.splice(Math.max(0, at), 0, sheet);
    this.fake.markCreated(sheet);
    this.fake.activeSheet = sheet;
    this.fake.log.push(`add ${sheet.name}`);
    return new FakeWorksheetProxy(this.fake, this.model, sheet);
  }
  Copy(): void {
    this.fake.hit("Sheets.Copy");
    const copy = new FakeWorkbook();
    for (const s of this.model.sheets) {
      const t = copy.addSheet(s.name);
      t.visibility = s.visibility;
      for (const [k, c] of s.cells) t.cells.set(k, JSON.parse(JSON.stringify(c)) as FakeCell);
      t.merges.push(...s.merges);
      t.charts.push(...s.charts.map((c) => ({ ...c })));
    }
    this.fake.workbooks.push(copy);
    this.fake.active = copy;
    this.fake.activeSheet = copy.sheets[0];
    this.fake.log.push("copy workbook");
  }
}

class FakeWorksheetProxy {
  constructor(
    private readonly fake: EtFake,
    private readonly wb: FakeWorkbook,
    readonly sheet: FakeSheet,
  ) {}
  get Name(): string {
    this.fake.hit("Worksheet.Name");
    return this.sheet.name;
  }
  set Name(name: string) {
    this.fake.hit("Worksheet.Name=");
    if (!this.fake.isCreated(this.sheet)) throw new Error("fake ET: renaming a user's sheet; the gateway must never do it");
    if (this.wb.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`fake ET: a sheet named ${name} exists`);
    if (name.length === 0 || name.length > 31 || /[/\\?*:[\]]/.test(name)) throw new Error(`fake ET: bad sheet name ${name}`);
    (this.sheet as { name: string }).name = name;
  }
  get Visible(): number {
    this.fake.hit("Worksheet.Visible");
    return this.sheet.visibility === "Visible" ? xl.visible : this.sheet.visibility === "Hidden" ? xl.hidden : xl.veryHidden;
  }
  get ProtectContents(): boolean {
    this.fake.hit("Worksheet.ProtectContents");
    return this.sheet.protected;
  }
  get UsedRange(): FakeRangeProxy {
    this.fake.hit("Worksheet.UsedRange");
    const used = this.sheet.usedRange(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeRangeProxy(this.fake, this.wb, this.sheet, [used]);
  }
  Range(address: string): FakeRangeProxy {
    this.fake.hit("Worksheet.Range");
    if (address.length > RANGE_ADDRESS_LIMIT) throw new Error(`fake ET: Range() address of ${address.length} characters (at most ${RANGE_ADDRESS_LIMIT})`);
    return new FakeRangeProxy(this.fake, this.wb, this.sheet, parseAddress(address));
  }
  get Cells(): { Item(row: number, column: number): FakeRangeProxy } {
    this.fake.hit("Worksheet.Cells");
    return {
      Item: (row, column) => {
        this.fake.hit("Cells.Item");
        if (row < 1 || column < 1) throw new Error("fake ET: Cells.Item is 1-based");
        return new FakeRangeProxy(this.fake, this.wb, this.sheet, [{ top: row - 1, left: column - 1, bottom: row - 1, right: column - 1 }]);
      },
    };
  }
  Activate(): void {
    this.fake.hit("Worksheet.Activate");
    if (this.sheet.visibility !== "Visible") throw new Error(`fake ET: cannot activate the hidden sheet ${this.sheet.name}`);
    this.fake.activeSheet = this.sheet;
    this.fake.log.push(`activate ${this.sheet.name}`);
  }
  Delete(): void {
    throw new Error("fake ET: deleting a sheet; the gateway must never do it");
  }
  ChartObjects(): { Add(left: number, top: number, width: number, height: number): { Chart: FakeChartProxy } } {
    this.fake.hit("Worksheet.ChartObjects");
    return {
      Add: (left, top, width, height) => {
        this.fake.hit("ChartObjects.Add");
        if (this.sheet.protected) throw new Error("fake ET: the sheet is protected");
        // Recorded as the cells it covers, as the Excel fake records setPosition(start, end).
        const position = `${this.fake.cellAt(this.sheet, left, top)}:${this.fake.cellAt(this.sheet, left + width - 0.5, top + height - 0.5)}`;
        const chart: FakeChart = { type: "", source: "", seriesBy: "", position };
        this.sheet.charts.push(chart);
        const fake = this.fake;
        const proxy = new FakeChartProxy(fake, this.sheet, chart);
        return {
          get Chart() {
            fake.hit("ChartObject.Chart");
            return proxy;
          },
        };
      },
    };
  }
  get PageSetup(): { Orientation: number } {
    this.fake.hit("Worksheet.PageSetup");
    const fake = this.fake;
    const sheet = this.sheet;
    return {
      get Orientation() {
        fake.hit("PageSetup.Orientation");
        return sheet.orientation === "Landscape" ? 2 : 1;
      },
      set Orientation(v: number) {
        fake.hit("PageSetup.Orientation=");
        sheet.orientation = v === 2 ? "Landscape" : "Portrait";
      },
    };
  }
}

class FakeChartProxy {
  constructor(
    private readonly fake: EtFake,
    private readonly sheet: FakeSheet,
    private readonly chart: FakeChart,
  ) {}
  set ChartType(v: number) {
    this.fake.hit("Chart.ChartType=");
    this.chart.type = CHART_TYPES[v] ?? String(v);
  }
  SetSourceData(source: FakeRangeProxy, plotBy?: number): void {
    this.fake.hit("Chart.SetSourceData");
    this.chart.source = source.describe();
    this.chart.seriesBy = plotBy === 2 ? "Columns" : "Rows";
  }
  set HasTitle(_: boolean) {
    this.fake.hit("Chart.HasTitle=");
  }
  get ChartTitle(): { Text: string } {
    this.fake.hit("Chart.ChartTitle");
    const fake = this.fake;
    const chart = this.chart;
    return {
      get Text() {
        return chart.title ?? "";
      },
      set Text(v: string) {
        fake.hit("ChartTitle.Text=");
        chart.title = v;
      },
    };
  }
  set HasLegend(v: boolean) {
    this.fake.hit("Chart.HasLegend=");
    this.chart.legendVisible = v;
  }
  SeriesCollection(index: number): { Name: string; XValues: unknown } {
    this.fake.hit("Chart.SeriesCollection");
    if (index !== 1) throw new Error("fake ET: only the first series (1-based) exists");
    const fake = this.fake;
    const chart = this.chart;
    return {
      get Name() {
        return chart.seriesName ?? "";
      },
      set Name(v: string) {
        fake.hit("Series.Name=");
        chart.seriesName = v;
      },
      get XValues() {
        return chart.xAxisValues;
      },
      set XValues(v: unknown) {
        fake.hit("Series.XValues=");
        chart.xAxisValues = (v as FakeRangeProxy).describe();
      },
    };
  }
}

/** "A1:B2,$D$5, 3:4" → areas (whole rows and columns are cut to Excel's sheet size). */
function parseAddress(address: string): CellRange[] {
  return address
    .split(",")
    .map((p) => p.trim().replace(/\$/g, ""))
    .filter((p) => p.length > 0)
    .map((p) => {
      const [from, to = from] = p.slice(p.lastIndexOf("!") + 1).split(":");
      const cell = (s: string) => {
        const m = /^([A-Za-z]{1,3})(\d+)$/.exec(s);
        if (!m) throw new Error(`fake ET: bad address ${address}`);
        return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
      };
      const a = cell(from);
      const b = cell(to);
      return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
    });
}

function forEachCell(areas: readonly CellRange[], f: (row: number, col: number) => void): void {
  for (const r of areas) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

/** One value if every cell gives the same, else null. */
function common<T>(areas: readonly CellRange[], f: (row: number, col: number) => T): T | null {
  let first = true;
  let out: T | null = null;
  let mixed = false;
  forEachCell(areas, (row, col) => {
    if (mixed) return;
    const v = f(row, col);
    if (first) {
      out = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(out)) mixed = true;
  });
  return mixed ? null : out;
}

export class FakeRangeProxy {
  constructor(
    private readonly fake: EtFake,
    private readonly wb: FakeWorkbook,
    private readonly sheet: FakeSheet,
    readonly areas: readonly CellRange[],
  ) {}

  /** The address as the fake's chart records it ("自评汇总!B3:B6"). */
  describe(): string {
    return this.sheet.address(this.areas[0]);
  }

  private get first(): CellRange {
    return this.areas[0];
  }

  private isOneCell(): boolean {
    const r = this.first;
    return this.areas.length === 1 && r.top === r.bottom && r.left === r.right;
  }

  private writable(): void {
    if (this.sheet.protected) throw new Error(`fake ET: the sheet ${this.sheet.name} is protected`);
  }

  private cellValue(row: number, col: number): unknown {
    const v = this.sheet.cell(row, col)?.value ?? null;
    if (v === null) return this.fake.options.blank === "null" ? null : undefined;
    if (typeof v === "object") return this.fake.options.errors === "scode" ? ERROR_SCODES[v.error] ?? -2146826273 : v.error;
    return v;
  }

  private grid(f: (row: number, col: number) => unknown): unknown {
    const r = this.first;
    if (this.isOneCell()) return f(r.top, r.left);
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
      out.push(line);
    }
    return out;
  }

  private writeGrid(input: unknown): void {
    this.writable();
    if (!Array.isArray(input)) {
      forEachCell(this.areas, (row, col) => this.fake.typeInto(this.wb, this.sheet, row, col, input));
      return;
    }
    const r = this.first;
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (this.areas.length > 1 || input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new Error(`fake ET: a ${input.length}-row array for a ${rows}×${cols} range`);
    }
    input.forEach((line: unknown[], i) => line.forEach((v, j) => this.fake.typeInto(this.wb, this.sheet, r.top + i, r.left + j, v)));
  }

  get Value2(): unknown {
    this.fake.hit("Range.Value2");
    return this.grid((row, col) => this.cellValue(row, col));
  }
  set Value2(v: unknown) {
    this.fake.hit("Range.Value2=");
    this.writeGrid(v);
  }
  get Formula(): unknown {
    this.fake.hit("Range.Formula");
    return this.grid((row, col) => {
      const cell = this.sheet.cell(row, col);
      if (cell?.formula !== undefined) return `=${cell.formula}`;
      const v = cell?.value ?? null;
      if (v === null) return "";
      if (typeof v === "object") return v.error;
      if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
      return String(v);
    });
  }
  set Formula(v: unknown) {
    this.fake.hit("Range.Formula=");
    this.writeGrid(v);
  }
  get NumberFormat(): string | null {
    this.fake.hit("Range.NumberFormat");
    return common(this.areas, (row, col) => this.sheet.cell(row, col)?.numberFormat ?? "General");
  }
  set NumberFormat(v: unknown) {
    this.fake.hit("Range.NumberFormat=");
    if (typeof v !== "string") throw new Error("fake ET: NumberFormat takes one format for the range");
    this.writable();
    forEachCell(this.areas, (row, col) => (this.sheet.touch(row, col).numberFormat = v === "" ? "General" : v));
  }
  get Row(): number {
    this.fake.hit("Range.Row");
    return this.first.top + 1;
  }
  get Column(): number {
    this.fake.hit("Range.Column");
    return this.first.left + 1;
  }
  get Rows(): { Count: number } {
    this.fake.hit("Range.Rows");
    return { Count: this.first.bottom - this.first.top + 1 };
  }
  get Columns(): { Count: number } {
    this.fake.hit("Range.Columns");
    return { Count: this.first.right - this.first.left + 1 };
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.fake.hit("Range.Address");
    const abs = rowAbsolute || columnAbsolute;
    return this.areas
      .map((r) => {
        const one = (row: number, col: number) => (abs ? a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2") : a1(row, col));
        const from = one(r.top, r.left);
        return r.top === r.bottom && r.left === r.right ? from : `${from}:${one(r.bottom, r.right)}`;
      })
      .join(",");
  }
  get MergeCells(): boolean | null {
    this.fake.hit("Range.MergeCells");
    return common(this.areas, (row, col) => this.sheet.mergeAt(row, col) !== undefined);
  }
  get MergeArea(): FakeRangeProxy {
    this.fake.hit("Range.MergeArea");
    if (!this.isOneCell()) throw new Error("fake ET: MergeArea applies to a single cell");
    const r = this.first;
    return new FakeRangeProxy(this.fake, this.wb, this.sheet, [this.sheet.mergeAt(r.top, r.left) ?? r]);
  }
  Merge(): void {
    this.fake.hit("Range.Merge");
    this.writable();
    for (const r of this.areas) {
      if (this.sheet.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right)) {
        throw new Error("fake ET: merge overlaps another merge");
      }
      forEachCell([r], (row, col) => {
        if ((row !== r.top || col !== r.left) && this.sheet.cell(row, col)) Object.assign(this.sheet.touch(row, col), { value: null, formula: undefined });
      });
      this.sheet.merges.push(r);
    }
  }
  get Interior(): FakeInterior {
    this.fake.hit("Range.Interior");
    return new FakeInterior(this.fake, this.sheet, this.areas, () => this.writable());
  }
  get Borders(): { Item(index: number): FakeBorderProxy } {
    this.fake.hit("Range.Borders");
    return {
      Item: (index) => {
        this.fake.hit("Borders.Item");
        const side = EDGES[index];
        if (!side) throw new Error(`fake ET: border ${index} is not an edge this fake knows`);
        return new FakeBorderProxy(this.fake, this.sheet, this.areas, side, () => this.writable());
      },
    };
  }
  get Font(): FakeFont {
    this.fake.hit("Range.Font");
    return new FakeFont(this.fake, this.sheet, this.areas, () => this.writable());
  }
  get HorizontalAlignment(): number | null {
    this.fake.hit("Range.HorizontalAlignment");
    return common(this.areas, (row, col) => H_ALIGN[this.sheet.cell(row, col)?.format.horizontalAlignment ?? "General"]);
  }
  set HorizontalAlignment(v: number | null) {
    this.fake.hit("Range.HorizontalAlignment=");
    this.writable();
    const name = keyOf(H_ALIGN, v);
    if (!name) throw new Error(`fake ET: horizontal alignment ${v}`);
    forEachCell(this.areas, (row, col) => (this.sheet.touch(row, col).format.horizontalAlignment = name));
  }
  get VerticalAlignment(): number | null {
    this.fake.hit("Range.VerticalAlignment");
    return common(this.areas, (row, col) => V_ALIGN[this.sheet.cell(row, col)?.format.verticalAlignment ?? "Bottom"]);
  }
  set VerticalAlignment(v: number | null) {
    this.fake.hit("Range.VerticalAlignment=");
    this.writable();
    const name = keyOf(V_ALIGN, v);
    if (!name) throw new Error(`fake ET: vertical alignment ${v}`);
    forEachCell(this.areas, (row, col) => (this.sheet.touch(row, col).format.verticalAlignment = name));
  }
  get WrapText(): boolean | null {
    this.fake.hit("Range.WrapText");
    return common(this.areas, (row, col) => this.sheet.cell(row, col)?.format.wrapText ?? false);
  }
  set WrapText(v: boolean | null) {
    this.fake.hit("Range.WrapText=");
    this.writable();
    forEachCell(this.areas, (row, col) => (this.sheet.touch(row, col).format.wrapText = !!v));
  }
  get ColumnWidth(): number | null {
    this.fake.hit("Range.ColumnWidth");
    const widths = this.fake.columnChars.get(this.sheet.name);
    return widths?.get(this.first.left) ?? DEFAULT_COLUMN_CHARS;
  }
  set ColumnWidth(v: number | null) {
    this.fake.hit("Range.ColumnWidth=");
    const widths = this.fake.columnChars.get(this.sheet.name) ?? new Map<number, number>();
    this.fake.columnChars.set(this.sheet.name, widths);
    for (const r of this.areas) for (let c = r.left; c <= r.right; c++) widths.set(c, v ?? DEFAULT_COLUMN_CHARS);
  }
  get RowHeight(): number | null {
    this.fake.hit("Range.RowHeight");
    return this.sheet.rowHeights.get(this.first.top) ?? DEFAULT_ROW_POINTS;
  }
  set RowHeight(v: number | null) {
    this.fake.hit("Range.RowHeight=");
    for (const r of this.areas) for (let row = r.top; row <= r.bottom; row++) this.sheet.rowHeights.set(row, v ?? DEFAULT_ROW_POINTS);
  }
  get Hidden(): boolean | null {
    this.fake.hit("Range.Hidden");
    return null;
  }
  set Hidden(v: boolean | null) {
    this.fake.hit("Range.Hidden=");
    const hidden = this.fake.hiddenColumns.get(this.sheet.name) ?? new Set<number>();
    this.fake.hiddenColumns.set(this.sheet.name, hidden);
    for (const r of this.areas) for (let c = r.left; c <= r.right; c++) if (v) hidden.add(c);
  }
  get EntireColumn(): FakeRangeProxy {
    this.fake.hit("Range.EntireColumn");
    return this;
  }
  get Left(): number {
    this.fake.hit("Range.Left");
    return this.fake.cellOrigin(this.sheet, this.first.top, this.first.left).left;
  }
  get Top(): number {
    this.fake.hit("Range.Top");
    return this.fake.cellOrigin(this.sheet, this.first.top, this.first.left).top;
  }
  Select(): void {
    this.fake.hit("Range.Select");
    if (this.fake.activeSheet !== this.sheet) throw new Error("fake ET: Select on a sheet that is not active");
    this.fake.log.push(`select ${quoteSheet(this.sheet.name)}!${this.Address(false, false)}`);
    this.fake.calls--; // the Address above was the fake's own
  }
}

class FakeInterior {
  constructor(
    private readonly fake: EtFake,
    private readonly sheet: FakeSheet,
    private readonly areas: readonly CellRange[],
    private readonly writable: () => void,
  ) {}
  private fill(row: number, col: number): FakeFill {
    return this.sheet.cell(row, col)?.format.fill ?? noFill();
  }
  private set(update: (fill: FakeFill) => FakeFill): void {
    this.writable();
    forEachCell(this.areas, (row, col) => {
      const cell = this.sheet.touch(row, col);
      cell.format.fill = update(cell.format.fill);
    });
  }
  get Color(): number | null {
    this.fake.hit("Interior.Color");
    return common(this.areas, (row, col) => {
      const f = this.fill(row, col);
      return f.pattern === "None" ? 16777215 : bgrOf(f.color);
    });
  }
  set Color(v: number | null) {
    this.fake.hit("Interior.Color=");
    this.set((f) => ({ ...f, color: hexOf(v ?? 16777215), pattern: f.pattern === "None" ? "Solid" : f.pattern }));
  }
  get ColorIndex(): number | null {
    this.fake.hit("Interior.ColorIndex");
    // Only "no fill" is modelled as an index; a colour reads as a positive palette index.
    return common(this.areas, (row, col) => (this.fill(row, col).pattern === "None" ? xl.none : 1));
  }
  set ColorIndex(v: number | null) {
    this.fake.hit("Interior.ColorIndex=");
    if (v !== xl.none) throw new Error("fake ET: only xlColorIndexNone is modelled");
    this.set(() => noFill());
  }
  get Pattern(): number | null {
    this.fake.hit("Interior.Pattern");
    return common(this.areas, (row, col) => PATTERNS[this.fill(row, col).pattern] ?? 1);
  }
  set Pattern(v: number | null) {
    this.fake.hit("Interior.Pattern=");
    const name = keyOf(PATTERNS, v);
    if (!name) throw new Error(`fake ET: pattern ${v}`);
    this.set((f) => (name === "None" ? noFill() : { ...f, pattern: name }));
  }
  get PatternColor(): number | null {
    this.fake.hit("Interior.PatternColor");
    return common(this.areas, (row, col) => bgrOf(this.fill(row, col).patternColor));
  }
  set PatternColor(v: number | null) {
    this.fake.hit("Interior.PatternColor=");
    this.set((f) => ({ ...f, patternColor: hexOf(v ?? 0) }));
  }
  get TintAndShade(): number | null {
    this.fake.hit("Interior.TintAndShade");
    return common(this.areas, (row, col) => this.fill(row, col).tintAndShade);
  }
  set TintAndShade(v: number | null) {
    this.fake.hit("Interior.TintAndShade=");
    this.set((f) => ({ ...f, tintAndShade: v ?? 0 }));
  }
}

class FakeBorderProxy {
  constructor(
    private readonly fake: EtFake,
    private readonly sheet: FakeSheet,
    private readonly areas: readonly CellRange[],
    private readonly side: "top" | "bottom" | "left" | "right",
    private readonly writable: () => void,
  ) {}
  private border(row: number, col: number): FakeBorder {
    return this.sheet.cell(row, col)?.format.borders[this.side] ?? noBorder();
  }
  private set(update: (b: FakeBorder) => FakeBorder): void {
    this.writable();
    forEachCell(this.areas, (row, col) => {
      const cell = this.sheet.touch(row, col);
      cell.format.borders[this.side] = update(cell.format.borders[this.side]);
    });
  }
  get LineStyle(): number | null {
    this.fake.hit("Border.LineStyle");
    return common(this.areas, (row, col) => LINE_STYLES[this.border(row, col).style] ?? 1);
  }
  set LineStyle(v: number | null) {
    this.fake.hit("Border.LineStyle=");
    const name = keyOf(LINE_STYLES, v);
    if (!name) throw new Error(`fake ET: line style ${v}`);
    this.set((b) => (name === "None" ? noBorder() : { ...b, style: name }));
  }
  get Weight(): number | null {
    this.fake.hit("Border.Weight");
    return common(this.areas, (row, col) => WEIGHTS[this.border(row, col).weight] ?? 2);
  }
  set Weight(v: number | null) {
    this.fake.hit("Border.Weight=");
    const name = keyOf(WEIGHTS, v);
    if (!name) throw new Error(`fake ET: border weight ${v}`);
    // Setting a weight draws the border (vba excel.border.weight).
    this.set((b) => ({ ...b, weight: name, style: b.style === "None" ? "Continuous" : b.style }));
  }
  get Color(): number | null {
    this.fake.hit("Border.Color");
    return common(this.areas, (row, col) => bgrOf(this.border(row, col).color));
  }
  set Color(v: number | null) {
    this.fake.hit("Border.Color=");
    this.set((b) => ({ ...b, color: hexOf(v ?? 0), style: b.style === "None" ? "Continuous" : b.style }));
  }
}

class FakeFont {
  constructor(
    private readonly fake: EtFake,
    private readonly sheet: FakeSheet,
    private readonly areas: readonly CellRange[],
    private readonly writable: () => void,
  ) {}
  private get<K extends keyof Excel.CellPropertiesFont>(name: string, key: K, fallback: unknown): unknown {
    this.fake.hit(`Font.${name}`);
    return common(this.areas, (row, col) => this.sheet.cell(row, col)?.format.font[key] ?? fallback);
  }
  private put(name: string, value: Partial<Excel.CellPropertiesFont>): void {
    this.fake.hit(`Font.${name}=`);
    this.writable();
    forEachCell(this.areas, (row, col) => {
      const cell = this.sheet.touch(row, col);
      cell.format.font = { ...cell.format.font, ...value };
    });
  }
  get Name(): string | null {
    return this.get("Name", "name", "Calibri") as string | null;
  }
  set Name(v: string | null) {
    this.put("Name", { name: v ?? undefined });
  }
  get Size(): number | null {
    return this.get("Size", "size", 11) as number | null;
  }
  set Size(v: number | null) {
    this.put("Size", { size: v ?? undefined });
  }
  get Bold(): boolean | null {
    return this.get("Bold", "bold", false) as boolean | null;
  }
  set Bold(v: boolean | null) {
    this.put("Bold", { bold: !!v });
  }
  get Italic(): boolean | null {
    return this.get("Italic", "italic", false) as boolean | null;
  }
  set Italic(v: boolean | null) {
    this.put("Italic", { italic: !!v });
  }
  get Color(): number | null {
    this.fake.hit("Font.Color");
    return common(this.areas, (row, col) => bgrOf(this.sheet.cell(row, col)?.format.font.color ?? "#000000"));
  }
  set Color(v: number | null) {
    this.put("Color", { color: hexOf(v ?? 0) });
  }
  get Underline(): number | null {
    this.fake.hit("Font.Underline");
    return common(this.areas, (row, col) => (this.sheet.cell(row, col)?.format.font.underline === "Single" ? 2 : xl.none));
  }
  set Underline(v: number | null) {
    this.put("Underline", { underline: v === 2 ? "Single" : "None" });
  }
}

/** The cell's value as a test reads it back (errors as their text). */
export function valueAt(sheet: FakeSheet, address: string): CellValue | undefined {
  return sheet.at(address)?.value;
}
