/**
 * A typed fake of the part of the Excel object model the gateway uses, with Office.js's
 * batching semantics and the limits Excel documents. Each rule names its source.
 *
 * Batching: property writes and method calls are queued and run at context.sync(); loaded
 * properties can be read only after the sync that loads them, else OfficeExtension.Error with
 * code PropertyNotLoaded (Excel.ErrorCodes in @types/office-js; docs/excel/excel-add-ins-error-handling.md);
 * reads queued before writes in one batch see the state before those writes. A failing
 * operation fails its whole sync and later operations of the batch do not run.
 *
 * Limits:
 * - Payload: every sync's request and response are measured (payload.ts) and logged on the
 *   FakeWorkbook; over its payloadLimit (Excel on the web: 5 MB) the sync fails with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded and delivers nothing.
 * - Merged areas: getMergedAreasOrNullObject fails past 512 areas (@types/office-js,
 *   Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512,
 *   then this method will fail to return the result"); it returns only areas whose top-left
 *   cell lies in the range (https://github.com/OfficeDev/office-js/issues/3611); and its
 *   `address` lists those top-left cells only, the full areas being in `areas.items`
 *   (https://github.com/OfficeDev/office-js/issues/1590).
 * - Unbounded ranges (whole sheet, "A:C", "1:2") return null for values, formulas, number
 *   formats and value types and refuse cell-level writes (docs/excel/excel-add-ins-ranges-unbounded.md).
 * - getRanges cuts its address string at 8,192 characters (docs/excel/excel-add-ins-troubleshooting.md).
 * - No Fill reads back as color "#FFFFFF" with pattern and tintAndShade null, like a white fill
 *   except for tintAndShade (https://github.com/OfficeDev/office-js/issues/4900, #6218); a solid
 *   fill's pattern also reads null (#4900). getCellProperties reports all eight border sides (#2349).
 * - Writing to a protected sheet fails with AccessDenied; a hidden sheet cannot be activated
 *   (Excel cannot show a hidden sheet; the error code is not documented, InvalidOperation here).
 * - Custom-function cells listed in FakeWorkbook.busy read as #BUSY! until their call completes
 *   (docs/excel/custom-functions-troubleshooting.md).
 * Worksheet.delete, Worksheet.copy and setting Worksheet.name throw: they clear the user's undo
 * history (docs/excel/excel-add-ins-undo-capabilities.md), so the gateway must never use them.
 */
import { a1, columnIndex } from "../../src/core/grid/address";
import type { CellRange, CellValue } from "../../src/core/grid/grid";
import {
  FakeOfficeError,
  SIDES,
  noBorder,
  noFill,
  type FakeCell,
  type FakeChart,
  type FakeFill,
  type FakeSheet,
  type FakeWorkbook,
} from "./fake-workbook";
import { OPERATION_OVERHEAD, jsonBytes } from "./payload";

type Op = () => void;

/** The most merged areas one getMergedAreasOrNullObject call can return. */
export const MERGED_AREAS_LIMIT = 512;
/** getRanges and getRange address strings are cut at this many characters. */
export const ADDRESS_LIMIT = 8192;

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export class FakeContext {
  private queue: { op: Op; request: number }[] = [];
  private staged: (() => void)[] = [];
  private response = 0;
  private written: { sheet: FakeSheet; row: number; col: number }[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queues an operation; `args` is what it sends to Excel (counted in the request). */
  enqueue(op: Op, args: unknown = null): void {
    this.queue.push({ op, request: OPERATION_OVERHEAD + jsonBytes(args) });
  }

  /** A value travelling back to the add-in: counted, and visible only if the sync succeeds. */
  deliver(value: unknown, commit: () => void): void {
    this.response += jsonBytes(value);
    this.staged.push(commit);
  }

  /** A formula cell written in this sync, for the calculator. */
  wroteFormula(sheet: FakeSheet, row: number, col: number): void {
    this.written.push({ sheet, row, col });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const model = this.model;
    model.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    this.response = 0;
    this.written = [];
    const request = ops.reduce((n, o) => n + o.request, 0);
    const limit = model.payloadLimit;
    if (limit !== undefined && request > limit) {
      model.syncPayloads.push({ request, response: 0 });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request} bytes).`);
    }
    try {
      for (const { op } of ops) op();
    } finally {
      model.syncPayloads.push({ request, response: this.response });
    }
    if (limit !== undefined && this.response > limit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${this.response} bytes).`);
    }
    for (const commit of this.staged) commit();
    if (model.calculator) {
      for (const { sheet, row, col } of this.written) {
        const cell = sheet.cell(row, col);
        if (cell?.formula === undefined) continue;
        const value = model.calculator(model, sheet, cell.formula);
        if (value !== undefined) cell.value = value;
      }
    }
  }
}

/** Loaded properties of a proxy; reading one not yet loaded throws as Office.js does. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  /** Set by a sync: delivered with the response (`counted` is what travels), visible once the sync succeeded. */
  deliver(ctx: FakeContext, name: string, value: unknown, counted: unknown = value): void {
    ctx.deliver(counted, () => this.values.set(name, value));
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${this.what})`,
      );
    }
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

  /** "items/name, items/visibility, items/protection/protected". */
  load(props?: string | string[]): this {
    const names = propertyNames(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const items = this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
      // Each item's properties are counted as they are delivered.
      items.forEach((ws, i) => ws.loadedNow(names, this.ctx.model.sheets[i]));
      this.loaded.deliver(this.ctx, "items", items, []);
    }, names);
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
    }, name);
    return new FakeWorksheet(this.ctx, () => sheet ?? this.ctx.model.mustSheet(name));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.mustSheet(name));
  }
}

function worksheetProperty(sheet: FakeSheet, name: string): unknown {
  if (name === "name") return sheet.name;
  if (name === "visibility") return sheet.visibility;
  if (name === "protection/protected") return sheet.protected;
  throw new Error(`fake: loading Worksheet.${name} is not supported`);
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
    this.freezePanes = { freezeRows: (count) => ctx.enqueue(() => (resolve().frozenRows = count), count) };
    const pageLayout = { orientation: "" };
    Object.defineProperty(pageLayout, "orientation", { set: (v: string) => ctx.enqueue(() => (resolve().orientation = v), v) });
    this.pageLayout = pageLayout;
    this.protection = new FakeProtection(ctx, resolve);
  }

  /** Used by the collection's load: the item's properties arrive with the collection. */
  loadedNow(names: readonly string[], sheet: FakeSheet): void {
    for (const n of names) {
      if (n === "protection/protected") this.protection.loadedNow(sheet);
      else this.loaded.deliver(this.ctx, n, worksheetProperty(sheet, n));
    }
  }

  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.ctx.enqueue(() => this.loadedNow(names, this.resolve()), names);
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
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `cannot activate the hidden sheet ${sheet.name}`);
      this.ctx.model.log.push(`activate ${sheet.name}`);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => (address ? rangeOfAddress(address) : { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 }));
  }

  /** Several areas in one object: "H5, H9:H12" (the string is cut at 8,192 characters). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.resolve, () => parseAreas(address.slice(0, ADDRESS_LIMIT)));
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes needs at least one row and column");
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
  loadedNow(sheet: FakeSheet): void {
    this.loaded.deliver(this.ctx, "protected", sheet.protected);
  }
  load(_props?: string): this {
    this.ctx.enqueue(() => this.loadedNow(this.resolve()), "protected");
    return this;
  }
  get protected(): boolean {
    return this.loaded.get("protected");
  }
}

/** "A1", "$B$2:C3", and the unbounded "A:C" and "2:4". */
export function rangeOfAddress(address: string): CellRange {
  const text = address.replace(/\$/g, "").trim();
  const [from, to = from] = text.slice(text.lastIndexOf("!") + 1).split(":");
  const rows = /^(\d+)$/;
  const cols = /^([A-Za-z]{1,3})$/;
  if (rows.test(from) && rows.test(to)) {
    const [a, b] = [Number(from) - 1, Number(to) - 1];
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: SHEET_COLUMNS - 1 };
  }
  if (cols.test(from) && cols.test(to)) {
    const [a, b] = [columnIndex(from), columnIndex(to)];
    return { top: 0, bottom: SHEET_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const p = (s: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(s);
    if (!m) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const a = p(from);
  const b = p(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function parseAreas(text: string): CellRange[] {
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(rangeOfAddress);
}

/** The properties that carry a range's contents (FakeSheet.failContentsAt fails their loads). */
const CONTENT_PROPERTIES = new Set(["values", "formulas", "numberFormat", "valueTypes", "text"]);

/** Whether `rect` holds the cell at `address` ("B1500"); false without an address. */
function holdsCell(rect: CellRange, address: string | undefined): boolean {
  if (!address) return false;
  const cell = rangeOfAddress(address);
  return cell.top >= rect.top && cell.top <= rect.bottom && cell.left >= rect.left && cell.left <= rect.right;
}

/** Whole rows or whole columns: Excel answers null for their cell-level properties. */
function isUnbounded(r: CellRange): boolean {
  return (r.top === 0 && r.bottom === SHEET_ROWS - 1) || (r.left === 0 && r.right === SHEET_COLUMNS - 1);
}

export class FakeRange {
  private readonly loaded = new Loaded("Range");
  private readonly format_: FakeRangeFormat;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    /** Resolved when the batch runs; undefined makes a null object. */
    private readonly rectOf: (sheet: FakeSheet) => CellRange | undefined,
  ) {
    this.format_ = new FakeRangeFormat((apply, args) => this.write(apply, args), true);
  }

  get format(): FakeRangeFormat {
    return this.format_;
  }

  private write(apply: (sheet: FakeSheet, rect: CellRange) => void, args: unknown): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const rect = this.rectOf(sheet);
      if (!rect) throw new FakeOfficeError("InvalidReference", "write to a null range");
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
      apply(sheet, rect);
    }, args);
  }

  private writeCells(what: string, input: unknown[][], apply: (sheet: FakeSheet, rect: CellRange) => void): void {
    this.write((sheet, rect) => {
      if (isUnbounded(rect)) throw new FakeOfficeError("InvalidArgument", `${what}: cell-level properties cannot be set on an unbounded range`);
      apply(sheet, rect);
    }, input);
  }

  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      if (sheet.failReads) throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request (${sheet.name}).`);
      const rect = this.rectOf(sheet);
      if (rect && holdsCell(rect, sheet.failContentsAt) && names.some((n) => CONTENT_PROPERTIES.has(n))) {
        throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request (${sheet.name}!${sheet.failContentsAt}).`);
      }
      this.loaded.deliver(this.ctx, "isNullObject", !rect);
      if (!rect) return;
      for (const n of names) this.loaded.deliver(this.ctx, n, readProperty(this.ctx.model, sheet, rect, n));
    }, names);
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(v: unknown[][]) {
    this.writeCells("values", v, (s, r) => eachInput(s, r, v, "values", (sheet, row, col, x) => writeInput(this.ctx, sheet, row, col, x)));
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v, (s, r) => eachInput(s, r, v, "formulas", (sheet, row, col, x) => writeInput(this.ctx, sheet, row, col, x)));
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.writeCells("numberFormat", v, (s, r) =>
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
      if (isUnbounded(rect)) throw new FakeOfficeError("InvalidArgument", "getCellProperties on an unbounded range");
      const value = mapRect(rect, (row, col) => cellProperties(sheet, row, col, options));
      this.ctx.deliver(value, () => result.settle(value));
    }, options);
    return result;
  }

  setCellProperties(props: Excel.SettableCellProperties[][]): void {
    this.writeCells("setCellProperties", props, (s, r) =>
      eachInput(s, r, props, "setCellProperties", (sheet, row, col, p) => {
        // {} leaves the cell as it is.
        if ((p as Excel.SettableCellProperties).format) applyCellProperties(sheet.touch(row, col), p as Excel.SettableCellProperties);
      }),
    );
  }

  setColumnProperties(props: Excel.SettableColumnProperties[]): void {
    this.write((s, r) => {
      if (props.length !== r.right - r.left + 1) throw new FakeOfficeError("InvalidArgument", "column properties do not match the range");
      props.forEach((p, i) => {
        if (p.format?.columnWidth !== undefined) s.columnWidths.set(r.left + i, p.format.columnWidth);
      });
    }, props);
  }

  setRowProperties(props: Excel.SettableRowProperties[]): void {
    this.write((s, r) => {
      if (props.length !== r.bottom - r.top + 1) throw new FakeOfficeError("InvalidArgument", "row properties do not match the range");
      props.forEach((p, i) => {
        if (p.format?.rowHeight !== undefined) s.rowHeights.set(r.top + i, p.format.rowHeight);
      });
    }, props);
  }

  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge(across) is not supported");
    this.write((s, r) => {
      if (s.merges.some((m) => overlaps(m, r))) throw new FakeOfficeError("InvalidOperation", "merge overlaps another merge");
      // Excel keeps only the top-left value of a merged area.
      forCells(r, (row, col) => {
        if ((row !== r.top || col !== r.left) && s.cell(row, col)) Object.assign(s.touch(row, col), { value: null, formula: undefined });
      });
      s.merges.push(r);
    }, "merge");
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return FakeRangeAreas.mergedIn(this.ctx, this.sheetOf, this.rectOf);
  }

  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      this.ctx.model.log.push(`select ${sheet.address(this.rectOf(sheet)!)}`);
    });
  }
}

/** Range.format / RangeAreas.format: widths, heights and fill.clear(). */
class FakeRangeFormat {
  readonly fill: { clear(): void };
  columnWidth = 0;
  rowHeight = 0;

  constructor(write: (apply: (sheet: FakeSheet, rect: CellRange) => void, args: unknown) => void, sizes: boolean) {
    // RangeFill.clear(): "Resets the range background" (No Fill), the way #2349's answer restores it.
    this.fill = { clear: () => write((s, r) => forCells(r, (row, col) => (s.touch(row, col).format.fill = noFill())), "fill.clear") };
    if (sizes) {
      Object.defineProperty(this, "columnWidth", { set: (w: number) => write((s, r) => forCols(r, (c) => s.columnWidths.set(c, w)), w) });
      Object.defineProperty(this, "rowHeight", { set: (h: number) => write((s, r) => forRows(r, (row) => s.rowHeights.set(row, h)), h) });
    }
  }
}

/** Excel.RangeAreas: from getRanges (several areas) or getMergedAreasOrNullObject. */
class FakeRangeAreas {
  private readonly loaded = new Loaded("RangeAreas");
  private readonly itemsLoaded = new Loaded("RangeAreas.areas");
  readonly areas: { load(props?: string): unknown; readonly items: { address: string }[] };
  readonly format: FakeRangeFormat;
  private full: (sheet: FakeSheet) => CellRange[];
  /** What `address` shows (merged areas: top-left cells only, #1590). */
  private shown: (sheet: FakeSheet, areas: CellRange[]) => CellRange[] = (_, areas) => areas;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    areasOf: (sheet: FakeSheet) => CellRange[],
  ) {
    this.full = areasOf;
    const itemsLoaded = this.itemsLoaded;
    this.areas = {
      load: (props?: string) => this.load(props ? `areas/${props}` : "areas/items/address"),
      get items() {
        return itemsLoaded.get<{ address: string }[]>("items");
      },
    };
    this.format = new FakeRangeFormat(
      (apply, args) =>
        ctx.enqueue(() => {
          const sheet = sheetOf();
          if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
          for (const r of areasOf(sheet)) {
            if (isUnbounded(r)) throw new FakeOfficeError("InvalidArgument", "format on an unbounded range");
            apply(sheet, r);
          }
        }, args),
      false,
    );
  }
  static mergedIn(ctx: FakeContext, sheetOf: () => FakeSheet, rectOf: (sheet: FakeSheet) => CellRange | undefined): FakeRangeAreas {
    const areas = new FakeRangeAreas(ctx, sheetOf, (sheet) => {
      const rect = rectOf(sheet);
      if (!rect) return [];
      if (holdsCell(rect, sheet.failMergedAreasAt)) {
        throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request (${sheet.name}!${sheet.failMergedAreasAt}).`);
      }
      // #3611: only merges whose top-left cell lies in the range.
      const found = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
      if (found.length > MERGED_AREAS_LIMIT) {
        throw new FakeOfficeError("GeneralException", `getMergedAreasOrNullObject: ${found.length} merged areas, more than ${MERGED_AREAS_LIMIT}`);
      }
      return found;
    });
    areas.shown = (_, found) => found.map((m) => ({ top: m.top, left: m.left, bottom: m.top, right: m.left }));
    return areas;
  }

  /** "address", "areas/items/address", "isNullObject". */
  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const areas = this.full(sheet);
      this.loaded.deliver(this.ctx, "isNullObject", areas.length === 0);
      if (areas.length === 0) return;
      for (const n of names) {
        if (n === "address") this.loaded.deliver(this.ctx, "address", this.shown(sheet, areas).map((r) => sheet.address(r)).join(", "));
        else if (n.startsWith("areas")) this.itemsLoaded.deliver(this.ctx, "items", areas.map((r) => ({ address: sheet.address(r) })));
        else if (n !== "isNullObject") throw new Error(`fake: loading RangeAreas.${n} is not supported`);
      }
    }, names);
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
    if (!this.settled) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value was read before context.sync()");
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
    }, [type, seriesBy]);
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
    const later = (f: (c: FakeChart) => void, args: unknown) => ctx.enqueue(() => f(holder.chart!), args);
    this.title = setter("text", (v: string) => later((c) => (c.title = v), v));
    this.legend = setter("visible", (v: boolean) => later((c) => (c.legendVisible = v), v));
    this.series = {
      getItemAt: (index) => {
        if (index !== 0) throw new Error("fake: only the first series is supported");
        const s = setter("name", (v: string) => later((c) => (c.seriesName = v), v)) as {
          name: string;
          setXAxisValues(range: FakeRange): void;
        };
        s.setXAxisValues = (range) => later((c) => (c.xAxisValues = describeRange(range, ws.resolve())), "x");
        return s;
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.enqueue(() => (this.holder.chart!.position = endCell ? `${startCell}:${endCell}` : startCell), [startCell, endCell]);
  }
}

function setter<K extends string, V>(key: K, set: (v: V) => void): Record<K, V> {
  const o = {} as Record<K, V>;
  Object.defineProperty(o, key, { set, enumerable: true });
  return o;
}

// ——— cell-level rules ———

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
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
function writeInput(ctx: FakeContext, sheet: FakeSheet, row: number, col: number, input: unknown): void {
  const m = sheet.mergeAt(row, col);
  if (m && (m.top !== row || m.left !== col)) throw new FakeOfficeError("InvalidOperation", `cannot write into ${a1(row, col)}, covered by a merge`);
  const cell = sheet.touch(row, col);
  cell.formula = undefined;
  if (typeof input === "number" || typeof input === "boolean") cell.value = input;
  else if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `cannot write ${typeof input}`);
  else if (input === "") cell.value = null;
  else if (input.startsWith("'")) cell.value = input.slice(1);
  else if (/^[=+\-@]./.test(input) && !isNumberText(input)) {
    checkFormulaStrings(input);
    // A formula: uncalculated (null) unless the workbook has a calculator for it.
    cell.formula = input.startsWith("=") ? input.slice(1) : input;
    cell.value = null;
    ctx.wroteFormula(sheet, row, col);
  } else if (isNumberText(input)) cell.value = Number(input.replace(/,/g, ""));
  else if (/^-?\d+(\.\d+)?%$/.test(input)) cell.value = Number(input.slice(0, -1)) / 100;
  else if (/^(TRUE|FALSE)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
  else if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(input)) {
    cell.value = (Date.parse(`${input}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
  } else cell.value = input;
}

/**
 * Excel refuses a formula with a text constant of more than 255 characters ("Text values in
 * formulas are limited to 255 characters", Excel's specifications and limits).
 */
function checkFormulaStrings(formula: string): void {
  for (const m of formula.matchAll(/"((?:[^"]|"")*)"/g)) {
    if (m[1].replace(/""/g, '"').length > 255) throw new FakeOfficeError("InvalidArgument", "text values in formulas are limited to 255 characters");
  }
}

function isNumberText(s: string): boolean {
  return /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(s) || /^[+-]?\.\d+$/.test(s);
}

function readProperty(model: FakeWorkbook, sheet: FakeSheet, rect: CellRange, name: string): unknown {
  const cellLevel = ["values", "formulas", "numberFormat", "valueTypes"];
  if (cellLevel.includes(name) && isUnbounded(rect)) return null;
  switch (name) {
    case "values":
      return mapRect(rect, (r, c) => (isBusy(model, sheet, r, c) ? "#BUSY!" : valueOut(sheet.cell(r, c))));
    case "formulas":
      return mapRect(rect, (r, c) => {
        const cell = sheet.cell(r, c);
        return cell?.formula !== undefined ? `=${cell.formula}` : valueOut(cell);
      });
    case "numberFormat":
      return mapRect(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
    case "valueTypes": {
      const types = mapRect(rect, (r, c) => (isBusy(model, sheet, r, c) ? "Error" : valueType(sheet.cell(r, c)?.value ?? null)));
      // A read of `values` and `valueTypes` in one load is one read of a busy cell.
      forCells(rect, (r, c) => countRead(model, sheet, r, c));
      return types;
    }
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

function busyKey(sheet: FakeSheet, row: number, col: number): string {
  return `${sheet.name}!${a1(row, col)}`;
}
function isBusy(model: FakeWorkbook, sheet: FakeSheet, row: number, col: number): boolean {
  return (model.busy.get(busyKey(sheet, row, col)) ?? 0) > 0;
}
function countRead(model: FakeWorkbook, sheet: FakeSheet, row: number, col: number): void {
  const key = busyKey(sheet, row, col);
  const left = model.busy.get(key);
  if (left === undefined) return;
  if (left <= 1) model.busy.delete(key);
  else model.busy.set(key, left - 1);
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

/** A fill as Office.js reports it: No Fill and solid fills have a null pattern (#4900). */
function reportedFill(fill: FakeFill): Excel.CellPropertiesFill {
  const reported =
    fill.pattern === "None"
      ? { color: "#FFFFFF", pattern: null, patternColor: fill.patternColor, tintAndShade: null, patternTintAndShade: null }
      : {
          color: fill.color,
          pattern: fill.pattern === "Solid" ? null : fill.pattern,
          patternColor: fill.patternColor,
          tintAndShade: fill.tintAndShade,
          patternTintAndShade: fill.patternTintAndShade,
        };
  return reported as unknown as Excel.CellPropertiesFill;
}

function cellProperties(sheet: FakeSheet, row: number, col: number, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties {
  const cell = sheet.cell(row, col);
  const format = cell?.format;
  const out: Excel.CellProperties = {};
  if (options.address) out.address = `${sheet.name}!${a1(row, col)}`;
  const want = options.format;
  if (!want) return out;
  const f: Excel.CellPropertiesFormat = {};
  if (want.fill) f.fill = pick(reportedFill(format?.fill ?? noFill()), want.fill as Record<string, boolean>) as Excel.CellPropertiesFill;
  if (want.borders) {
    const b: Excel.CellBorderCollection = {};
    for (const side of SIDES) b[side] = pick(format?.borders[side] ?? noBorder(), want.borders as Record<string, boolean>) as Excel.CellBorder;
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
      if (f.fill.pattern !== undefined && f.fill.pattern !== null) fill.pattern = f.fill.pattern;
      if (f.fill.color !== undefined) {
        fill.color = f.fill.color.toUpperCase();
        if (fill.pattern === "None") fill.pattern = "Solid";
      }
      if (f.fill.patternColor !== undefined) fill.patternColor = f.fill.patternColor;
      if (f.fill.tintAndShade !== undefined && f.fill.tintAndShade !== null) fill.tintAndShade = f.fill.tintAndShade;
      if (f.fill.patternTintAndShade !== undefined && f.fill.patternTintAndShade !== null) fill.patternTintAndShade = f.fill.patternTintAndShade;
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
      if (b.color !== undefined) next.color = b.color.toUpperCase();
      if (b.weight !== undefined) next.weight = b.weight;
      if (b.tintAndShade !== undefined && b.tintAndShade !== null) next.tintAndShade = b.tintAndShade;
      if (next.style === "None") next.style = "Continuous";
      cell.format.borders[side] = next;
    }
  }
  if (f.font) cell.format.font = { ...cell.format.font, ...f.font };
  if (f.horizontalAlignment !== undefined) cell.format.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) cell.format.verticalAlignment = f.verticalAlignment;
  if (f.wrapText !== undefined) cell.format.wrapText = f.wrapText;
}
