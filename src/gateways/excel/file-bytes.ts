/**
 * The open workbook as .xlsx bytes (Office's getFileAsync, slice by slice) and back to base64
 * for Excel.createWorkbook. No Excel.run and no sync: this is the document API.
 */
import { WorkbookError } from "../../core/errors";
import type { AsyncOutcome, FileSlices, OfficeHost } from "./host";

/** Office's maximum slice size (4 MB). */
const SLICE_SIZE = 4 * 1024 * 1024;

export async function workbookBytes(host: OfficeHost): Promise<Uint8Array> {
  const file = await settle<FileSlices>((cb) => host.getCompressedFile(SLICE_SIZE, cb), "无法读取当前工作簿的文件内容");
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

function settle<T>(start: (callback: (result: AsyncOutcome<T>) => void) => void, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    start((result) =>
      result.status === "succeeded"
        ? resolve(result.value)
        : reject(new WorkbookError(`${message}：${result.error?.message ?? "未知错误"}`)),
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

/** Base64 without Node's Buffer (the task pane runs in a browser); chunked for large files. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
