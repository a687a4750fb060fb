/**
 * 自评报告: the narrative, one paragraph per row, readable and printable: body paragraphs indented
 * two characters, the 仅供核对 block first while errors remain, the cells each paragraph's numbers
 * came from in a narrow 数据来源 column (one line, kept out of the way). Hidden columns C and D keep
 * the paragraph's id and a fingerprint of its generated text, so a later regeneration keeps what
 * the user wrote; text written for sections the outline lacks is kept below the report.
 */
import type { UnplacedText } from "../narrative/carry-over";
import { PROJECT_OUTLINE, type Narrative, type ParagraphRole } from "../narrative/text";
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
  notice: "severity-error",
  signature: "paragraph",
};

/** Two ideographic spaces: the first-line indent of a body paragraph (read back trimmed). */
const INDENT = "\u3000\u3000";
const INDENTED = new Set<ParagraphRole>(["body", "placeholder"]);

export const REPORT_ID_COLUMN = 2;

export function buildReportSheet(narrative: Narrative, name: string, unplaced: readonly UnplacedText[] = []): PlannedSheet {
  const s = new SheetBuilder(name, "report", [96, 14, 16, 10]);
  const title = narrative.outline === PROJECT_OUTLINE ? "项目自评报告（项目支出绩效自评报告；橙色段落请填写）" : `自评报告（${narrative.outline}；橙色段落请填写）`;
  s.header([title, "数据来源", "段落编号", "生成校验"]);
  const row = (id: string, text: string, role: ParagraphRole, sources: string, hash: string) => {
    const shown = INDENTED.has(role) ? INDENT + text : text;
    s.put(s.row, 0, { value: shown, style: STYLE[role] }).fit(shown, 0);
    if (role === "title") s.height(30);
    if (sources) s.put(s.row, 1, { value: sources, style: "note" });
    s.put(s.row, REPORT_ID_COLUMN, { value: id, style: "note" });
    s.put(s.row, REPORT_ID_COLUMN + 1, { value: hash, style: "note" });
    s.skip();
  };
  for (const p of narrative.paragraphs) {
    const text = paragraphText(p);
    row(p.id, text, p.role, paragraphSources(p).join("、"), p.generatedHash ?? textHash(text));
  }
  if (unplaced.length) {
    s.skip();
    s.put(s.row, 0, { value: `以下是您为其他体例填写的内容，${narrative.outline}没有对应段落，未写入报告；换回原体例重新生成时会自动放回。`, style: "note" }).skip();
    // No fingerprint: these are the user's own words, read back as such.
    for (const u of unplaced) row(u.id, u.text, "placeholder", "", "");
  }
  return s.build({ frozenRows: 1, hiddenColumns: [REPORT_ID_COLUMN, REPORT_ID_COLUMN + 1], landscape: true });
}
