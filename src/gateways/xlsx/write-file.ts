/**
 * Writes bytes to disk so that the target is either the complete new file or untouched:
 * a crash or a full disk never leaves a half-written .xlsx where the user expects a result.
 */
import { WorkbookError } from "../../core/errors";
import { rm, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes to a temporary file beside the target, then renames it: never a half-written file.
 * A failure of the file system (no permission, disk full, the file open in Excel) is the
 * user's to fix, so it becomes a Chinese WorkbookError naming the file, not a crash.
 */
export async function writeBytesAtomically(outPath: string, bytes: Uint8Array): Promise<void> {
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, outPath);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw Object.assign(new WorkbookError(`无法写入文件（${writeProblem(e)}）。`, { file: outPath }), { cause: e });
  }
}

function writeProblem(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case "EACCES":
    case "EPERM":
      return "没有写入权限";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EBUSY":
      return "文件正被其他程序（如 Excel）打开，请先关闭";
    case "ENOENT":
    case "ENOTDIR":
      return "文件夹不存在或无法访问";
    case "EROFS":
      return "磁盘只读";
    default:
      return (e as Error)?.message ?? String(e);
  }
}
