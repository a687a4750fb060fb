/** 填报日期 on the cover, from the workbook in the reports' style; absent when the workbook has none. */
import type { Evaluation } from "../evaluation";
import { formatChineseDate } from "../format";
import { paragraph, type Paragraph } from "./text";

export function reportDateMeta(e: Evaluation): Paragraph[] {
  const d = e.input.reportDate;
  const shown = d ? formatChineseDate(d.value) : undefined;
  if (!d || !shown) return []; // asked for once, in the 落款 at the end
  return [paragraph("meta.date", "meta", "填报日期：", { text: shown, cells: [d.cell], kind: "number" })];
}
