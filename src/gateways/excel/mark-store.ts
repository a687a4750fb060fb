/**
 * The record behind 清除标注: for every cell 标注扣分 coloured, the fill and borders it had
 * before (as getCellProperties reported them) and the mark that was put on it. Kept in the
 * document's settings, so it survives closing and reopening; identical looks are stored once
 * (a palette), so thousands of cells stay small (settings hold about 1–2 MB, office-js #621,
 * #3957).
 *
 * Settings are not part of Excel's undo (docs/develop/persisting-add-in-state-and-settings.md),
 * so the record alone cannot say what the cells show now: 清除标注 and 标注扣分 read the cells
 * back and restore only those still showing the recorded mark (marks.ts). Entries are kept
 * after 清除标注, so a Ctrl+Z that brings the marks back can be cleared again.
 */
import type { AsyncOutcome, SettingsStore } from "./host";

export const MARKS_SETTING = "perfeval.marks.v1";

export type BorderSide = "top" | "bottom" | "left" | "right";

/** The parts of a cell's format a mark changes, as getCellProperties reports them. */
export interface Look {
  readonly fill?: Excel.CellPropertiesFill;
  readonly borders?: Partial<Record<BorderSide, Excel.CellBorder>>;
}

/**
 * One recorded cell: its look before marking, and the mark (absent in records made before
 * version 2). The look is the host's own (Office.js cell properties here, ET's Interior and
 * Borders in the WPS gateway); the record and its encoding are shared.
 */
export interface MarkEntry<L = Look> {
  readonly original: L;
  readonly mark?: L;
}

/** sheet → A1 address → entry. */
export type MarkRecord<L = Look> = Map<string, Map<string, MarkEntry<L>>>;

interface StoredRecordV1<L> {
  readonly version: 1;
  readonly looks: L[];
  readonly sheets: Record<string, Record<string, number>>;
}

interface StoredRecordV2<L> {
  readonly version: 2;
  readonly looks: L[];
  /** address → [original, mark] as indexes into looks. */
  readonly sheets: Record<string, Record<string, [number, number]>>;
}

export function loadMarkRecord<L = Look>(settings: SettingsStore, name = MARKS_SETTING): MarkRecord<L> {
  const stored = settings.get(name) as StoredRecordV1<L> | StoredRecordV2<L> | null | undefined;
  const record: MarkRecord<L> = new Map();
  if (!stored) return record;
  if (stored.version === 1) {
    for (const [sheet, cells] of Object.entries(stored.sheets)) {
      record.set(sheet, new Map(Object.entries(cells).map(([address, i]) => [address, { original: stored.looks[i] }])));
    }
  } else if (stored.version === 2) {
    for (const [sheet, cells] of Object.entries(stored.sheets)) {
      record.set(sheet, new Map(Object.entries(cells).map(([address, [o, m]]) => [address, { original: stored.looks[o], mark: stored.looks[m] }])));
    }
  }
  return record;
}

export function recordSize<L>(record: MarkRecord<L>): number {
  let n = 0;
  for (const cells of record.values()) n += cells.size;
  return n;
}

/** Writes the record (or removes it when empty) and saves the document's settings. */
export async function saveMarkRecord<L>(settings: SettingsStore, record: MarkRecord<L>, name = MARKS_SETTING): Promise<void> {
  if (recordSize(record) === 0) settings.remove(name);
  else settings.set(name, encode(record));
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((result: AsyncOutcome<void>) =>
      result.status === "failed" ? reject(new Error(result.error?.message ?? "settings.saveAsync failed")) : resolve(),
    ),
  );
}

function encode<L>(record: MarkRecord<L>): StoredRecordV2<L> {
  const looks: L[] = [];
  const index = new Map<string, number>();
  const indexOf = (look: L): number => {
    const key = JSON.stringify(look);
    if (!index.has(key)) {
      index.set(key, looks.length);
      looks.push(look);
    }
    return index.get(key)!;
  };
  const sheets: Record<string, Record<string, [number, number]>> = {};
  for (const [sheet, cells] of record) {
    const out: Record<string, [number, number]> = {};
    for (const [address, entry] of cells) out[address] = [indexOf(entry.original), indexOf(entry.mark ?? ({} as L))];
    sheets[sheet] = out;
  }
  return { version: 2, looks, sheets };
}
