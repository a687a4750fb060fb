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
import type { AsyncOutcome, SettingsStore } from "../excel/host";
import { XL, type EtDocumentProperties, type EtWorkbook } from "./et";

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
      return JSON.parse(text);
    } catch {
      return null; // a record cut short: treated as none
    }
  };
  const write = (props: EtDocumentProperties, name: string, value: unknown) => {
    const old = Number(property(props, name) ?? 0);
    for (let i = 0; i < old; i++) props.Item(`${name}.${i}`).Delete();
    if (old) props.Item(name).Delete();
    if (value === undefined) return;
    const text = JSON.stringify(value);
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
