/** 填报日期 on the cover, from the workbook in the reports' style; to fill in when the workbook has none. */
import type { Evaluation } from "../evaluation";
import { formatChineseDate } from "../format";
import { paragraph, placeholder, type Paragraph } from "./text";

/**
 * `ask`: the department reports' covers have a 填报日期 line whether or not the workbook has one
 * (both 湛江 reports, the 海珠 report); the project report asks for its date once, in the 落款.
 */
export function reportDateMeta(e: Evaluation, ask = true): Paragraph[] {
  const d = e.input.reportDate;
  const shown = d ? formatChineseDate(d.value) : undefined;
  if (!d || !shown) return ask ? [placeholder("meta.date", "填报日期", "填报日期：【请填写：填报日期】")] : [];
  return [paragraph("meta.date", "meta", "填报日期：", { text: shown, cells: [d.cell], kind: "number" })];
}
