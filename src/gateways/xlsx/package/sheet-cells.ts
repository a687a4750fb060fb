/**
 * Cell-level edits of a worksheet part, on its text: give existing cells a new style index, and
 * put new cells where there were none. Everything else in the part (other cells, formulas,
 * validations, hyperlinks, merges, protection, drawings, extensions) keeps its exact bytes.
 * Rows and cells without an "r" attribute (allowed, and written by some generators) are placed
 * by position, as Excel does.
 */
import { a1, columnIndex } from "../../../core/grid/address";
import { attr, findElement, removeAttr, setAttr, startTags } from "./xml";

export interface CellEdit {
  /** New style index for the cell, from its current one (0 when it has none). */
  readonly restyle?: (current: number) => number;
  /**
   * The element to write when the cell is empty (no value, formula or inline string); given the
   * cell's A1 reference and current style. A cell that is not empty is left alone (never overwritten).
   */
  readonly fill?: (ref: string, currentStyle: number) => string;
}

export interface CellEditReport {
  readonly xml: string;
  /** Cells with `fill` that were not empty, so not written. */
  readonly skipped: number;
}

interface CellSpan {
  start: number;
  end: number;
  col: number;
  hasRef: boolean;
  startTag: string;
  prefix: string;
  selfClosing: boolean;
}

interface RowSpan {
  start: number;
  /** End of the whole row element. */
  end: number;
  /** Where the row's content starts and ends (content end = before its close tag). */
  openEnd: number;
  closeStart: number;
  row: number;
  hasRef: boolean;
  startTag: string;
  prefix: string;
  cells: CellSpan[];
}

const key = (row: number, col: number) => row * 16384 + col;

/** Applies edits keyed by zero-based (row, col): key(row, col). */
export function editCells(sheetXml: string, edits: ReadonlyMap<number, CellEdit>): CellEditReport {
  if (edits.size === 0) return { xml: sheetXml, skipped: 0 };
  const data = findElement(sheetXml, "sheetData");
  if (!data) throw new Error("worksheet without <sheetData>");
  const prefix = data.prefix;
  const inner = data.inner ?? "";
  const openEnd = sheetXml.indexOf(">", data.start) + 1;
  const rows = scanRows(inner);
  const byRow = new Map<number, [number, CellEdit][]>();
  for (const [k, e] of edits) {
    const r = Math.floor(k / 16384);
    if (!byRow.has(r)) byRow.set(r, []);
    byRow.get(r)!.push([k % 16384, e]);
  }
  let skipped = 0;
  const pieces: string[] = [];
  let at = 0;
  const rowIndex = new Map(rows.map((r) => [r.row, r]));
  const pending = [...byRow.keys()].filter((r) => !rowIndex.has(r)).sort((a, b) => a - b);
  const newRow = (r: number) => {
    const cells = byRow.get(r)!.sort((a, b) => a[0] - b[0]);
    const made = cells.map(([c, e]) => newCell(r, c, e, prefix)).filter(Boolean);
    return made.length ? `<${prefix}row r="${r + 1}">${made.join("")}</${prefix}row>` : "";
  };
  for (const row of rows) {
    // New rows that come before this one.
    while (pending.length && pending[0] < row.row) {
      pieces.push(inner.slice(at, row.start), newRow(pending.shift()!));
      at = row.start;
    }
    const wanted = byRow.get(row.row);
    if (!wanted) continue;
    pieces.push(inner.slice(at, row.start));
    const out = editRow(inner, row, wanted);
    skipped += out.skipped;
    pieces.push(out.text);
    at = row.end;
  }
  pieces.push(inner.slice(at));
  for (const r of pending) pieces.push(newRow(r));
  const body = pieces.join("");
  const head = sheetXml.slice(0, data.start);
  if (data.inner === undefined) {
    // <sheetData/>: open it.
    return { xml: `${head}<${prefix}sheetData>${body}</${prefix}sheetData>${sheetXml.slice(data.end)}`, skipped };
  }
  return { xml: `${sheetXml.slice(0, openEnd)}${body}${sheetXml.slice(data.end - `</${prefix}sheetData>`.length)}`, skipped };
}

export function cellKey(row: number, col: number): number {
  return key(row, col);
}

function editRow(inner: string, row: RowSpan, wanted: [number, CellEdit][]): { text: string; skipped: number } {
  let skipped = 0;
  const edits = new Map(wanted);
  const parts: string[] = [];
  let at = row.openEnd;
  const toInsert = wanted.filter(([c]) => !row.cells.some((cell) => cell.col === c)).sort((a, b) => a[0] - b[0]);
  // The row's start tag, opened if it was empty (<row r="5"/>).
  const rowOpen = row.startTag.endsWith("/>") ? row.startTag.slice(0, -2) + ">" : row.startTag;
  let fixRefs = false;
  for (const cell of row.cells) {
    while (toInsert.length && toInsert[0][0] < cell.col) {
      const [c, e] = toInsert.shift()!;
      parts.push(inner.slice(at, cell.start), newCell(row.row, c, e, row.prefix || cell.prefix));
      at = cell.start;
      // A cell placed by position after an inserted one would move: give it its reference.
      fixRefs = true;
    }
    const e = edits.get(cell.col);
    let tag = cell.startTag;
    if (fixRefs && !cell.hasRef) tag = tag.replace(/^<([\w.:-]+)/, `<$1 r="${a1(row.row, cell.col)}"`);
    if (!e) {
      if (tag !== cell.startTag) {
        parts.push(inner.slice(at, cell.start), tag);
        at = cell.start + cell.startTag.length;
      }
      continue;
    }
    parts.push(inner.slice(at, cell.start));
    const element = inner.slice(cell.start, cell.end);
    const current = Number(attr(tag, "s") ?? 0) || 0;
    if (e.fill) {
      if (isEmptyCell(element)) parts.push(e.fill(a1(row.row, cell.col), current));
      else {
        skipped++;
        parts.push(tag + element.slice(cell.startTag.length));
      }
    } else if (e.restyle) {
      const s = e.restyle(current);
      parts.push(restyleTag(tag, s) + element.slice(cell.startTag.length));
    } else parts.push(tag + element.slice(cell.startTag.length));
    at = cell.end;
  }
  const tail = toInsert.map(([c, e]) => newCell(row.row, c, e, row.prefix)).join("");
  const close = `</${row.prefix}row>`;
  if (row.startTag.endsWith("/>")) return { text: `${rowOpen}${parts.join("")}${tail}${close}`, skipped };
  parts.push(inner.slice(at, row.closeStart), tail);
  return { text: `${inner.slice(row.start, row.openEnd)}${parts.join("")}${close}`, skipped };
}

function newCell(row: number, col: number, e: CellEdit, prefix: string): string {
  const ref = a1(row, col);
  if (e.fill) return e.fill(ref, 0);
  if (e.restyle) return `<${prefix}c r="${ref}" s="${e.restyle(0)}"/>`;
  return "";
}

function restyleTag(tag: string, s: number): string {
  const selfClosing = tag.endsWith("/>");
  const body = tag.slice(0, selfClosing ? -2 : -1);
  const m = /^<([\w.:-]+)([\s\S]*)$/.exec(body)!;
  const attrs = s === 0 ? removeAttr(m[2], "s") : setAttr(m[2], "s", String(s));
  return `<${m[1]}${attrs}${selfClosing ? "/>" : ">"}`;
}

function isEmptyCell(element: string): boolean {
  return !/<(?:[\w.-]+:)?(?:v|f|is)[\s>/]/.test(element);
}

function scanRows(inner: string): RowSpan[] {
  const rows: RowSpan[] = [];
  const re = startTags("row");
  let implied = -1;
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const r = attr(m[2], "r");
    const row = r ? Number(r) - 1 : implied + 1;
    implied = row;
    const openEnd = m.index + m[0].length;
    if (m[3] === "/") {
      rows.push({ start: m.index, end: openEnd, openEnd, closeStart: openEnd, row, hasRef: !!r, startTag: m[0], prefix: m[1], cells: [] });
      continue;
    }
    const close = `</${m[1]}row>`;
    const closeStart = inner.indexOf(close, openEnd);
    const end = closeStart + close.length;
    rows.push({ start: m.index, end, openEnd, closeStart, row, hasRef: !!r, startTag: m[0], prefix: m[1], cells: scanCells(inner, openEnd, closeStart) });
    re.lastIndex = end;
  }
  return rows;
}

function scanCells(text: string, from: number, to: number): CellSpan[] {
  const cells: CellSpan[] = [];
  const re = startTags("c");
  re.lastIndex = from;
  let implied = -1;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const r = attr(m[2], "r");
    const col = r ? columnIndex(r.replace(/\d+$/, "").replace(/\$/g, "").toUpperCase()) : implied + 1;
    implied = col;
    const tagEnd = m.index + m[0].length;
    if (m[3] === "/") {
      cells.push({ start: m.index, end: tagEnd, col, hasRef: !!r, startTag: m[0], prefix: m[1], selfClosing: true });
      continue;
    }
    const close = `</${m[1]}c>`;
    const closeAt = text.indexOf(close, tagEnd);
    const end = closeAt + close.length;
    cells.push({ start: m.index, end, col, hasRef: !!r, startTag: m[0], prefix: m[1], selfClosing: false });
    re.lastIndex = end;
  }
  return cells;
}
