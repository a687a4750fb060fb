/**
 * A typed fake of the part of the Excel object model the gateway uses, with Office.js's
 * batching semantics: property writes and method calls are queued and run at context.sync();
 * loaded properties can be read only after the sync that loads them (reading earlier throws,
 * like PropertyNotLoaded); reads queued before writes in one batch see the state before those
 * writes. Every sync is counted on the FakeWorkbook.
 *
 * Supported: workbook.worksheets (items/name/visibility, add, getItem),
 * worksheet getRange/getRangeByIndexes/getUsedRange(OrNullObject), charts.add (title, legend,
 * series name and x-axis, setPosition), freezePanes.freezeRows, pageLayout.orientation,
 * protection.protected, activate; range values/formulas/numberFormat/valueTypes/rowIndex/
 * columnIndex/rowCount/columnCount/address, get/setCellProperties, setColumnProperties,
 * setRowProperties, format.columnWidth/rowHeight, merge, getMergedAreasOrNullObject, select; application
 * suspendApiCalculationUntilNextSync/suspendScreenUpdatingUntilNextSync/calculate.
 * Worksheet.delete, Worksheet.copy and setting Worksheet.name throw: the gateway must never.
 */
import { a1 } from "../../src/core/grid/address";
import type { CellRange, CellValue } from "../../src/core/grid/grid";
import {
  FakeOfficeError,
  SIDES,
  noBorder,
  noFill,
  type FakeCell,
  type FakeChart,
  type FakeSheet,
  type FakeWorkbook,
} from "./fake-workbook";

type Op = () => void;

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.model.syncCount++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** Loaded properties of a proxy; reading one not yet loaded throws as Office.js does. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) throw new Error(`PropertyNotLoaded: ${this.what}.${name} was read before load() and sync()`);
    return this.values.get(name) as T;
  }
}

function propertyNames(props: string | string[] | object | undefined): string[] {
  if (props === undefined) return [];
  const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly application: FakeApplication;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.application = new FakeApplication(ctx);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(() => this.ctx.model.log.push("suspendApiCalculationUntilNextSync"));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(() => this.ctx.model.log.push("suspendScreenUpdatingUntilNextSync"));
  }
  calculate(type: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.ctx.enqueue(() => this.ctx.model.log.push(`calculate ${type}`));
  }
}

class FakeWorksheets {
  private readonly loaded = new Loaded("WorksheetCollection");
  constructor(private readonly ctx: FakeContext) {}

  load(props?: string | string[]): this {
    const names = propertyNames(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() =>
      this.loaded.set(
        "items",
        this.ctx.model.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s);
          for (const n of names) ws.loadedNow(n, s);
          return ws;
        }),
      ),
    );
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.loaded.get("items");
  }

  add(name: string): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    this.ctx.enqueue(() => {
      sheet = this.ctx.model.addSheet(name);
      this.ctx.model.log.push(`add ${name}`);
    });
    return new FakeWorksheet(this.ctx, () => sheet ?? this.ctx.model.mustSheet(name));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.mustSheet(name));
  }
}

export class FakeWorksheet {
  private readonly loaded = new Loaded("Worksheet");
  readonly charts: FakeCharts;
  readonly freezePanes: { freezeRows(count: number): void };
  readonly pageLayout: { orientation: string };
  readonly protection: FakeProtection;

  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    this.charts = new FakeCharts(ctx, this);
    this.freezePanes = { freezeRows: (count) => ctx.enqueue(() => (resolve().frozenRows = count)) };
    const pageLayout = { orientation: "" };
    Object.defineProperty(pageLayout, "orientation", { set: (v: string) => ctx.enqueue(() => (resolve().orientation = v)) });
    this.pageLayout = pageLayout;
    this.protection = new FakeProtection(ctx, resolve);
  }

  /** Used by the collection's load: the item is loaded as the sync runs. */
  loadedNow(name: string, sheet: FakeSheet): void {
    if (name === "name") this.loaded.set("name", sheet.name);
    else if (name === "visibility") this.loaded.set("visibility", sheet.visibility);
    else throw new Error(`fake: loading Worksheet.${name} is not supported`);
  }

  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      for (const n of names) this.loadedNow(n, sheet);
    });
    return this;
  }

  get name(): string {
    return this.loaded.get("name");
  }
  set name(_: string) {
    throw new Error("fake: renaming a sheet clears the user's undo history; the gateway must never do it");
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }

  delete(): void {
    throw new Error("fake: deleting a sheet clears the user's undo history; the gateway must never do it");
  }
  copy(): never {
    throw new Error("fake: copying a sheet clears the user's undo history; the gateway must never do it");
  }

  activate(): void {
    this.ctx.enqueue(() => this.ctx.model.log.push(`activate ${this.resolve().name}`));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () =>
      address ? rangeOfAddress(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 },
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => ({ top: row, left: col, bottom: row + rowCount - 1, right: col + columnCount - 1 }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, (s) => s.usedRange(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, (s) => s.usedRange(!!valuesOnly));
  }
}

class FakeProtection {
  private readonly loaded = new Loaded("WorksheetProtection");
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => FakeSheet,
  ) {}
  load(_props?: string): this {
    this.ctx.enqueue(() => this.loaded.set("protected", this.resolve().protected));
    return this;
  }
  get protected(): boolean {
    return this.loaded.get("protected");
  }
}

function rangeOfAddress(address: string): CellRange {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const p = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = p(from);
  const b = p(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export class FakeRange {
  private readonly loaded = new Loaded("Range");
  private readonly format_: { columnWidth: number; rowHeight: number };

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    /** Resolved when the batch runs; undefined makes a null object. */
    private readonly rectOf: (sheet: FakeSheet) => CellRange | undefined,
  ) {
    const format = { columnWidth: 0, rowHeight: 0 };
    Object.defineProperty(format, "columnWidth", { set: (w: number) => this.write((s, r) => forCols(r, (c) => s.columnWidths.set(c, w))) });
    Object.defineProperty(format, "rowHeight", { set: (h: number) => this.write((s, r) => forRows(r, (row) => s.rowHeights.set(row, h))) });
    this.format_ = format;
  }

  get format(): { columnWidth: number; rowHeight: number } {
    return this.format_;
  }

  private write(apply: (sheet: FakeSheet, rect: CellRange) => void): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const rect = this.rectOf(sheet);
      if (!rect) throw new FakeOfficeError("InvalidReference", "write to a null range");
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
      apply(sheet, rect);
    });
  }

  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const rect = this.rectOf(sheet);
      this.loaded.set("isNullObject", !rect);
      if (!rect) return;
      for (const n of names) this.loaded.set(n, readProperty(sheet, rect, n));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(v: unknown[][]) {
    this.write((s, r) => eachInput(s, r, v, "values", writeInput));
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write((s, r) => eachInput(s, r, v, "formulas", writeInput));
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write((s, r) =>
      eachInput(s, r, v, "numberFormat", (sheet, row, col, f) => {
        sheet.touch(row, col).numberFormat = f === "" ? "General" : String(f);
      }),
    );
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get address(): string {
    return this.loaded.get("address");
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const rect = this.rectOf(sheet)!;
      result.settle(mapRect(rect, (row, col) => cellProperties(sheet, row, col, options)));
    });
    return result;
  }

  setCellProperties(props: Excel.SettableCellProperties[][]): void {
    this.write((s, r) =>
      eachInput(s, r, props, "setCellProperties", (sheet, row, col, p) =>
        applyCellProperties(sheet.touch(row, col), p as Excel.SettableCellProperties),
      ),
    );
  }

  setColumnProperties(props: Excel.SettableColumnProperties[]): void {
    this.write((s, r) => {
      if (props.length !== r.right - r.left + 1) throw new FakeOfficeError("InvalidArgument", "column properties do not match the range");
      props.forEach((p, i) => {
        if (p.format?.columnWidth !== undefined) s.columnWidths.set(r.left + i, p.format.columnWidth);
      });
    });
  }

  setRowProperties(props: Excel.SettableRowProperties[]): void {
    this.write((s, r) => {
      if (props.length !== r.bottom - r.top + 1) throw new FakeOfficeError("InvalidArgument", "row properties do not match the range");
      props.forEach((p, i) => {
        if (p.format?.rowHeight !== undefined) s.rowHeights.set(r.top + i, p.format.rowHeight);
      });
    });
  }

  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge(across) is not supported");
    this.write((s, r) => {
      if (s.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right)) {
        throw new FakeOfficeError("InvalidOperation", "merge overlaps another merge");
      }
      // Excel keeps only the top-left value of a merged area.
      forCells(r, (row, col) => {
        if ((row !== r.top || col !== r.left) && s.cell(row, col)) Object.assign(s.touch(row, col), { value: null, formula: undefined });
      });
      s.merges.push(r);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, (loaded) => {
      const sheet = this.sheetOf();
      const rect = this.rectOf(sheet);
      const merges = rect
        ? sheet.merges.filter((m) => m.top <= rect.bottom && rect.top <= m.bottom && m.left <= rect.right && rect.left <= m.right)
        : [];
      loaded.set("isNullObject", merges.length === 0);
      if (merges.length > 0) loaded.set("address", merges.map((m) => sheet.address(m)).join(", "));
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      this.ctx.model.log.push(`select ${sheet.address(this.rectOf(sheet)!)}`);
    });
  }
}

class FakeRangeAreas {
  private readonly loaded = new Loaded("RangeAreas");
  constructor(
    private readonly ctx: FakeContext,
    private readonly fill: (loaded: Loaded) => void,
  ) {}
  load(_props?: string): this {
    this.ctx.enqueue(() => this.fill(this.loaded));
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
}

export class FakeClientResult<T> {
  private settled = false;
  private result?: T;
  settle(value: T): void {
    this.result = value;
    this.settled = true;
  }
  get value(): T {
    if (!this.settled) throw new Error("PropertyNotLoaded: ClientResult.value read before sync()");
    return this.result as T;
  }
}

class FakeCharts {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  add(type: Excel.ChartType | string, source: FakeRange, seriesBy?: Excel.ChartSeriesBy | string): FakeChartProxy {
    const holder: { chart?: FakeChart } = {};
    this.ctx.enqueue(() => {
      const sheet = this.ws.resolve();
      const chart: FakeChart = { type: String(type), source: describeRange(source, sheet), seriesBy: String(seriesBy) };
      sheet.charts.push(chart);
      holder.chart = chart;
    });
    return new FakeChartProxy(this.ctx, holder, this.ws);
  }
}

/** The address a fake range resolves to (for charts). */
function describeRange(range: FakeRange, sheet: FakeSheet): string {
  const rect = (range as unknown as { rectOf: (s: FakeSheet) => CellRange | undefined }).rectOf(sheet)!;
  return sheet.address(rect);
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): { name: string; setXAxisValues(range: FakeRange): void } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly holder: { chart?: FakeChart },
    ws: FakeWorksheet,
  ) {
    const later = (f: (c: FakeChart) => void) => ctx.enqueue(() => f(holder.chart!));
    this.title = setter("text", (v: string) => later((c) => (c.title = v)));
    this.legend = setter("visible", (v: boolean) => later((c) => (c.legendVisible = v)));
    this.series = {
      getItemAt: (index) => {
        if (index !== 0) throw new Error("fake: only the first series is supported");
        const s = setter("name", (v: string) => later((c) => (c.seriesName = v))) as {
          name: string;
          setXAxisValues(range: FakeRange): void;
        };
        s.setXAxisValues = (range) => later((c) => (c.xAxisValues = describeRange(range, ws.resolve())));
        return s;
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.enqueue(() => (this.holder.chart!.position = endCell ? `${startCell}:${endCell}` : startCell));
  }
}

function setter<K extends string, V>(key: K, set: (v: V) => void): Record<K, V> {
  const o = {} as Record<K, V>;
  Object.defineProperty(o, key, { set, enumerable: true });
  return o;
}

// ——— cell-level rules ———

function forCells(r: CellRange, f: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}
function forCols(r: CellRange, f: (col: number) => void): void {
  for (let col = r.left; col <= r.right; col++) f(col);
}
function forRows(r: CellRange, f: (row: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) f(row);
}
function mapRect<T>(r: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

/** A 2-D input must match the range exactly; null leaves a cell alone (Office.js's rule). */
function eachInput<T>(
  sheet: FakeSheet,
  r: CellRange,
  input: T[][],
  what: string,
  apply: (sheet: FakeSheet, row: number, col: number, v: T) => void,
): void {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (input.length !== rows || input.some((line) => line.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `${what}: a ${input.length}-row array for a ${rows}×${cols} range`);
  }
  input.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v !== null && v !== undefined) apply(sheet, r.top + i, r.left + j, v);
    }),
  );
}

/** Excel parses what is written like typed input. */
function writeInput(sheet: FakeSheet, row: number, col: number, input: unknown): void {
  const m = sheet.mergeAt(row, col);
  if (m && (m.top !== row || m.left !== col))
    throw new FakeOfficeError("InvalidOperation", `cannot write into ${a1(row, col)}, covered by a merge`);
  const cell = sheet.touch(row, col);
  cell.formula = undefined;
  if (typeof input === "number" || typeof input === "boolean") cell.value = input;
  else if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `cannot write ${typeof input}`);
  else if (input === "") cell.value = null;
  else if (input.startsWith("'")) cell.value = input.slice(1);
  else if (/^[=+\-@]./.test(input) && !isNumberText(input)) {
    // A formula: the fake does not calculate, so its value stays empty.
    cell.formula = input.startsWith("=") ? input.slice(1) : input;
    cell.value = null;
  } else if (isNumberText(input)) cell.value = Number(input.replace(/,/g, ""));
  else if (/^-?\d+(\.\d+)?%$/.test(input)) cell.value = Number(input.slice(0, -1)) / 100;
  else if (/^(TRUE|FALSE)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
  else if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(input)) {
    cell.value = (Date.parse(`${input}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
  } else cell.value = input;
}

function isNumberText(s: string): boolean {
  return /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(s) || /^[+-]?\.\d+$/.test(s);
}

function readProperty(sheet: FakeSheet, rect: CellRange, name: string): unknown {
  switch (name) {
    case "values":
      return mapRect(rect, (r, c) => valueOut(sheet.cell(r, c)));
    case "formulas":
      return mapRect(rect, (r, c) => {
        const cell = sheet.cell(r, c);
        return cell?.formula !== undefined ? `=${cell.formula}` : valueOut(cell);
      });
    case "numberFormat":
      return mapRect(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
    case "valueTypes":
      return mapRect(rect, (r, c) => valueType(sheet.cell(r, c)?.value ?? null));
    case "rowIndex":
      return rect.top;
    case "columnIndex":
      return rect.left;
    case "rowCount":
      return rect.bottom - rect.top + 1;
    case "columnCount":
      return rect.right - rect.left + 1;
    case "address":
      return sheet.address(rect);
    default:
      throw new Error(`fake: loading Range.${name} is not supported`);
  }
}

function valueOut(cell: FakeCell | undefined): string | number | boolean {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

function valueType(v: CellValue): string {
  if (v === null) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

function cellProperties(sheet: FakeSheet, row: number, col: number, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties {
  const cell = sheet.cell(row, col);
  const format = cell?.format;
  const out: Excel.CellProperties = {};
  if (options.address) out.address = `${sheet.name}!${a1(row, col)}`;
  const want = options.format;
  if (!want) return out;
  const f: Excel.CellPropertiesFormat = {};
  if (want.fill) f.fill = pick(format?.fill ?? noFill(), want.fill as Record<string, boolean>) as Excel.CellPropertiesFill;
  if (want.borders) {
    const b: Excel.CellBorderCollection = {};
    for (const side of SIDES)
      b[side] = pick(format?.borders[side] ?? noBorder(), want.borders as Record<string, boolean>) as Excel.CellBorder;
    f.borders = b;
  }
  if (want.font) f.font = pick({ ...(format?.font ?? {}) }, want.font as Record<string, boolean>);
  out.format = f;
  return out;
}

function pick<T extends object>(o: T, keys: Record<string, boolean>): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keys[k])) as Partial<T>;
}

/** Excel's rules: a colour without a pattern makes a solid fill; pattern None clears it. */
function applyCellProperties(cell: FakeCell, props: Excel.SettableCellProperties): void {
  const f = props.format;
  if (!f) return;
  if (f.fill) {
    if (f.fill.pattern === "None") cell.format.fill = noFill();
    else {
      const fill = { ...cell.format.fill };
      if (f.fill.pattern !== undefined) fill.pattern = f.fill.pattern;
      if (f.fill.color !== undefined) {
        fill.color = f.fill.color;
        if (fill.pattern === "None") fill.pattern = "Solid";
      }
      if (f.fill.patternColor !== undefined) fill.patternColor = f.fill.patternColor;
      if (f.fill.tintAndShade !== undefined) fill.tintAndShade = f.fill.tintAndShade;
      if (f.fill.patternTintAndShade !== undefined) fill.patternTintAndShade = f.fill.patternTintAndShade;
      cell.format.fill = fill;
    }
  }
  if (f.borders) {
    for (const side of SIDES) {
      const b = f.borders[side];
      if (!b) continue;
      if (b.style === "None") {
        cell.format.borders[side] = noBorder();
        continue;
      }
      const next = { ...cell.format.borders[side] };
      if (b.style !== undefined) next.style = b.style;
      if (b.color !== undefined) next.color = b.color;
      if (b.weight !== undefined) next.weight = b.weight;
      if (b.tintAndShade !== undefined) next.tintAndShade = b.tintAndShade;
      if (next.style === "None") next.style = "Continuous";
      cell.format.borders[side] = next;
    }
  }
  if (f.font) cell.format.font = { ...cell.format.font, ...f.font };
  if (f.horizontalAlignment !== undefined) cell.format.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) cell.format.verticalAlignment = f.verticalAlignment;
  if (f.wrapText !== undefined) cell.format.wrapText = f.wrapText;
}
