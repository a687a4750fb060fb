/**
 * Which files of a batch folder are evaluated, and why each other one is not: every file in the
 * folder is accounted for (an .xls would otherwise vanish from a 财政局's count).
 */

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** undefined: evaluate it; otherwise why it is left out. Folders and hidden files are not listed. */
export function skipReason(name: string): string | undefined {
  if (/^~\$/.test(name)) return "Office 临时锁定文件（对应的工作簿正在 Excel 或 WPS 中打开），不是评价表";
  if (/\.自评结果(\(\d+\))?\.xlsx$/i.test(name)) return "本助手写出的结果文件";
  if (/^批量汇总(\(\d+\))?\.xlsx$/.test(name)) return "本助手写出的批量汇总";
  if (/\.xlsx$/i.test(name)) return undefined;
  if (/\.xls$/i.test(name)) return "旧版 .xls 文件：请在 Excel 或 WPS 中“另存为”.xlsx 后再处理";
  if (/\.(et|ett|xlsm|xlsb|xltx|ods|csv)$/i.test(name)) return "不是 .xlsx 工作簿：请在 Excel 或 WPS 中“另存为”.xlsx 后再处理";
  return "不是 .xlsx 工作簿";
}

/**
 * The folder's files (paths relative to it, subfolders included) split into the workbooks to
 * evaluate and the files left out (with reasons).
 */
export function sortBatchFolder(names: readonly string[]): { inputs: string[]; skipped: SkippedFile[] } {
  const base = (n: string) => n.split(/[\\/]/).pop() ?? n;
  const visible = names.filter((n) => !base(n).startsWith(".")).sort((a, b) => a.localeCompare(b, "zh-CN"));
  const skipped: SkippedFile[] = [];
  const inputs: string[] = [];
  for (const file of visible) {
    const reason = skipReason(base(file));
    if (reason) skipped.push({ file, reason });
    else inputs.push(file);
  }
  return { inputs, skipped };
}
