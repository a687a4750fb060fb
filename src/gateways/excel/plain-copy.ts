/**
 * The lazily loaded half of 转为普通公式 (it brings ExcelJS, about 260 KB gzipped): .xlsx bytes
 * of the open workbook in, bytes of a copy with standard formulas out.
 */
import { loadExcelJsWorkbook } from "../xlsx/read-workbook";
import { replaceJxFormulas, type PlainFormulaReport } from "./plain-formulas";

export interface PlainCopy {
  readonly bytes: Uint8Array;
  readonly report: PlainFormulaReport;
}

export async function plainFormulaCopy(bytes: Uint8Array, fileName: string): Promise<PlainCopy> {
  const workbook = await loadExcelJsWorkbook(bytes, fileName);
  const report = replaceJxFormulas(workbook);
  // Written by ExcelJS directly: the xlsx gateway's index also exports write-file, which imports
  // node:fs, which has no place in the task pane's bundle.
  const data = await workbook.xlsx.writeBuffer();
  return { bytes: data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer), report };
}
