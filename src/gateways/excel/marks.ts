/**
 * Marks on the user's sheets (标注扣分) and their removal (清除标注), as steps for batches.ts:
 * reading cells' looks, restoring recorded looks, putting marks on.
 *
 * What Excel reports and accepts shapes every rule here:
 * - A cell with No Fill reads as color "#FFFFFF" with pattern and tintAndShade null, like a
 *   white fill except for tintAndShade (office-js #4900, #6218). Setting that colour would paint
 *   the cell white and hide its gridlines (#2349), so No Fill is put back with
 *   RangeFill.clear() on a RangeAreas of those cells (Worksheet.getRanges, ExcelApi 1.9), whose
 *   address string is kept under the 8,192 characters Excel reads (excel-add-ins-troubleshooting.md).
 * - The record lives in document settings, which Ctrl+Z does not undo. So a recorded cell is
 *   restored only when it still shows the mark that was put on it, read back in the same
 *   Excel.run; a cell the user changed since, or whose mark was undone, is left alone.
 */
import { a1, parseA1 } from "../../core/grid/address";
import type { CellRange, Grid } from "../../core/grid/grid";
import { MergedView } from "../../core/grid/merged";
import type { PlannedMark } from "../../core/plan/plan";
import { blocksOf, rangeAddress, type CellPosition } from "./areas";
import type { Step } from "./batches";
import { markDecisions, partsOf, recordAfter, type Parts } from "./mark-decisions";
import type { BorderSide, Look, MarkEntry, MarkRecord } from "./mark-store";

export { partsOf, type Parts };
import { OPERATION_BYTES, PAYLOAD_BUDGET, payloadBytes } from "./payload";
import { markFormat, mergeFormats } from "./styles";

type Format = Excel.CellPropertiesFormat;
const SIDES: readonly BorderSide[] = ["top", "bottom", "left", "right"];


/** What to read of a cell: its fill (about 150 bytes back) or its borders (all eight sides, about 650). */
const CAPTURE_FILL: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};
const CAPTURE_BORDERS: Excel.CellPropertiesLoadOptions = {
  format: { borders: { color: true, style: true, weight: true, tintAndShade: true } },
};
const FILL_BYTES = 160;
const BORDER_BYTES = 700;
/** Under Excel's 8,192-character cut of getRanges addresses. */
const ADDRESS_CHARACTERS = 8000;

/** A worksheet proxy by name, made when a step is queued. */
export type SheetOf = (name: string) => Excel.Worksheet;

export type LooksBySheet = Map<string, Map<string, Look>>;

/** A cell to look at and what of it. */
export interface LookTarget extends CellPosition {
  readonly parts: Parts;
}

/**
 * Steps reading the looks of cells (a getCellProperties per rectangle and part, in bands within
 * the payload budget), and the looks read.
 */
export function lookReads(sheetOf: SheetOf, cells: ReadonlyMap<string, readonly LookTarget[]>): { steps: Step[]; looks(): LooksBySheet } {
  const reads: { sheet: string; band: CellRange; fill: boolean; result?: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  for (const [sheet, targets] of cells) {
    for (const fill of [true, false]) {
      const positions = targets.filter((t) => (fill ? t.parts.fill : t.parts.borders));
      const maxCells = Math.max(1, Math.floor(PAYLOAD_BUDGET / (fill ? FILL_BYTES : BORDER_BYTES)));
      for (const block of blocksOf(positions, Infinity)) for (const band of bands(block, maxCells)) reads.push({ sheet, band, fill });
    }
  }
  const steps = reads.map((read) => ({
    request: OPERATION_BYTES,
    response: cellsOf(read.band) * (read.fill ? FILL_BYTES : BORDER_BYTES),
    queue: () => {
      const b = read.band;
      const range = sheetOf(read.sheet).getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
      read.result = range.getCellProperties(read.fill ? CAPTURE_FILL : CAPTURE_BORDERS);
    },
  }));
  return {
    steps,
    looks: () => {
      const out: LooksBySheet = new Map();
      for (const read of reads) {
        const looks = out.get(read.sheet) ?? new Map<string, Look>();
        out.set(read.sheet, looks);
        read.result!.value.forEach((row, r) =>
          row.forEach((props, c) => {
            const address = a1(read.band.top + r, read.band.left + c);
            looks.set(address, { ...looks.get(address), ...lookOf(props) });
          }),
        );
      }
      return out;
    },
  };
}

/** The fill and the four sides a mark can change, as captured (only what was asked for). */
function lookOf(props: Excel.CellProperties): Look {
  const borders = props.format?.borders;
  const look: { fill?: Excel.CellPropertiesFill; borders?: Look["borders"] } = {};
  if (props.format?.fill) look.fill = props.format.fill;
  if (borders) look.borders = { top: borders.top, bottom: borders.bottom, left: borders.left, right: borders.right };
  return look;
}


/** No Fill as Office.js reports it (#4900: tintAndShade is null only then), or as version 1 recorded it. */
export function isNoFill(fill: Excel.CellPropertiesFill | undefined): boolean {
  return !fill || fill.pattern === "None" || fill.tintAndShade === null || fill.tintAndShade === undefined;
}

const sameColour = (a?: string, b?: string) => !!a && !!b && a.toUpperCase() === b.toUpperCase();

/**
 * Whether a cell still shows the mark put on it. Without a recorded mark (records of version 1),
 * any of the marks this add-in makes counts.
 */
export function showsMark(current: Look | undefined, mark: Look | undefined): boolean {
  if (!current) return false;
  const known = mark && (mark.fill || mark.borders) ? [mark] : [markFormat("deduction-partial"), markFormat("deduction-heavy"), markFormat("check")];
  return known.some((m) => {
    if (m.fill && (isNoFill(current.fill) || !sameColour(current.fill?.color, m.fill.color))) return false;
    for (const side of SIDES) {
      const want = m.borders?.[side];
      const have = current.borders?.[side];
      if (want && !(have && have.style === want.style && have.weight === want.weight && sameColour(have.color, want.color))) return false;
    }
    return true;
  });
}

/** A recorded cell to put back: the parts its mark changed, or the given ones. */
export interface RecordedCell extends CellPosition {
  readonly entry: MarkEntry;
  readonly parts?: Parts;
}

/**
 * Steps putting recorded looks back: the fill where the mark set one, the sides where it set
 * borders (both for version 1 records). No Fill goes back through fill.clear().
 */
export function restoreSteps(sheetOf: SheetOf, cells: ReadonlyMap<string, readonly RecordedCell[]>): Step[] {
  const steps: Step[] = [];
  for (const [sheet, recorded] of cells) {
    const noFill: CellPosition[] = [];
    const formats: { row: number; col: number; format: Format }[] = [];
    for (const cell of recorded) {
      const { original, mark } = cell.entry;
      const parts = cell.parts ?? partsOf(mark);
      const format: Format = {};
      if (parts.fill && original.fill) {
        if (isNoFill(original.fill)) noFill.push(cell);
        else format.fill = filledFormat(original.fill);
      }
      const markedSides = mark?.borders ? SIDES.filter((s) => mark.borders![s]) : SIDES;
      const sides = parts.borders ? markedSides : [];
      if (sides.length > 0 && original.borders) {
        const borders: Excel.CellBorderCollection = {};
        for (const side of sides) {
          const b = original.borders[side];
          if (b) borders[side] = b.style === "None" ? { style: "None" } : defined({ style: b.style, color: b.color, weight: b.weight, tintAndShade: b.tintAndShade });
        }
        format.borders = borders;
      }
      if (format.fill || format.borders) formats.push({ row: cell.row, col: cell.col, format });
    }
    steps.push(...clearFillSteps(sheetOf, sheet, noFill), ...formatSteps(sheetOf, sheet, formats, (c) => c.format));
  }
  return steps;
}

/** A captured fill to set again: its colour (which makes it solid), tint and any other pattern. */
function filledFormat(fill: Excel.CellPropertiesFill): Excel.CellPropertiesFill {
  const pattern = fill.pattern && fill.pattern !== "Solid" && fill.pattern !== "None" ? fill.pattern : undefined;
  return defined({ color: fill.color, tintAndShade: fill.tintAndShade, pattern, patternColor: pattern ? fill.patternColor : undefined, patternTintAndShade: pattern ? fill.patternTintAndShade : undefined });
}

/** RangeAreas.format.fill.clear() over the cells, in address strings under Excel's limit. */
function clearFillSteps(sheetOf: SheetOf, sheet: string, cells: readonly CellPosition[]): Step[] {
  const steps: Step[] = [];
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (parts.length === 0) return;
    const address = parts.join(",");
    steps.push({ request: OPERATION_BYTES + payloadBytes(address), response: 0, queue: () => sheetOf(sheet).getRanges(address).format.fill.clear() });
    parts = [];
    length = 0;
  };
  for (const block of blocksOf(cells, Infinity)) {
    const address = rangeAddress(block);
    if (length + address.length + 1 > ADDRESS_CHARACTERS) flush();
    parts.push(address);
    length += address.length + 1;
  }
  flush();
  return steps;
}

/**
 * One setCellProperties per rectangle of cells, split into row bands that fit the payload
 * budget. The rectangles hold only the given cells (no bounding box of {} over cells the mark
 * does not touch); their number only adds batches.
 */
export function formatSteps<T extends CellPosition>(sheetOf: SheetOf, sheet: string, cells: readonly T[], formatOf: (c: T) => Format): Step[] {
  const byKey = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  const steps: Step[] = [];
  for (const block of blocksOf(cells, Infinity)) {
    let top = block.top;
    let rows: Excel.SettableCellProperties[][] = [];
    let bytes = OPERATION_BYTES;
    const flush = () => {
      if (rows.length === 0) return;
      const [props, at] = [rows, top];
      steps.push({
        request: bytes,
        response: 0,
        queue: () => sheetOf(sheet).getRangeByIndexes(at, block.left, props.length, block.right - block.left + 1).setCellProperties(props),
      });
      top += rows.length;
      rows = [];
      bytes = OPERATION_BYTES;
    };
    for (let r = block.top; r <= block.bottom; r++) {
      const row: Excel.SettableCellProperties[] = [];
      for (let c = block.left; c <= block.right; c++) {
        const cell = byKey.get(`${r}:${c}`);
        row.push(cell ? { format: formatOf(cell) } : {});
      }
      const rowBytes = payloadBytes(row);
      if (bytes + rowBytes > PAYLOAD_BUDGET) flush();
      rows.push(row);
      bytes += rowBytes;
    }
    flush();
  }
  return steps;
}

export interface MarkedCell extends CellPosition {
  readonly format: Format;
}

export interface MarkWork {
  readonly cellsMarked: number;
  /** Sheets where earlier marks must be put back (their protection matters too). */
  readonly restoreSheets: ReadonlySet<string>;
  /** In order: reads of what is not yet recorded, restores of earlier marks, the new marks. */
  readonly steps: Step[];
  /** After the steps ran: the record to save. */
  finish(): MarkRecord;
}

/**
 * 标注扣分 against the previous record and what those recorded cells show now (`current`, read
 * earlier in the same Excel.run). A cell still showing its earlier mark gets back the parts the
 * new marks do not cover and, if marked again, keeps its first original; a cell changed since
 * (or whose mark was undone) is taken as it is now.
 */
export function markWork(
  sheetOf: SheetOf,
  marks: readonly PlannedMark[],
  grids: readonly Grid[],
  previous: MarkRecord,
  current: LooksBySheet,
): MarkWork {
  const targets = markedCells(marks, grids);
  const existing = new Set(grids.map((g) => g.name));
  const still = (sheet: string, address: string) => {
    const entry = previous.get(sheet)?.get(address);
    return entry && showsMark(current.get(sheet)?.get(address), entry.mark) ? entry : undefined;
  };
  const { restores, capture } = markDecisions(targets, previous, existing, still);
  const captured = lookReads(sheetOf, capture);
  let cellsMarked = 0;
  const markSteps: Step[] = [];
  for (const [sheet, cells] of targets) {
    cellsMarked += cells.size;
    markSteps.push(...formatSteps(sheetOf, sheet, [...cells.values()], (c) => c.format));
  }
  return {
    cellsMarked,
    restoreSheets: new Set(restores.keys()),
    steps: [...captured.steps, ...restoreSteps(sheetOf, restores), ...markSteps],
    finish: () => {
      const fresh = captured.looks();
      return recordAfter(targets, previous, existing, still, (sheet, address) => fresh.get(sheet)?.get(address), lookOfFormat);
    },
  };
}

/** The mark as a look to recognise later (what setCellProperties was given). */
function lookOfFormat(format: Format): Look {
  const borders: Partial<Record<BorderSide, Excel.CellBorder>> = {};
  for (const side of SIDES) if (format.borders?.[side]) borders[side] = format.borders[side];
  return { fill: format.fill, borders: Object.keys(borders).length > 0 ? borders : undefined };
}

/**
 * Planned marks → cells with their mark format, per sheet. A mark on a merged cell covers the
 * whole merge (as in the file gateway), or only the master's edges would show.
 */
export function markedCells(marks: readonly PlannedMark[], grids: readonly Grid[]): Map<string, Map<string, MarkedCell>> {
  const out = new Map<string, Map<string, MarkedCell>>();
  const views = new Map<string, MergedView>();
  for (const mark of marks) {
    const grid = grids.find((g) => g.name === mark.sheet)!;
    if (!views.has(grid.name)) views.set(grid.name, new MergedView(grid));
    const view = views.get(grid.name)!;
    const cells = out.get(mark.sheet) ?? new Map<string, MarkedCell>();
    out.set(mark.sheet, cells);
    const format = markFormat(mark.kind);
    for (const address of mark.cells) {
      const { row, col } = parseA1(address);
      const area = view.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = `${r}:${c}`;
          const before = cells.get(key);
          cells.set(key, { row: r, col: c, format: before ? mergeFormats(before.format, format) : format });
        }
      }
    }
  }
  return out;
}

/** A rectangle cut into row bands of at most `maxCells` cells. */
function bands(block: CellRange, maxCells: number): CellRange[] {
  const width = block.right - block.left + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const out: CellRange[] = [];
  for (let top = block.top; top <= block.bottom; top += rows) out.push({ ...block, top, bottom: Math.min(block.bottom, top + rows - 1) });
  return out;
}

function cellsOf(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}
