/**
 * Where a formula line of the report breaks: only before an "=" (each step of
 * "支出完成率=实际支出/（…）×100%=11,193.18/（…）×100%=99.07%" starts a line when the line is full),
 * and, for a step wider than a line, before a "/" or "+" outside brackets. A name is never cut
 * ("上年末存量资" / "金"), "×100%" never starts a line, and no sign or bracket ends one. The breaks
 * are explicit line breaks in the Word paragraph, so the text holds no invisible characters and
 * searches and copies as printed. A 【请核实：…】 after the formula flows as ordinary text.
 *
 * Widths are in 三号 characters (a line holds 28) and err on the wide side, so that Word, WPS and
 * LibreOffice never wrap a planned line again: ASCII figures are half a character (Times New Roman
 * digits are 0.5 em), "%" 0.9, "=" and "+" 0.6, "×" a whole character (LibreOffice may set it in
 * the Chinese font).
 */

/** The width of a text in 三号 characters, rounded up for safety. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === "×") w += 1;
    else if (ch === "%") w += 0.9;
    else if (ch === "=" || ch === "+") w += 0.6;
    else if (ch.charCodeAt(0) < 0x2000) w += 0.5;
    else w += 1;
  }
  return w;
}

const OPEN = /[（(]/;
const CLOSE = /[）)]/;

/** The formula itself: the text before a 【…】 (its full stop, which no line may start with, included). */
export function formulaEnd(text: string): number {
  const mark = text.indexOf("【");
  return mark < 0 ? text.length : mark;
}

/** Offsets where a step may start: before "=" outside brackets, or (`inner`) before "/" or "+" outside brackets. */
function starts(text: string, from: number, to: number, inner: boolean): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (OPEN.test(ch)) depth++;
    else if (CLOSE.test(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && i > from && (inner ? ch === "/" || ch === "+" : ch === "=")) out.push(i);
  }
  return out;
}

/** The pieces of text no line break may fall inside: the steps, a step too wide cut at "/" or "+". */
function pieces(text: string, end: number, line: number): [number, number][] {
  const steps = [0, ...starts(text, 0, end, false), end];
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < steps.length; k++) {
    const [a, b] = [steps[k], steps[k + 1]];
    if (textWidth(text.slice(a, b)) <= line) {
      out.push([a, b]);
      continue;
    }
    const cuts = [a, ...starts(text, a, b, true), b];
    for (let j = 0; j + 1 < cuts.length; j++) out.push([cuts[j], cuts[j + 1]]);
  }
  return out;
}

/**
 * The offsets in `text` where a line break goes, for lines of `line` characters (the paragraph's
 * width less its indent). Pieces are put on a line while they fit; a piece wider than a line
 * stands on a line of its own (and only there may the program showing it wrap it).
 */
export function formulaBreaks(text: string, line: number): number[] {
  const end = formulaEnd(text);
  const breaks: number[] = [];
  let used = 0;
  for (const [a, b] of pieces(text, end, line)) {
    const w = textWidth(text.slice(a, b));
    if (used > 0 && used + w > line) {
      breaks.push(a);
      used = 0;
    }
    used += w;
  }
  return breaks;
}

/** The lines of a formula text as they are laid out (for tests and the documentation). */
export function formulaLines(text: string, line: number): string[] {
  const at = [0, ...formulaBreaks(text, line), text.length];
  return at.slice(0, -1).map((a, i) => text.slice(a, at[i + 1]));
}
