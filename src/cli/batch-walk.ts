/**
 * The files of a batch folder and of its subfolders (a 财政局 keeps one folder per district or
 * per bureau), as paths relative to it. Hidden entries and the output folder, when it lies
 * inside, are not walked: the results of the last run are not inputs of this one.
 */
import { promises as fs } from "fs";
import * as path from "path";

export async function walkBatchFolder(root: string, outDir: string): Promise<string[]> {
  const out: string[] = [];
  const skip = path.resolve(outDir);
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const full = path.join(dir, e.name);
      const relative = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) {
        if (path.resolve(full) !== skip) await walk(full, relative);
      } else out.push(relative);
    }
  };
  await walk(root, "");
  return out;
}
