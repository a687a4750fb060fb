/**
 * Marks on the user's sheets (标注扣分) and their removal (清除标注), queued in one batch:
 * first the current look of every newly marked cell is read (getCellProperties per block,
 * queued before any write, so it returns the look before this batch changes it), then every
 * earlier mark is undone from its record, then the new marks are set.
 *
 * Marking again therefore never loses the true originals: a cell already recorded keeps its
 * first capture, a cell no longer marked gets its original back.
 */
import { a1, parseA1 } from "../../core/grid/address";
import type { Grid } from "../../core/grid/grid";
import { MergedView } from "../../core/grid/merged";
import type { PlannedMark } from "../../core/plan/plan";
import { blocksOf, type CellPosition } from "./areas";
import type { MarkRecord, OriginalLook } from "./mark-store";
import { markFormat, mergeFormats } from "./styles";

type Format = Excel.CellPropertiesFormat;
const SIDES = ["top", "bottom", "left", "right"] as const;

/** What to read to be able to restore a cell: exactly what a mark may change. */
const CAPTURE: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    borders: { color: true, style: true, weight: true, tintAndShade: true },
  },
};

interface MarkedCell extends CellPosition {
  readonly format: Format;
}

export interface QueuedMarks {
  readonly cellsMarked: number;
  /** After the sync: the record to save (first captures kept, new ones added). */
  finish(): MarkRecord;
}

export function queueMarks(
  worksheets: Excel.WorksheetCollection,
  marks: readonly PlannedMark[],
  grids: readonly Grid[],
  previous: MarkRecord,
): QueuedMarks {
  const targets = markedCells(marks, grids);
  const existing = new Set(grids.map((g) => g.name));
  // 1. Reads first: the looks of cells not yet recorded.
  const captures: {
    sheet: string;
    top: number;
    left: number;
    cells: MarkedCell[];
    result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  for (const [sheet, cells] of targets) {
    const known = previous.get(sheet);
    const fresh = [...cells.values()].filter((c) => !known?.has(a1(c.row, c.col)));
    if (fresh.length === 0) continue;
    const ws = worksheets.getItem(sheet);
    for (const b of blocksOf(fresh)) {
      const range = ws.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
      const inside = fresh.filter((c) => c.row >= b.top && c.row <= b.bottom && c.col >= b.left && c.col <= b.right);
      captures.push({ sheet, top: b.top, left: b.left, cells: inside, result: range.getCellProperties(CAPTURE) });
    }
  }
  // 2. Earlier marks back to their originals (sheets since deleted or renamed are skipped).
  queueRestore(worksheets, previous, existing);
  // 3. The new marks.
  let cellsMarked = 0;
  for (const [sheet, cells] of targets) {
    cellsMarked += cells.size;
    queueFormats(worksheets.getItem(sheet), [...cells.values()], (c) => c.format);
  }
  return {
    cellsMarked,
    finish(): MarkRecord {
      // Records of sheets deleted or renamed since are kept, as 清除标注 keeps them.
      const record: MarkRecord = new Map([...previous].filter(([sheet]) => !existing.has(sheet)));
      for (const [sheet, cells] of targets) {
        const known = previous.get(sheet);
        const looks = new Map<string, OriginalLook>();
        for (const c of cells.values()) {
          const address = a1(c.row, c.col);
          const first = known?.get(address);
          if (first) looks.set(address, first);
        }
        record.set(sheet, looks);
      }
      for (const cap of captures) {
        const looks = record.get(cap.sheet)!;
        const rows = cap.result.value;
        for (const c of cap.cells) {
          const props = rows[c.row - cap.top]?.[c.col - cap.left];
          if (props && !looks.has(a1(c.row, c.col))) looks.set(a1(c.row, c.col), lookOf(props));
        }
      }
      return record;
    },
  };
}

/** Puts every recorded cell on an existing sheet back as it was; returns how many. */
export function queueRestore(worksheets: Excel.WorksheetCollection, record: MarkRecord, existing: ReadonlySet<string>): number {
  let restored = 0;
  for (const [sheet, cells] of record) {
    if (!existing.has(sheet) || cells.size === 0) continue;
    const positions = [...cells.keys()].map((address) => ({ ...parseA1(address), look: cells.get(address)! }));
    queueFormats(worksheets.getItem(sheet), positions, (c) => restoreFormat(c.look));
    restored += cells.size;
  }
  return restored;
}

/** One setCellProperties per block; cells of the block not in the list get {} (unchanged). */
function queueFormats<T extends CellPosition>(ws: Excel.Worksheet, cells: readonly T[], formatOf: (c: T) => Format): void {
  const byKey = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  for (const b of blocksOf(cells)) {
    const props: Excel.SettableCellProperties[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: Excel.SettableCellProperties[] = [];
      for (let c = b.left; c <= b.right; c++) {
        const cell = byKey.get(`${r}:${c}`);
        row.push(cell ? { format: formatOf(cell) } : {});
      }
      props.push(row);
    }
    ws.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).setCellProperties(props);
  }
}

/**
 * Planned marks → cells with their mark format, per sheet. A mark on a merged cell covers the
 * whole merge (as in the file gateway), or only the master's edges would show.
 */
function markedCells(marks: readonly PlannedMark[], grids: readonly Grid[]): Map<string, Map<string, MarkedCell>> {
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

/** The fill and four borders, as captured. */
function lookOf(props: Excel.CellProperties): OriginalLook {
  const borders = props.format?.borders;
  return {
    fill: props.format?.fill,
    borders: borders ? { top: borders.top, bottom: borders.bottom, left: borders.left, right: borders.right } : undefined,
  };
}

/**
 * A captured look as something to set. A cell without fill reports a white colour with pattern
 * "None"; setting that colour would paint it white, so only the pattern is set. Likewise a side
 * without border is set to style "None" alone.
 */
export function restoreFormat(look: OriginalLook): Format {
  const format: Format = {};
  if (look.fill) {
    const { pattern, color, patternColor, tintAndShade, patternTintAndShade } = look.fill;
    format.fill = pattern === "None" ? { pattern: "None" } : defined({ pattern, color, patternColor, tintAndShade, patternTintAndShade });
  }
  if (look.borders) {
    const borders: Excel.CellBorderCollection = {};
    for (const side of SIDES) {
      const b = look.borders[side];
      if (!b) continue;
      borders[side] =
        b.style === "None"
          ? { style: "None" }
          : defined({ style: b.style, color: b.color, weight: b.weight, tintAndShade: b.tintAndShade });
    }
    format.borders = borders;
  }
  return format;
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}
