/**
 * The 【请核实】 of the report's text carried into its attachments (tables.ts): the figure's cell
 * reads "40（请核实1）" and a note under the table says what is to verify, in the text's words.
 */
import { VERIFY_MARK, type Span } from "./text";

/** "（请核实1）" after a figure of an attachment table. */
export const ANNEX_VERIFY = /（请核实\d+）/;

/**
 * The 【请核实】 of the report's text, carried into an attachment: the same spans (points.ts,
 * deductions.ts, formula-lines.ts, outline-project.ts), never a second comparison. Each flagged
 * figure gets a numbered mark in its cell and a line under the table saying what is to verify,
 * with the cells to look at.
 */
export function verifyMarks() {
  const notes: string[] = [];
  const seen = new Map<Span, number>();
  return {
    /** `figure` with its marks ("40（请核实1）"); `subject` names it in the note ("预算执行得分40分"). */
    mark(figure: string, subject: string, ...flags: (Span | undefined | false)[]): string {
      const marks = flags.filter((f): f is Span => !!f && f.kind === "verify");
      if (!marks.length) return figure;
      const known = marks.map((m) => seen.get(m)).find((k) => k !== undefined);
      if (known !== undefined) return `${figure}（请核实${known}）`;
      const k = notes.length + 1;
      marks.forEach((m) => seen.set(m, k));
      const what = marks.map((m) => m.text.slice(VERIFY_MARK.length, -1)).join("；");
      const cells = [...new Set(marks.flatMap((m) => m.cells ?? []))].slice(0, 3);
      notes.push(`（请核实${k}）${subject}，${what}${cells.length ? `（${cells.join("、")}）` : ""}。`);
      return `${figure}（请核实${k}）`;
    },
    notes(): string[] | undefined {
      return notes.length ? ["注：标“请核实”的数字与正文【请核实】处相同，改正评价表后重新生成。", ...notes] : undefined;
    },
  };
}

/** The figure of a score or weight span list ("40" of "40分【请核实：…】"), its marks apart. */
export const figureOf = (spans: readonly Span[]) => spans.filter((x) => x.kind === "number").map((x) => x.text).join("");
export const flagsOf = (spans: readonly Span[]) => spans.filter((x) => x.kind === "verify");

export type Marks = ReturnType<typeof verifyMarks>;
