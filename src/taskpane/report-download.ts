/**
 * 下载 Word 报告, shared by both sessions: the narrative for the user's choice and the report
 * tables, written as .docx by the docx gateway (loaded only when asked for), and what the user
 * still has to fill in or verify in it.
 */
import { openItems, openItemsMessage, reportNarrative, reportTables, type EvaluatedWorkbook, type ReportChoice } from "../core";
import { shortProjectName } from "../core/plan/project-sheet-names";
import { saveFile } from "./save-file";
import type { DownloadInfo } from "./session";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Builds the .docx bytes of a narrative and its attachments (the Excel pane passes its Web Worker's). */
export type DocxBuilder = (narrative: ReturnType<typeof reportNarrative>, tables: ReturnType<typeof reportTables>) => Promise<Uint8Array>;

/**
 * The Word report of the table the pane shows (choice.table): a department's 自评报告, or one
 * project's 项目自评报告 named after the project. (The command line's --docx puts every table's
 * report in one file.)
 */
export async function downloadReportDocx(evaluated: EvaluatedWorkbook, choice: ReportChoice | undefined, fileBase: string, build?: DocxBuilder): Promise<DownloadInfo> {
  const narrative = reportNarrative(evaluated, choice);
  const table = evaluated.tables[choice?.table ?? 0]?.evaluation ?? evaluated.evaluation;
  const bytes = build
    ? await build(narrative, reportTables(table, narrative.unit))
    : await (await import(/* webpackChunkName: "docx-report" */ "../gateways/docx")).reportDocxBytes(narrative, reportTables(table, narrative.unit));
  const project = table.input.kind === "project" ? table.input.project?.name?.value : undefined;
  const fileName = project ? `${fileBase}.${shortProjectName(project)}.项目自评报告.docx` : `${fileBase}.自评报告.docx`;
  saveFile(new Blob([bytes as BlobPart], { type: DOCX_TYPE }), fileName);
  const open = openItemsMessage(openItems(narrative.paragraphs));
  return { fileName, message: `已下载 Word 报告“${fileName}”（在浏览器的下载文件夹中）${open ? `；报告中${open}，请补全后再报送` : ""}。` };
}

/** "自评报告沿用了您在“自评报告”中填写的 2 段；随数据更新 5 段。" (empty when there was no earlier report). */
export function refreshMessage(evaluated: EvaluatedWorkbook): string {
  const r = evaluated.refresh;
  if (!r) return "";
  const overwritten = r.overwritten.length ? `；您手工改过的 ${r.overwritten.length} 段因数据变化已按新数据重写` : "";
  const keptEdits = r.keptEdits?.length ? `；您改写过的 ${r.keptEdits.length} 段数据未变，保留您的文字` : "";
  return `自评报告沿用了您在“${r.previousSheet}”中填写的 ${r.kept.length} 段，随数据更新 ${r.changed.length} 段${keptEdits}${overwritten}。`;
}
