/**
 * 下载 Word 报告, shared by both sessions: the narrative for the user's choice and the report
 * tables, written as .docx by the docx gateway (loaded only when asked for), and what the user
 * still has to fill in or verify in it. No report logic here: the drafts come from src/core, the
 * file from the docx gateway.
 */
import { openItems, openItemsMessage, reportDrafts, reportNarrative, reportTables, type EvaluatedWorkbook, type ReportChoice } from "../core";
import { shortProjectName } from "../core/plan/project-sheet-names";
import type { ReportPart } from "../gateways/docx";
import { saveFile } from "./save-file";
import type { DownloadInfo, ReportScope } from "./session";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Builds the .docx bytes of one or more reports, each from a new page (the Excel pane passes its Web Worker's). */
export type DocxBuilder = (parts: readonly ReportPart[]) => Promise<Uint8Array>;

const buildHere: DocxBuilder = async (parts) => (await import(/* webpackChunkName: "docx-report" */ "../gateways/docx")).reportsDocxBytes(parts);

/** "项目：农村公路养护项目" or "部门整体：某局": how the table picker names a table. */
function tableName(evaluated: EvaluatedWorkbook, index: number): string {
  const input = evaluated.tables[index]?.evaluation.input ?? evaluated.evaluation.input;
  return input.kind === "project" ? `项目“${input.project?.name?.value ?? `第 ${index + 1} 张项目表`}”` : `部门整体“${input.department?.value ?? "部门评价表"}”`;
}

/**
 * 下载 Word 报告. scope "shown": the report of the table the pane shows (choice.table), a
 * department's 自评报告 or one project's 项目自评报告 named after the project; with several
 * tables the message says which and how to get the others. scope "all": every table's report in
 * one file, each from a new page, as the command line's --docx writes it (reportsDocxBytes over
 * reportDrafts, each table with the text typed for it).
 */
export async function downloadReportDocx(evaluated: EvaluatedWorkbook, choice: ReportChoice | undefined, fileBase: string, build: DocxBuilder = buildHere, scope: ReportScope = "shown"): Promise<DownloadInfo> {
  const count = evaluated.tables.length;
  if (scope === "all" && count > 1) {
    const drafts = reportDrafts(evaluated, choice);
    const parts = drafts.map((d, i) => ({ narrative: d.narrative, tables: reportTables(evaluated.tables[i].evaluation, d.narrative.unit) }));
    const fileName = `${fileBase}.自评报告.docx`;
    saveFile(new Blob([(await build(parts)) as BlobPart], { type: DOCX_TYPE }), fileName);
    const open = openItemsMessage(openItems(parts.flatMap((p) => p.narrative.paragraphs)));
    return { fileName, message: `已下载 Word 报告“${fileName}”（在浏览器的下载文件夹中），含全部 ${count} 张评价表的报告，每张另起一页${open ? `；报告中${open}，请补全后再报送` : ""}。` };
  }
  const narrative = reportNarrative(evaluated, choice);
  const index = choice?.table ?? 0;
  const table = evaluated.tables[index]?.evaluation ?? evaluated.evaluation;
  const bytes = await build([{ narrative, tables: reportTables(table, narrative.unit) }]);
  const project = table.input.kind === "project" ? table.input.project?.name?.value : undefined;
  const fileName = project ? `${fileBase}.${shortProjectName(project)}.项目自评报告.docx` : `${fileBase}.自评报告.docx`;
  saveFile(new Blob([bytes as BlobPart], { type: DOCX_TYPE }), fileName);
  const open = openItemsMessage(openItems(narrative.paragraphs));
  // Several tables: say that this file has one of them, and how to get them all.
  const only = count > 1 ? `，只含${tableName(evaluated, index)}的报告（本工作簿共 ${count} 张评价表；要全部的报告，请在“Word 报告包含”中选“全部”后再下载）` : "";
  return { fileName, message: `已下载 Word 报告“${fileName}”（在浏览器的下载文件夹中）${only}${open ? `；报告中${open}，请补全后再报送` : ""}。` };
}

/** "自评报告沿用了您在“自评报告”中填写的 2 段；随数据更新 5 段。" (empty when there was no earlier report). */
export function refreshMessage(evaluated: EvaluatedWorkbook): string {
  const r = evaluated.refresh;
  if (!r) return "";
  const overwritten = r.overwritten.length ? `；您手工改过的 ${r.overwritten.length} 段因数据变化已按新数据重写` : "";
  const keptEdits = r.keptEdits?.length ? `；您改写过的 ${r.keptEdits.length} 段数据未变，保留您的文字` : "";
  return `自评报告沿用了您在“${r.previousSheet}”中填写的 ${r.kept.length} 段，随数据更新 ${r.changed.length} 段${keptEdits}${overwritten}。`;
}
