/**
 * Writes a workbook to disk so that the target is either the complete new file or untouched:
 * a crash or a full disk never leaves a half-written .xlsx where the user expects a result.
 */
import { rm, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type * as ExcelJS from "exceljs";

export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const data = await workbook.xlsx.writeBuffer();
  // writeBuffer is typed as Buffer but may be a plain ArrayBuffer in the browser build.
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}

export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, outPath: string): Promise<void> {
  const bytes = await workbookToBuffer(workbook);
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, outPath);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
