/**
 * Loads a workbook file: checks what the bytes are, opens the package, and reads every
 * worksheet into a Grid through ExcelJS given a normalised reading view (package/reading-view).
 * The package is returned too: the result workbook is this package plus the tool's additions.
 * Every failure becomes one Chinese WorkbookError naming the file and saying what to do.
 */
import * as ExcelJS from "exceljs";
import { WorkbookError } from "../../core/errors";
import type { WorkbookGrids } from "../../core/grid/grid";
import { detectFileKind, type FileKind } from "./file-kind";
import { readPackage, readingView, workbookPart, workbookSheets, type XlsxPackage } from "./package";
import { quietly } from "./quiet";
import { worksheetToGrid } from "./sheet-to-grid";

const RESAVE = "请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。";

const KIND_MESSAGES: Record<Exclude<FileKind, "xlsx">, string> = {
  xls: "这是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再试。",
  ods: "这是 OpenDocument 表格（.ods），不是 .xlsx 文件。请在 WPS、LibreOffice 或 Excel 中打开并“另存为”Excel 工作簿（.xlsx）后再试。",
  encrypted: "文件设置了打开密码（已加密），请在 Excel 中取消密码后另存一份再试。",
  empty: "文件是空的（0 字节）。",
  "not-a-workbook": "这不是 Excel 工作簿（.xlsx）文件。",
};

export const READ_MESSAGES = {
  zip: `文件不完整或已损坏：压缩包无法解开（常见于下载或复制没有完成）。请重新获取原文件；如果 Excel 或 WPS 能打开它，${RESAVE}`,
  noWorkbook: "这不是 Excel 工作簿（.xlsx）文件：压缩包中没有工作簿部件（可能是 Word、PowerPoint 或其他程序的文件改了扩展名）。",
  noSheets: "工作簿中没有可读取的工作表（只有图表工作表，或工作表部件缺失）。" + RESAVE,
  content: (why: string) => `工作簿的内容无法解析（${why}）。${RESAVE}`,
  tooLarge: "工作表过大，无法在内存中处理（解压后超过数百 MB，多为大量空白单元格或格式）。请在 Excel 或 WPS 中删除评价表以外的多余行列或工作表，另存为 .xlsx 后再试。",
};

/** JavaScript's own limits (a string or array too long): the file is too large, not broken. */
function isSizeLimit(e: unknown): boolean {
  return e instanceof RangeError || /string longer than|Invalid string length|Array buffer allocation failed/i.test(String((e as Error)?.message ?? e));
}

export interface LoadedWorkbook {
  readonly grids: WorkbookGrids;
  /** The input's parts, for writing the result beside them. */
  readonly package: XlsxPackage;
}

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<LoadedWorkbook> {
  const kind = detectFileKind(bytes);
  if (kind !== "xlsx") throw new WorkbookError(KIND_MESSAGES[kind], { file: fileName });
  const fail = (message: string, cause?: unknown) => Object.assign(new WorkbookError(message, { file: fileName }), { cause });

  let pkg: XlsxPackage;
  try {
    pkg = await readPackage(bytes);
  } catch (e) {
    throw fail(READ_MESSAGES.zip, e);
  }
  if (!workbookPart(pkg)) throw fail(READ_MESSAGES.noWorkbook);
  if (!workbookSheets(pkg).some((s) => s.kind === "worksheet" && s.part)) throw fail(READ_MESSAGES.noSheets);

  const workbook = new ExcelJS.Workbook();
  let view;
  try {
    view = await readingView(pkg);
    // ExcelJS types say Buffer; its zip reader (JSZip) takes any Uint8Array.
    await quietly(() => workbook.xlsx.load(view!.bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]));
  } catch (e) {
    // Never let a parser stack trace reach the user; keep it as the cause for debugging.
    throw fail(isSizeLimit(e) ? READ_MESSAGES.tooLarge : READ_MESSAGES.content(xmlProblem(e)), e);
  }
  const byViewName = new Map(workbook.worksheets.map((ws) => [ws.name, ws]));
  const sheets = view.sheets.map((s, i) => worksheetToGrid(byViewName.get(`S${i + 1}`), s.entry.name, s.entry.state !== "visible", s.merges));
  return { grids: { sheets }, package: pkg };
}

/** What was wrong, in Chinese, from a parser's English error. */
function xmlProblem(e: unknown): string {
  const text = String((e as Error)?.message ?? e);
  if (/unexpected end|unclosed|premature/i.test(text)) return "XML 在中途结束，部件不完整";
  return "XML 不符合 Excel 的格式";
}

/**
 * The whole workbook as an ExcelJS model, for the add-in's 转为普通公式 copy, which rewrites
 * formulas through ExcelJS. Console output is held back and failures are Chinese messages.
 */
export async function loadExcelJsWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const kind = detectFileKind(bytes);
  if (kind !== "xlsx") throw new WorkbookError(KIND_MESSAGES[kind], { file: fileName });
  const workbook = new ExcelJS.Workbook();
  try {
    await quietly(() => workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]));
  } catch (e) {
    throw Object.assign(new WorkbookError(READ_MESSAGES.content(xmlProblem(e)), { file: fileName }), { cause: e });
  }
  return workbook;
}
