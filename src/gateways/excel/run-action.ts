/**
 * Runs one user action as one Excel.run, so that (where Excel supports it) the whole action is
 * one undo step, and turns Office's English error codes into a Chinese message.
 */
import { WorkbookError } from "../../core/errors";
import type { OfficeHost } from "./host";
import versions from "./versions.json";

/**
 * RunOptions.mergeUndoGroup belongs to ExcelApi 1.20 (Microsoft's requirement-set page and
 * @types/office-js agree; older notes say 1.19). Older hosts would ignore or reject the option,
 * so it is only passed where the set is supported.
 */
export const UNDO_GROUP_API = "1.20";
/** RunOptions.delayForCellEdit: wait for the user to leave cell edit mode instead of failing. */
const DELAY_FOR_CELL_EDIT_API = "1.11";

/**
 * The newest API the gateway cannot do without: Range.getMergedAreasOrNullObject (1.13) to
 * read merged cells; get/setCellProperties and getRanges need 1.9. Microsoft 365, Excel on the
 * web and Excel LTSC 2021 have it (Office 2021: ExcelApi up to 1.14); Excel 2019 stops at 1.7
 * and 2016 at 1.1 (excel-api-requirement-sets).
 */
export const REQUIRED_API = "1.13";

export function requireExcelApi(host: OfficeHost): void {
  if (!host.isSetSupported("ExcelApi", REQUIRED_API)) {
    throw new WorkbookError(`此版本的 Excel 缺少本加载项需要的功能（ExcelApi ${REQUIRED_API}）。${versions.requirement}`);
  }
}

export function runOptions(host: OfficeHost): Excel.RunOptions | undefined {
  const options: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean } = {};
  if (host.isSetSupported("ExcelApi", DELAY_FOR_CELL_EDIT_API)) options.delayForCellEdit = true;
  if (host.isSetSupported("ExcelApi", UNDO_GROUP_API)) options.mergeUndoGroup = true;
  return Object.keys(options).length > 0 ? options : undefined;
}

export async function runAction<T>(host: OfficeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await host.run(runOptions(host), batch);
  } catch (e) {
    throw officeErrorToWorkbookError(e);
  }
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。",
  AccessDenied: "Excel 拒绝了写入：工作表或工作簿可能受保护，请取消保护后再试。",
  ItemNotFound: "找不到要操作的工作表或单元格，工作簿可能刚被修改，请重新读取后再试。",
  UndoNotSupported: "本次操作无法合并为一个撤销步骤，请更新 Excel 后再试。",
  GeneralException: "Excel 处理请求时出现内部错误。",
  // The gateway keeps every batch within 4 MB; a single row can still be larger (cells hold up
  // to 32,767 characters).
  RequestPayloadSizeLimitExceeded: "一次要写入的数据超出了 Excel 网页版单次读写的上限（5 MB）。请在桌面版 Excel 中操作，或改用浏览器页面处理文件。",
  ResponsePayloadSizeLimitExceeded: "一行数据超出了 Excel 网页版单次读取的上限（5 MB），这张工作表无法在网页版中读取。请在桌面版 Excel 中操作，或改用浏览器页面处理文件。",
};

/**
 * Codes that mean the add-in itself misused Office.js (a bug of ours, not the user's data): they
 * stay unexpected errors, which the pane reports with their details for support.
 */
const OUR_BUGS = new Set(["PropertyNotLoaded", "InvalidObjectPath", "InvalidRequestContext"]);

/** Our own errors pass through; an Office error (it has a code) becomes a WorkbookError. */
export function officeErrorToWorkbookError(e: unknown): unknown {
  if (e instanceof WorkbookError || !(e instanceof Error)) return e;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || OUR_BUGS.has(code)) return e;
  const message = MESSAGES[code] ?? `Excel 报告错误（${code}）：${e.message}`;
  return Object.assign(new WorkbookError(message), { cause: e });
}
