/**
 * The heavy parts of the pane's actions, as plain functions of plain data so they can run in a
 * Web Worker: reading the workbook's bytes into ExcelJS and writing the plain-formula copy, its
 * base64 for Excel.createWorkbook, and building the Word report. In Excel the pane and the JX
 * functions share one JavaScript thread (shared runtime), so seconds of work here would leave
 * cells at #BUSY! and, past five seconds, make desktop Excel restart the add-in
 * (docs/concepts/resource-limits-and-performance-optimization.md).
 */
import type { Narrative } from "../core/narrative/text";
import type { ReportTable } from "../core/narrative/tables";
import type { ReportPart } from "../gateways/docx/report-docx";
import type { PlainFormulaReport } from "../gateways/excel/plain-formulas";

export type HeavyTask =
  | { readonly kind: "plain-copy"; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly kind: "report-docx"; readonly narrative: Narrative; readonly tables: readonly ReportTable[] }
  | { readonly kind: "reports-docx"; readonly parts: readonly ReportPart[] };

export interface PlainCopyResult {
  /** The copy as .xlsx in base64, ready for Excel.createWorkbook. */
  readonly base64: string;
  readonly report: PlainFormulaReport;
}

export type HeavyResult = PlainCopyResult | Uint8Array;

/** Runs one task; `transfer` lists buffers the answer can hand over without copying. */
export async function runHeavyTask(task: HeavyTask): Promise<{ result: HeavyResult; transfer: ArrayBuffer[] }> {
  if (task.kind === "plain-copy") {
    const [{ plainFormulaCopy }, { toBase64 }] = await Promise.all([
      import(/* webpackChunkName: "plain-copy" */ "../gateways/excel/plain-copy"),
      import(/* webpackChunkName: "file-bytes" */ "../gateways/excel/file-bytes"),
    ]);
    const copy = await plainFormulaCopy(task.bytes, task.fileName);
    return { result: { base64: toBase64(copy.bytes), report: copy.report }, transfer: [] };
  }
  const { reportsDocxBytes } = await import(/* webpackChunkName: "docx-report" */ "../gateways/docx");
  const bytes = await reportsDocxBytes(task.kind === "reports-docx" ? task.parts : [{ narrative: task.narrative, tables: task.tables }]);
  return { result: bytes, transfer: [bytes.buffer as ArrayBuffer] };
}
