/**
 * What 标注扣分 does to the record, whatever the host: which earlier marks go back, which parts
 * of the newly marked cells to capture first, and the record to keep afterwards. Pure: the
 * Excel gateway (marks.ts) and the WPS gateway (../wps/marks.ts) read and write the cells, each
 * with its own kind of look (Office.js cell properties, ET's Interior and Borders).
 *
 * A cell still showing its earlier mark gets back the parts the new marks do not cover and, if
 * marked again, keeps its first original; a cell changed since (or whose mark was undone) is
 * taken as it is now. Sheets deleted or renamed since keep their record, in case the name
 * comes back.
 */
import { a1, parseA1 } from "../../core/grid/address";
import type { CellPosition } from "./areas";
import type { MarkEntry, MarkRecord } from "./mark-store";

/** The parts of a look a mark changes: its fill, and its borders. */
export interface Parts {
  readonly fill: boolean;
  readonly borders: boolean;
}

/** Anything with an optional fill and optional borders: a look, or a mark's format. */
export interface HasParts {
  readonly fill?: unknown;
  readonly borders?: unknown;
}

/** A cell to mark, with the format its mark puts on. */
export interface TargetCell<F extends HasParts> extends CellPosition {
  readonly format: F;
}

/** sheet → "row:col" → cell. */
export type Targets<F extends HasParts> = Map<string, Map<string, TargetCell<F>>>;

/** A recorded cell to put back, and which of its parts. */
export interface Restore<L> extends CellPosition {
  readonly entry: MarkEntry<L>;
  readonly parts?: Parts;
}

/** A cell to look at, and what of it. */
export interface Capture extends CellPosition {
  readonly parts: Parts;
}

/** The parts a recorded mark changed (both when the record does not say). */
export function partsOf(mark: HasParts | undefined): Parts {
  return mark && (mark.fill || mark.borders) ? { fill: !!mark.fill, borders: !!mark.borders } : { fill: true, borders: true };
}

/** The recorded entry of a cell if it still shows its mark. */
export type StillMarked<L> = (sheet: string, address: string) => MarkEntry<L> | undefined;

export function markDecisions<L extends HasParts, F extends HasParts>(
  targets: Targets<F>,
  previous: MarkRecord<L>,
  existing: ReadonlySet<string>,
  still: StillMarked<L>,
): { restores: Map<string, Restore<L>[]>; capture: Map<string, Capture[]> } {
  const restores = new Map<string, Restore<L>[]>();
  for (const [sheet, cells] of previous) {
    if (!existing.has(sheet)) continue;
    for (const [address, entry] of cells) {
      if (!still(sheet, address)) continue;
      const { row, col } = parseA1(address);
      const next = targets.get(sheet)?.get(`${row}:${col}`);
      const old = partsOf(entry.mark);
      const parts = { fill: old.fill && !next?.format.fill, borders: old.borders && !next?.format.borders };
      if (!parts.fill && !parts.borders) continue;
      if (restores.has(sheet)) restores.get(sheet)!.push({ row, col, entry, parts });
      else restores.set(sheet, [{ row, col, entry, parts }]);
    }
  }
  const capture = new Map<string, Capture[]>();
  for (const [sheet, cells] of targets) {
    const wanted: Capture[] = [];
    for (const c of cells.values()) {
      const kept = still(sheet, a1(c.row, c.col))?.original;
      const parts = { fill: !!c.format.fill && !kept?.fill, borders: !!c.format.borders && !kept?.borders };
      if (parts.fill || parts.borders) wanted.push({ row: c.row, col: c.col, parts });
    }
    if (wanted.length > 0) capture.set(sheet, wanted);
  }
  return { restores, capture };
}

/** The record after marking: originals kept from before or captured now, and each cell's mark. */
export function recordAfter<L extends HasParts, F extends HasParts>(
  targets: Targets<F>,
  previous: MarkRecord<L>,
  existing: ReadonlySet<string>,
  still: StillMarked<L>,
  captured: (sheet: string, address: string) => L | undefined,
  lookOfMark: (format: F) => L,
): MarkRecord<L> {
  const record: MarkRecord<L> = new Map([...previous].filter(([sheet]) => !existing.has(sheet)));
  for (const [sheet, cells] of targets) {
    const entries = new Map<string, MarkEntry<L>>();
    for (const c of cells.values()) {
      const address = a1(c.row, c.col);
      const kept = still(sheet, address)?.original;
      const now = captured(sheet, address);
      const original = { fill: kept?.fill ?? now?.fill, borders: kept?.borders ?? now?.borders } as L;
      entries.set(address, { original, mark: lookOfMark(c.format) });
    }
    record.set(sheet, entries);
  }
  return record;
}
