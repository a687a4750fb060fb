/**
 * The original fill and borders of every cell 标注扣分 coloured, kept in the document's own
 * settings so 清除标注 can put them back exactly, even after the workbook is closed and
 * reopened. Identical looks are stored once (a palette), so thousands of cells stay small.
 */
import type { AsyncOutcome, SettingsStore } from "./host";

export const MARKS_SETTING = "perfeval.marks.v1";

/** The parts of a cell's format a mark changes, as getCellProperties returned them. */
export interface OriginalLook {
  readonly fill?: Excel.CellPropertiesFill;
  readonly borders?: Pick<Excel.CellBorderCollection, "top" | "bottom" | "left" | "right">;
}

/** sheet → A1 address → original look. */
export type MarkRecord = Map<string, Map<string, OriginalLook>>;

interface StoredRecord {
  readonly version: 1;
  readonly looks: OriginalLook[];
  readonly sheets: Record<string, Record<string, number>>;
}

export function loadMarkRecord(settings: SettingsStore): MarkRecord {
  const stored = settings.get(MARKS_SETTING) as StoredRecord | null | undefined;
  const record: MarkRecord = new Map();
  if (!stored || stored.version !== 1) return record;
  for (const [sheet, cells] of Object.entries(stored.sheets)) {
    record.set(sheet, new Map(Object.entries(cells).map(([address, i]) => [address, stored.looks[i]])));
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

function encode(record: MarkRecord): StoredRecord {
  const looks: OriginalLook[] = [];
  const index = new Map<string, number>();
  const sheets: Record<string, Record<string, number>> = {};
  for (const [sheet, cells] of record) {
    const out: Record<string, number> = {};
    for (const [address, look] of cells) {
      const key = JSON.stringify(look);
      if (!index.has(key)) {
        index.set(key, looks.length);
        looks.push(look);
      }
      out[address] = index.get(key)!;
    }
    sheets[sheet] = out;
  }
  return { version: 1, looks, sheets };
}
