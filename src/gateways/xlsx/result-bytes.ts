/** Bytes of what the tool writes: the user's package with its additions, or a new workbook. */
import type { WritePlan } from "../../core/plan/plan";
import { writePackage, type XlsxPackage } from "./package/package";
import { excelJsBytes, newWorkbook } from "./scratch-sheets";

/** The result workbook's bytes (deflated zip of the package's parts). */
export function packageBytes(pkg: XlsxPackage): Promise<Uint8Array> {
  return writePackage(pkg);
}

/** A workbook of the tool's own (template, 批量汇总): only planned sheets. */
export function newWorkbookBytes(plan: WritePlan): Promise<Uint8Array> {
  return excelJsBytes(newWorkbook(plan));
}
