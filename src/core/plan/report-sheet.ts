/**
 * 自评报告: the narrative, one paragraph per row, wrapped and readable when printed. Column B
 * lists the cells each paragraph's numbers came from (数据来源); hidden columns C and D keep the
 * paragraph's id and a fingerprint of its generated text, so a later regeneration can keep what
 * the user wrote into placeholders and notice hand edits to generated paragraphs.
 */
import type { Narrative, ParagraphRole } from "../narrative/text";
import { textHash } from "../narrative/merge";
import { paragraphSources, paragraphText } from "../narrative/text";
import { SheetBuilder } from "./sheet-builder";
import type { PlannedSheet, StyleName } from "./plan";

const STYLE: Record<ParagraphRole, StyleName> = {
  title: "title",
  meta: "paragraph",
  heading1: "heading1",
  heading2: "heading2",
  heading3: "heading2",
  body: "paragraph",
  placeholder: "placeholder",
};

export const REPORT_ID_COLUMN = 2;

export function buildReportSheet(narrative: Narrative, name: string): PlannedSheet {
  const s = new SheetBuilder(name, "report", [96, 28, 16, 10]);
  s.header(["自评报告（" + narrative.outline + "；橙色段落请填写）", "数据来源", "段落编号", "生成校验"]);
  for (const p of narrative.paragraphs) {
    const text = paragraphText(p);
    const sources = paragraphSources(p).join("、");
    s.put(s.row, 0, { value: text, style: STYLE[p.role] }).fit(text, 0);
    s.put(s.row, 1, { value: sources, style: "wrap" }).fit(sources, 1);
    s.put(s.row, REPORT_ID_COLUMN, { value: p.id, style: "note" });
    s.put(s.row, REPORT_ID_COLUMN + 1, { value: textHash(text), style: "note" });
    s.skip();
  }
  return s.build({ frozenRows: 1, hiddenColumns: [REPORT_ID_COLUMN, REPORT_ID_COLUMN + 1], landscape: true });
}
