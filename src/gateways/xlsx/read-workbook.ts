/**
 * Loads a workbook file: checks what the bytes are, parses them with ExcelJS and converts every
 * sheet to a Grid. Every failure becomes one Chinese WorkbookError naming the file; the ExcelJS
 * workbook is returned too, so a write plan can later be applied to the same workbook.
 */
import * as ExcelJS from "exceljs";
import { WorkbookError } from "../../core/errors";
import type { WorkbookGrids } from "../../core/grid/grid";
import { detectFileKind, type FileKind } from "./file-kind";
import { worksheetToGrid } from "./sheet-to-grid";

const KIND_MESSAGES: Record<Exclude<FileKind, "xlsx">, string> = {
  xls: "这是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再试。",
  encrypted: "文件设置了打开密码（已加密），请在 Excel 中取消密码后另存一份再试。",
  empty: "文件是空的（0 字节）。",
  "not-a-workbook": "这不是 Excel 工作簿（.xlsx）文件。",
};

const CORRUPT_MESSAGE = "无法读取工作簿：文件可能已损坏。";

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly grids: WorkbookGrids;
}

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<LoadedWorkbook> {
  const kind = detectFileKind(bytes);
  if (kind !== "xlsx") throw new WorkbookError(KIND_MESSAGES[kind], { file: fileName });

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types say Buffer (its own ArrayBuffer-like alias); its zip reader (JSZip)
    // takes any Uint8Array, so no copy is needed.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    // worksheets is in tab order (ExcelJS sorts by orderNo, not by sheet id).
    return { workbook, grids: { sheets: workbook.worksheets.map(worksheetToGrid) } };
  } catch (e) {
    // Never let a parser stack trace reach the user; keep it as the cause for debugging.
    throw Object.assign(new WorkbookError(CORRUPT_MESSAGE, { file: fileName }), { cause: e });
  }
}
