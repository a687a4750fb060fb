/** perfeval batch: every .xlsx of a folder, one result each, and one overview workbook. */
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookError } from "../core/errors";
import { buildOverviewPlan, type BatchEntry } from "../core/plan/overview";
import { newWorkbookBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { sortBatchFolder } from "./batch-files";
import { walkBatchFolder } from "./batch-walk";
import { parseReportOptions } from "./evaluate-command";
import { availableParallelism } from "os";
import { runPool, type BatchTask } from "./pool";
import { exists } from "./files";
import type { CliIO } from "./io";
import { ProgressBar } from "./progress";

/** Seconds one file may take before it is stopped and reported (a pathological file must not stall the rest). */
const DEFAULT_TIMEOUT_S = 300;

function positiveNumber(value: string | true | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isFinite(n) || n <= 0) throw new UsageError(`${option} 需要一个正数`, "batch");
  return n;
}

/** Temporary files of results (full paths) whose worker was stopped mid-write. */
async function removeLeftovers(outputs: readonly string[]): Promise<void> {
  for (const output of outputs) {
    const dir = path.dirname(output);
    const base = path.basename(output);
    for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
      if (f.endsWith(".tmp") && f.startsWith(`.${base}.`)) await fs.rm(path.join(dir, f), { force: true });
    }
  }
}

async function uniqueFile(dir: string, base: string, force: boolean): Promise<string> {
  for (let i = 1; ; i++) {
    const p = path.join(dir, i === 1 ? `${base}.xlsx` : `${base}(${i}).xlsx`);
    if (force || !(await exists(p))) return p;
  }
}

export async function batchCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("batch 需要一个文件夹，例如：perfeval batch 各部门评价表 -o 结果", "batch");
  const out = args.options.get("-o");
  if (typeof out !== "string") throw new UsageError("请用 -o 指定输出文件夹", "batch");
  const folder = path.resolve(io.cwd, args.positional[0]);
  const outDir = path.resolve(io.cwd, out);
  const force = args.options.has("--force");
  const report = parseReportOptions(args, "batch");
  const stat = await fs.stat(folder).catch(() => undefined);
  if (stat && !stat.isDirectory()) throw new WorkbookError("这是一个文件，不是文件夹（评价单个文件请用 perfeval evaluate）。", { file: folder });
  let names: string[];
  let skipped;
  try {
    ({ inputs: names, skipped } = sortBatchFolder(await walkBatchFolder(folder, outDir)));
  } catch {
    throw new WorkbookError("找不到这个文件夹。", { file: folder });
  }
  if (!names.length) {
    const why = skipped.length ? `（${skipped.map((f) => `${f.file}：${f.reason}`).join("；")}）` : "";
    throw new WorkbookError(`文件夹中没有可以评价的 .xlsx 文件${why}。`, { file: folder });
  }
  const options = { force, marks: !args.options.has("--no-marks"), ...report };
  // A file in a subfolder has its result in the same subfolder of the output folder.
  const tasks: BatchTask[] = names.map((name, id) => ({
    id,
    name,
    input: path.join(folder, name),
    options: { ...options, output: path.join(outDir, name.replace(/\.xlsx$/i, ".自评结果.xlsx")) },
  }));
  // A second run into the same folder: one message before any work, not one failure per file.
  if (!force) {
    const there: string[] = [];
    for (const t of tasks) if (await exists(t.options.output!)) there.push(path.relative(outDir, t.options.output!));
    if (there.length) {
      throw new WorkbookError(`输出文件夹中已有 ${there.length} 个结果文件（如“${there[0]}”），未覆盖。要覆盖请加 --force，或用 -o 指定另一个文件夹。`, { file: outDir });
    }
  }
  for (const dir of new Set(tasks.map((t) => path.dirname(t.options.output!)))) await fs.mkdir(dir, { recursive: true });
  const bar = new ProgressBar(io, names.length);
  bar.update(0, names[0]);
  // Answers arrive as files finish; the overview keeps the folder's order.
  const entries: BatchEntry[] = new Array(tasks.length);
  let done = 0;
  await runPool(tasks, {
    jobs: positiveNumber(args.options.get("--jobs"), availableParallelism(), "--jobs"),
    timeoutMs: positiveNumber(args.options.get("--timeout"), DEFAULT_TIMEOUT_S, "--timeout") * 1000,
    onAnswer: (a) => {
      const t = tasks[a.id];
      entries[a.id] = a.json ? { file: t.name, output: t.options.output, json: a.json as BatchEntry["json"] } : { file: t.name, error: a.error };
      bar.update(++done, t.name);
    },
  });
  bar.finish();
  await removeLeftovers(tasks.filter((t) => entries[t.id].error).map((t) => t.options.output!));

  const overviewPath = await uniqueFile(outDir, "批量汇总", force);
  await writeBytesAtomically(overviewPath, await newWorkbookBytes(buildOverviewPlan(entries, skipped)));

  const failed = entries.filter((e) => e.error);
  // The same count as 批量汇总's subtitle: every file of the folder, processed or not.
  const notProcessed = skipped.length ? `，未处理 ${skipped.length} 个` : "";
  io.stdout(`共 ${entries.length + skipped.length} 个文件：已评价 ${entries.length - failed.length} 个，无法读取 ${failed.length} 个${notProcessed}。\n`);
  for (const f of failed) io.stdout(`  无法读取 ${f.file}：${f.error}\n`);
  if (skipped.length) io.stdout(`未处理的文件：\n${skipped.map((f) => `  ${f.file}：${f.reason}\n`).join("")}`);
  io.stdout(`结果文件夹：${outDir}\n批量汇总：${overviewPath}\n`);
  return 0;
}
