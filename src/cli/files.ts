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

const RESULT = /\.自评结果(?:\(\d+\))?\.xlsx$/i;

/**
 * "<dir>/<name>.自评结果.xlsx" beside the input. A result evaluated again keeps its name with a
 * number ("zj.自评结果.xlsx" → "zj.自评结果(2).xlsx", the first not taken; with `force` the first
 * number, overwritten), never "zj.自评结果.自评结果.xlsx" and never the input itself.
 */
export async function defaultOutputPath(input: string, force = false): Promise<string> {
  const dir = path.dirname(input);
  const name = path.basename(input);
  if (!RESULT.test(name)) return path.join(dir, `${name.replace(/\.xlsx$/i, "")}.自评结果.xlsx`);
  const base = name.replace(RESULT, ".自评结果");
  for (let n = 2; ; n++) {
    const candidate = path.join(dir, `${base}(${n}).xlsx`);
    if (await sameFile(candidate, input)) continue;
    if (force || !(await exists(candidate))) return candidate;
  }
}

/**
 * Whether two paths name the same file: the same inode when both exist, else the same real path
 * (compared without case on Windows and macOS, whose file systems ignore it).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    const real = async (p: string) => {
      const dir = await fs.realpath(path.dirname(path.resolve(p))).catch(() => path.dirname(path.resolve(p)));
      const full = path.join(dir, path.basename(p));
      return process.platform === "win32" || process.platform === "darwin" ? full.toLowerCase() : full;
    };
    return (await real(a)) === (await real(b));
  }
}

/**
 * "-o 结果" naming an existing folder, ending in a path separator or without an extension means
 * "into this folder" (made if need be), under the name the file would get beside its input.
 */
export async function intoFolder(out: string, fileName: string): Promise<string> {
  // A name without an extension ("结果") is a folder, made if need be, as batch's -o is.
  if (/[\\/]$/.test(out) || path.extname(out) === "") return path.join(out, fileName);
  try {
    return (await fs.stat(out)).isDirectory() ? path.join(out, fileName) : out;
  } catch {
    return out;
  }
}

export async function ensureWritableTarget(out: string, force: boolean, input?: string): Promise<void> {
  if (input && (await sameFile(out, input))) {
    throw new WorkbookError("输出文件不能与输入文件相同：绩效自评助手从不改写原文件，请用 -o 指定另一个文件名。", { file: out });
  }
  if (!force && (await exists(out))) {
    throw new WorkbookError("输出文件已存在，未覆盖。要覆盖请加 --force，或用 -o 指定另一个文件名。", { file: out });
  }
  // A missing output folder is made, as batch does with its -o.
  const dir = path.dirname(path.resolve(out));
  if (!(await exists(dir))) {
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch {
      throw new WorkbookError(`无法新建输出文件所在的文件夹“${dir}”（可能没有权限）。`, { file: out });
    }
  }
}

