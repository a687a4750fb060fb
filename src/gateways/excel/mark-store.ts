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

/** One recorded cell: its look before marking, and the mark (absent in records made before version 2). */
export interface MarkEntry {
  readonly original: Look;
  readonly mark?: Look;
}

/** sheet → A1 address → entry. */
export type MarkRecord = Map<string, Map<string, MarkEntry>>;

interface StoredRecordV1 {
  readonly version: 1;
  readonly looks: Look[];
  readonly sheets: Record<string, Record<string, number>>;
}

interface StoredRecordV2 {
  readonly version: 2;
  readonly looks: Look[];
  /** address → [original, mark] as indexes into looks. */
  readonly sheets: Record<string, Record<string, [number, number]>>;
}

export function loadMarkRecord(settings: SettingsStore): MarkRecord {
  const stored = settings.get(MARKS_SETTING) as StoredRecordV1 | StoredRecordV2 | null | undefined;
  const record: MarkRecord = new Map();
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

export function recordSize(record: MarkRecord): number {
  let n = 0;
  for (const cells of record.values()) n += cells.size;
  return n;
}

/** Writes the record (or removes it when empty) and saves the document's settings. */
export async function saveMarkRecord(settings: SettingsStore, record: MarkRecord): Promise<void> {
  if (recordSize(record) === 0) settings.remove(MARKS_SETTING);
  else settings.set(MARKS_SETTING, encode(record));
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((result: AsyncOutcome<void>) =>
      result.status === "failed" ? reject(new Error(result.error?.message ?? "settings.saveAsync failed")) : resolve(),
    ),
  );
}

function encode(record: MarkRecord): StoredRecordV2 {
  const looks: Look[] = [];
  const index = new Map<string, number>();
  const indexOf = (look: Look): number => {
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
    for (const [address, entry] of cells) out[address] = [indexOf(entry.original), indexOf(entry.mark ?? {})];
    sheets[sheet] = out;
  }
  return { version: 2, looks, sheets };
}
