/** perfeval batch: every .xlsx of a folder, one result each, and one overview workbook. */
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookError } from "../core/errors";
import { buildOverviewPlan, type BatchEntry } from "../core/plan/overview";
import { newWorkbookBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { sortBatchFolder } from "./batch-files";
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

/** Temporary files of results whose worker was stopped mid-write. */
async function removeLeftovers(dir: string, outputs: readonly string[]): Promise<void> {
  if (!outputs.length) return;
  for (const f of await fs.readdir(dir)) {
    if (f.endsWith(".tmp") && outputs.some((o) => f.startsWith(`.${o}.`))) await fs.rm(path.join(dir, f), { force: true });
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
  let names: string[];
  let skipped;
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    ({ inputs: names, skipped } = sortBatchFolder(entries.filter((e) => !e.isDirectory()).map((e) => e.name)));
  } catch {
    throw new WorkbookError("找不到这个文件夹。", { file: folder });
  }
  if (!names.length) {
    const why = skipped.length ? `（${skipped.map((f) => `${f.file}：${f.reason}`).join("；")}）` : "";
    throw new WorkbookError(`文件夹中没有可以评价的 .xlsx 文件${why}。`, { file: folder });
  }
  await fs.mkdir(outDir, { recursive: true });

  const options = { force, marks: !args.options.has("--no-marks"), ...report };
  const tasks: BatchTask[] = names.map((name, id) => ({
    id,
    name,
    input: path.join(folder, name),
    options: { ...options, output: path.join(outDir, name.replace(/\.xlsx$/i, ".自评结果.xlsx")) },
  }));
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
  await removeLeftovers(outDir, tasks.filter((t) => entries[t.id].error).map((t) => path.basename(t.options.output!)));

  const overviewPath = await uniqueFile(outDir, "批量汇总", force);
  await writeBytesAtomically(overviewPath, await newWorkbookBytes(buildOverviewPlan(entries, skipped)));

  const failed = entries.filter((e) => e.error);
  io.stdout(`共 ${entries.length} 个文件：已评价 ${entries.length - failed.length} 个，无法读取 ${failed.length} 个。\n`);
  for (const f of failed) io.stdout(`  无法读取 ${f.file}：${f.error}\n`);
  if (skipped.length) io.stdout(`另有 ${skipped.length} 个文件没有处理：\n${skipped.map((f) => `  ${f.file}：${f.reason}\n`).join("")}`);
  io.stdout(`结果文件夹：${outDir}\n批量汇总：${overviewPath}\n`);
  return 0;
}
