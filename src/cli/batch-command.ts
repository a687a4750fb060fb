/** perfeval batch: every .xlsx of a folder, one result each, and one overview workbook. */
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookError } from "../core/errors";
import { buildOverviewPlan, type BatchEntry } from "../core/plan/overview";
import { newWorkbookBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { evaluateFile } from "./evaluate-command";
import { exists } from "./files";
import type { CliIO } from "./io";
import { ProgressBar } from "./progress";

/** Workbooks to process: .xlsx, not Office lock files, not our own results. */
export function isBatchInput(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".") && !/\.自评结果\.xlsx$/i.test(name) && !/^批量汇总(\(\d+\))?\.xlsx$/.test(name);
}

async function uniqueFile(dir: string, base: string, force: boolean): Promise<string> {
  for (let i = 1; ; i++) {
    const p = path.join(dir, i === 1 ? `${base}.xlsx` : `${base}(${i}).xlsx`);
    if (force || !(await exists(p))) return p;
  }
}

export async function batchCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("batch 需要一个文件夹，例如：perfeval batch 各部门评价表 -o 结果");
  const out = args.options.get("-o");
  if (typeof out !== "string") throw new UsageError("请用 -o 指定输出文件夹");
  const folder = path.resolve(io.cwd, args.positional[0]);
  const outDir = path.resolve(io.cwd, out);
  const force = args.options.has("--force");
  let names: string[];
  try {
    names = (await fs.readdir(folder)).filter(isBatchInput).sort((a, b) => a.localeCompare(b, "zh-CN"));
  } catch {
    throw new WorkbookError("找不到这个文件夹。", { file: folder });
  }
  if (!names.length) throw new WorkbookError("文件夹中没有 .xlsx 文件。", { file: folder });
  await fs.mkdir(outDir, { recursive: true });

  const bar = new ProgressBar(io, names.length);
  const entries: BatchEntry[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    bar.update(i, name);
    const input = path.join(folder, name);
    const output = path.join(outDir, name.replace(/\.xlsx$/i, ".自评结果.xlsx"));
    try {
      const outline = args.options.get("--outline");
      const { result } = await evaluateFile(input, { output, force, marks: !args.options.has("--no-marks"), outline: typeof outline === "string" ? (outline as never) : undefined });
      entries.push({ file: name, output, json: result.json });
    } catch (e) {
      if (!(e instanceof WorkbookError)) throw e;
      entries.push({ file: name, error: e.message });
    }
  }
  bar.update(names.length, "完成");
  bar.finish();

  const overviewPath = await uniqueFile(outDir, "批量汇总", force);
  await writeBytesAtomically(overviewPath, await newWorkbookBytes(buildOverviewPlan(entries)));

  const failed = entries.filter((e) => e.error);
  io.stdout(`共 ${entries.length} 个文件：已评价 ${entries.length - failed.length} 个，无法读取 ${failed.length} 个。\n`);
  for (const f of failed) io.stdout(`  无法读取 ${f.file}：${f.error}\n`);
  io.stdout(`结果文件夹：${outDir}\n批量汇总：${overviewPath}\n`);
  return 0;
}
