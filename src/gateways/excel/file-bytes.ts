/**
 * The open workbook as .xlsx bytes (Office's getFileAsync, slice by slice) and back to base64
 * for Excel.createWorkbook. No Excel.run and no sync: this is the document API.
 *
 * getFileAsync(Compressed) is the CompressedFile requirement set. @types/office-js lists only
 * Pdf for Excel on the web (Document.getFileAsync, "Supported FileTypes, by platform") while the
 * requirement-set page lists the web under CompressedFile, so it is checked first and its
 * failure is explained the same way.
 */
import { WorkbookError } from "../../core/errors";
import type { AsyncOutcome, FileSlices, OfficeHost } from "./host";

/** Office's maximum slice size (4 MB). */
const SLICE_SIZE = 4 * 1024 * 1024;

/** Where the file cannot be had from Excel: what to do instead. */
export const NO_FILE_MESSAGE =
  "这个 Excel（如 Excel 网页版）不允许加载项读取整个工作簿文件，无法在这里转为普通公式。请把工作簿下载到电脑，用浏览器页面（与本加载项同一地址的 taskpane.html）或命令行 perfeval evaluate 处理，结果中的公式都是标准 Excel 公式。";

export async function workbookBytes(host: OfficeHost): Promise<Uint8Array> {
  if (!host.isSetSupported("CompressedFile", "1.1")) throw new WorkbookError(NO_FILE_MESSAGE);
  const file = await settle<FileSlices>((cb) => host.getCompressedFile(SLICE_SIZE, cb), "无法读取当前工作簿的文件内容", host.platform === "OfficeOnline");
  try {
    const parts: Uint8Array[] = [];
    // Slices must be fetched one after another; Office rejects overlapping requests.
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await settle<{ data: unknown }>((cb) => file.getSliceAsync(i, cb), "读取工作簿文件时出错");
      parts.push(toBytes(slice.data));
    }
    return concat(parts);
  } finally {
    // Only a few files may be open at once; close even after a failure.
    file.closeAsync();
  }
}

function settle<T>(start: (callback: (result: AsyncOutcome<T>) => void) => void, message: string, onWeb = false): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    start((result) =>
      result.status === "succeeded"
        ? resolve(result.value)
        : reject(new WorkbookError(onWeb ? NO_FILE_MESSAGE : `${message}：${result.error?.message ?? "未知错误"}`)),
    ),
  );
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new WorkbookError("读取工作簿文件时出错：文件分片格式无法识别。");
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Base64 without Node's Buffer (the pane and its worker run in a browser); chunked for large
 * files. Runs in the heavy-work worker (src/taskpane/heavy-work.worker.ts).
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
