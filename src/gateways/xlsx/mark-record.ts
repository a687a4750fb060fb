/**
 * What the file gateway's marks changed, kept in the result workbook itself (custom document
 * properties, as the WPS gateway keeps its record), so that evaluating the result again first
 * puts every marked cell back to its own style: a row corrected since keeps no stale colour,
 * a check since resolved no red box. A cell whose style someone changed after marking (it no
 * longer shows our style) is left as it is.
 */
import { a1, parseA1 } from "../../core/grid/address";
import { readCustomProperties, writeCustomProperties } from "./package/custom-properties";
import { partText, setPart, type XlsxPackage } from "./package/package";
import { cellKey, editCells, type CellEdit } from "./package/sheet-cells";
import type { SheetEntry } from "./package/workbook";

/** One marked cell: its style index before and after. */
export interface MarkChange {
  readonly row: number;
  readonly col: number;
  readonly from: number;
  readonly to: number;
}

const NAME = "PerfEvalMarks";
/** Custom properties are text of at most 255 characters each in Excel's and WPS's dialogs. */
const CHUNK = 240;
const PART = new RegExp(`^${NAME}\\.\\d+$`);

/** Sheet → [address, from, to] runs: "B9:G9" when neighbours in a row changed alike. */
type Encoded = Record<string, [string, number, number][]>;

function encode(bySheet: ReadonlyMap<string, readonly MarkChange[]>): string {
  const out: Encoded = {};
  for (const [sheet, changes] of bySheet) {
    const sorted = [...changes].sort((a, b) => a.row - b.row || a.col - b.col);
    const runs: [string, number, number][] = [];
    let start: MarkChange | undefined;
    let prev: MarkChange | undefined;
    const flush = () => {
      if (start && prev) runs.push([start === prev ? a1(start.row, start.col) : `${a1(start.row, start.col)}:${a1(prev.row, prev.col)}`, start.from, start.to]);
    };
    for (const c of sorted) {
      if (prev && c.row === prev.row && c.col === prev.col + 1 && c.from === prev.from && c.to === prev.to) {
        prev = c;
        continue;
      }
      flush();
      start = prev = c;
    }
    flush();
    if (runs.length) out[sheet] = runs;
  }
  return JSON.stringify({ v: 1, s: out });
}

function decode(text: string): Encoded {
  try {
    const parsed = JSON.parse(text) as { v?: number; s?: Encoded };
    return parsed.v === 1 && parsed.s ? parsed.s : {};
  } catch {
    return {};
  }
}

/** Saves the record (replacing any earlier one), or removes it when nothing is marked. */
export function recordMarks(pkg: XlsxPackage, bySheet: ReadonlyMap<string, readonly MarkChange[]>): void {
  const anything = [...bySheet.values()].some((c) => c.length > 0);
  const values = new Map<string, string | undefined>([[NAME, undefined]]);
  if (anything) {
    const text = encode(bySheet);
    const parts = Math.ceil(text.length / CHUNK);
    values.set(NAME, String(parts));
    for (let i = 0; i < parts; i++) values.set(`${NAME}.${String(i + 1).padStart(3, "0")}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
  }
  writeCustomProperties(pkg, values, PART);
}

/** Puts back the style of every recorded cell that still shows its mark, and forgets the record. */
export function restoreRecordedMarks(pkg: XlsxPackage, sheets: readonly SheetEntry[]): void {
  const props = readCustomProperties(pkg);
  const count = Number(props.get(NAME));
  if (!count) return;
  let text = "";
  for (let i = 1; i <= count; i++) text += props.get(`${NAME}.${String(i).padStart(3, "0")}`) ?? "";
  for (const [sheet, runs] of Object.entries(decode(text))) {
    const entry = sheets.find((s) => s.name === sheet && s.part);
    const xml = entry ? partText(pkg, entry.part!) : undefined;
    if (!entry || !xml) continue;
    const edits = new Map<number, CellEdit>();
    for (const [address, from, to] of runs) {
      const [first, last] = address.split(":").map(parseA1);
      for (let c = first.col; c <= (last ?? first).col; c++) {
        edits.set(cellKey(first.row, c), { restyle: (current) => (current === to ? from : current) });
      }
    }
    setPart(pkg, entry.part!, editCells(xml, edits).xml);
  }
  writeCustomProperties(pkg, new Map([[NAME, undefined]]), PART);
}
