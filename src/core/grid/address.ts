/** A1 addresses. Rows and columns are zero-based inside the engine, one-based in text. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Sheet names seen so far, quoted: a workbook has few, and every reference names one. */
const QUOTED = new Map<string, string>();

/** Sheet names with anything but letters, digits and CJK are quoted, quotes doubled. */
export function quoteSheet(sheet: string): string {
  let quoted = QUOTED.get(sheet);
  if (quoted === undefined) {
    quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) && !/^\d/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    if (QUOTED.size > 10_000) QUOTED.clear();
    QUOTED.set(sheet, quoted);
  }
  return quoted;
}

/** "评分表!H5" (quoted as Excel does when needed): how checks and the JSON name a cell. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** A reference usable inside a formula: 评分表!$H$5 style is not needed; plain is enough. */
export function formulaRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

export function formulaRange(sheet: string, top: number, col: number, bottom: number): string {
  return top === bottom
    ? formulaRef(sheet, top, col)
    : `${quoteSheet(sheet)}!${a1(top, col)}:${a1(bottom, col)}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Splits "评分表!H5" into sheet and address. */
export function splitCellRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf("!");
  return { sheet: ref.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), address: ref.slice(i + 1) };
}
