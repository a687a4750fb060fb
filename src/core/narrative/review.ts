/**
 * The 仅供核对 block at the head of the report while error-level checks remain: how many errors,
 * what that means, and the 请核实 list (each finding with the cell to look at). It is for the
 * department, not part of the report's text, and disappears once the workbook is corrected.
 */
import { checksInUnit } from "../checks";
import type { Evaluation } from "../evaluation";
import type { MoneyUnit } from "../values/units";
import { errorCount, provisionalNote } from "../provisional";
import { paragraph, type Paragraph } from "./text";

/** `unit`: the report's, in which the findings' amounts are said too. */
export function reviewParagraphs(e: Evaluation, unit: MoneyUnit = e.input.unit): Paragraph[] {
  const note = provisionalNote(errorCount(e.checks));
  if (!note) return [];
  const errors = checksInUnit(e, unit).filter((c) => c.severity === "error");
  return [
    paragraph("review", "notice", `${note}。请逐项核实下列内容，改正评价表后重新生成；本段不属于报告正文。`),
    ...errors.map((c, i) =>
      paragraph(`review.${i + 1}`, "notice", `请核实${i + 1}：${c.message.replace(/[。；]$/, "")}`, c.cells.length ? `（${c.cells.slice(0, 3).join("、")}）` : "", "。"),
    ),
  ];
}
