/** File-system steps shared by the commands, each failure a Chinese WorkbookError. */
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookError } from "../core/errors";

export async function readInputFile(file: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new WorkbookError("找不到这个文件，请检查路径和文件名。", { file });
  }
  if (stat.isDirectory()) throw new WorkbookError("这是一个文件夹，不是 .xlsx 文件（处理整个文件夹请用 perfeval batch）。", { file });
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch {
    throw new WorkbookError("无法读取这个文件（可能没有权限，或文件正被其他程序占用）。", { file });
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** "<dir>/<name>.自评结果.xlsx" beside the input. */
export function defaultOutputPath(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  return path.join(dir, `${base}.自评结果.xlsx`);
}

export async function ensureWritableTarget(out: string, force: boolean, input?: string): Promise<void> {
  if (input && path.resolve(out) === path.resolve(input)) {
    throw new WorkbookError("输出文件不能与输入文件相同：绩效自评助手从不改写原文件，请用 -o 指定另一个文件名。", { file: out });
  }
  if (!force && (await exists(out))) {
    throw new WorkbookError("输出文件已存在，未覆盖。要覆盖请加 --force，或用 -o 指定另一个文件名。", { file: out });
  }
  if (!(await exists(path.dirname(path.resolve(out))))) {
    throw new WorkbookError("输出文件所在的文件夹不存在。", { file: out });
  }
}

/** Writes bytes to a temporary file beside the target, then renames it: never a half file. */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new WorkbookError(`无法写入文件：${(e as Error).message}`, { file: target });
  }
}
