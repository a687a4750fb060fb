import { check, type CheckSpec } from "./check";

/** How the workbook was read, where the reader chose between candidates (a hidden copy of the table …). */
export const readingNote: CheckSpec = {
  id: "reading",
  name: "读取说明",
  description: "读取时的选择，例如隐藏工作表中另一张评分表没有读取",
  run: (e) => (e.input.notes ?? []).map((n) => check("reading", "info", n.cell ? [n.cell] : [], n.message)),
};
