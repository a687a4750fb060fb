/** perfeval evaluate: one workbook in, one result workbook out (the input is never written). */
import * as path from "path";
import { evaluateWorkbook, reportTables, type EvaluatedWorkbook, type Outline } from "../core";
import { applyPlan, loadWorkbook, packageBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { defaultOutputPath, ensureWritableTarget, readInputFile } from "./files";
import { humanSummary } from "./human-summary";
import type { CliIO } from "./io";

export const OUTLINES = ["湛江式", "雷州式", "海珠式"] as const;

export interface EvaluateFileOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly marks?: boolean;
  readonly outline?: Outline;
  /** Also write the Word report here. */
  readonly docx?: string;
}

/** Evaluates one file and writes its result workbook; shared by evaluate and batch. */
export async function evaluateFile(input: string, options: EvaluateFileOptions): Promise<{ result: EvaluatedWorkbook; output: string }> {
  const output = options.output ?? defaultOutputPath(input);
  await ensureWritableTarget(output, !!options.force, input);
  if (options.docx) await ensureWritableTarget(options.docx, !!options.force, input);
  const bytes = await readInputFile(input);
  const loaded = await loadWorkbook(bytes, path.basename(input));
  const result = evaluateWorkbook(loaded.grids, path.basename(input), { marks: options.marks, outline: options.outline });
  await applyPlan(loaded.package, result.plan);
  await writeBytesAtomically(output, await packageBytes(loaded.package));
  if (options.docx) {
    // Loaded only when asked for: batch workers never pay for the docx library.
    const { reportDocxBytes } = await import("../gateways/docx");
    await writeBytesAtomically(options.docx, await reportDocxBytes(result.narrative, reportTables(result.evaluation)));
  }
  return { result, output };
}

export async function evaluateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("evaluate 需要一个 .xlsx 文件，例如：perfeval evaluate 评价表.xlsx");
  const outline = args.options.get("--outline");
  if (outline !== undefined && !OUTLINES.includes(outline as (typeof OUTLINES)[number])) {
    throw new UsageError(`--outline 只能是 ${OUTLINES.join("、")} 之一`);
  }
  const input = path.resolve(io.cwd, args.positional[0]);
  const out = args.options.get("-o");
  const docx = args.options.get("--docx");
  const { result, output } = await evaluateFile(input, {
    output: typeof out === "string" ? path.resolve(io.cwd, out) : undefined,
    force: args.options.has("--force"),
    marks: !args.options.has("--no-marks"),
    outline: outline as Outline | undefined,
    docx: typeof docx === "string" ? path.resolve(io.cwd, docx) : undefined,
  });
  if (args.options.has("--json")) {
    io.stdout(JSON.stringify(result.json, null, 2) + "\n");
    io.stderr(humanSummary(result.json, output));
  } else {
    io.stdout(humanSummary(result.json, output));
  }
  const say = args.options.has("--json") ? io.stderr : io.stdout;
  const r = result.refresh;
  if (r) {
    say(`  自评报告：沿用“${r.previousSheet}”中您填写的 ${r.kept.length} 段；随数据更新 ${r.changed.length} 段${r.changed.length ? `（${r.changed.join("、")}）` : ""}`);
    say(r.overwritten.length ? `；您手工改过、已按新数据重写的 ${r.overwritten.length} 段：${r.overwritten.join("、")}\n` : "\n");
  }
  if (typeof docx === "string") say(`  Word 报告已写入：${path.resolve(io.cwd, docx)}\n`);
  return 0;
}
