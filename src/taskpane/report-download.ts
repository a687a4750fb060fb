/**
 * 下载 Word 报告, shared by both sessions: the narrative for the user's choice and the report
 * tables, written as .docx by the docx gateway (loaded only when asked for).
 */
import { reportNarrative, reportTables, type EvaluatedWorkbook, type ReportChoice } from "../core";
import { saveFile } from "./save-file";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function downloadReportDocx(evaluated: EvaluatedWorkbook, choice: ReportChoice | undefined, fileBase: string): Promise<void> {
  const { reportDocxBytes } = await import(/* webpackChunkName: "docx-report" */ "../gateways/docx");
  const bytes = await reportDocxBytes(reportNarrative(evaluated, choice), reportTables(evaluated.evaluation));
  saveFile(new Blob([bytes as BlobPart], { type: DOCX_TYPE }), `${fileBase}.自评报告.docx`);
}
