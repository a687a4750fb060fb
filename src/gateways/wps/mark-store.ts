/**
 * Where WPS keeps the record behind 清除标注: the workbook's custom document properties, saved
 * with the file (.xlsx docProps/custom.xml, .et), so it survives closing and reopening, like
 * Office's document settings in the Excel gateway. A text property holds at most 255 characters
 * (https://learn.microsoft.com/office/vba/api/office.documentproperty), so the record's JSON
 * (encoded by ../excel/mark-store.ts, shared) is kept in numbered parts:
 *   perfeval.marks.v1     → number of parts
 *   perfeval.marks.v1.0 … → the text, 255 characters each
 * The properties are written when the record is saved, after the cells.
 */
import { a1, parseA1 } from "../../core/grid/address";
import { blocksOf } from "../excel/areas";
import type { AsyncOutcome, SettingsStore } from "../excel/host";
import { rangeOf } from "../excel/areas";
import { addressOf } from "./addresses";
import { XL, type EtDocumentProperties, type EtWorkbook } from "./et";

/** The shared encoding (../excel/mark-store.ts, version 2): address → [original, mark]. */
interface PerCell {
  readonly version: 2;
  readonly looks: unknown[];
  readonly sheets: Record<string, Record<string, [number, number]>>;
}

/**
 * Kept more compactly in the document: the cells of each [original, mark] pair as rectangles
 * ("H5:I40,H44"), so a record's size follows the number of marked areas, not of marked cells.
 */
interface ByArea {
  readonly version: "2-areas";
  readonly looks: unknown[];
  readonly sheets: Record<string, [number, number, string][]>;
}

function compact(record: PerCell): ByArea {
  const sheets: ByArea["sheets"] = {};
  for (const [sheet, cells] of Object.entries(record.sheets)) {
    const pairs = new Map<string, { row: number; col: number }[]>();
    for (const [address, [o, m]] of Object.entries(cells)) {
      const key = `${o},${m}`;
      const list = pairs.get(key) ?? [];
      list.push(parseA1(address));
      pairs.set(key, list);
    }
    sheets[sheet] = [...pairs].map(([key, list]) => {
      const [o, m] = key.split(",").map(Number);
      return [o, m, addressOf(blocksOf(list, Infinity))];
    });
  }
  return { version: "2-areas", looks: record.looks, sheets };
}

function expand(stored: ByArea): PerCell {
  const sheets: PerCell["sheets"] = {};
  for (const [sheet, groups] of Object.entries(stored.sheets)) {
    const cells: Record<string, [number, number]> = {};
    for (const [o, m, addresses] of groups) {
      for (const part of addresses.split(",")) {
        const r = rangeOf(part);
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells[a1(row, col)] = [o, m];
      }
    }
    sheets[sheet] = cells;
  }
  return { version: 2, looks: stored.looks, sheets };
}

const isPerCell = (v: unknown): v is PerCell => typeof v === "object" && v !== null && (v as PerCell).version === 2;
const isByArea = (v: unknown): v is ByArea => typeof v === "object" && v !== null && (v as ByArea).version === "2-areas";

export const PART_LENGTH = 255;

function property(props: EtDocumentProperties, name: string): string | undefined {
  try {
    return String(props.Item(name).Value);
  } catch {
    return undefined; // Item fails for a name that does not exist
  }
}

/** The document's custom properties as a settings store (get, set, remove, saveAsync). */
export function documentSettings(workbook: () => EtWorkbook): SettingsStore {
  const pending = new Map<string, unknown>();
  const read = (name: string): unknown => {
    const props = workbook().CustomDocumentProperties;
    const count = Number(property(props, name) ?? 0);
    if (!count) return null;
    let text = "";
    for (let i = 0; i < count; i++) text += property(props, `${name}.${i}`) ?? "";
    try {
      const stored: unknown = JSON.parse(text);
      return isByArea(stored) ? expand(stored) : stored;
    } catch {
      return null; // a record cut short: treated as none
    }
  };
  const write = (props: EtDocumentProperties, name: string, value: unknown) => {
    const old = Number(property(props, name) ?? 0);
    for (let i = 0; i < old; i++) props.Item(`${name}.${i}`).Delete();
    if (old) props.Item(name).Delete();
    if (value === undefined) return;
    const text = JSON.stringify(isPerCell(value) ? compact(value) : value);
    const parts = Math.ceil(text.length / PART_LENGTH);
    for (let i = 0; i < parts; i++) props.Add(`${name}.${i}`, false, XL.propertyTypeString, text.slice(i * PART_LENGTH, (i + 1) * PART_LENGTH));
    // The count last: a record is complete once its count is there.
    props.Add(name, false, XL.propertyTypeString, String(parts));
  };
  return {
    get: (name) => (pending.has(name) ? (pending.get(name) ?? null) : read(name)),
    set: (name, value) => void pending.set(name, value),
    remove: (name) => void pending.set(name, undefined),
    saveAsync: (callback: (result: AsyncOutcome<void>) => void) => {
      try {
        const props = workbook().CustomDocumentProperties;
        for (const [name, value] of pending) write(props, name, value);
        pending.clear();
        callback({ status: "succeeded", value: undefined });
      } catch (e) {
        callback({ status: "failed", value: undefined, error: { message: e instanceof Error ? e.message : String(e) } });
      }
    },
  };
}
