/** perfeval evaluate: one workbook in, one result workbook out (the input is never written). */
import * as path from "path";
import { evaluateWorkbook, WorkbookError, type EvaluatedWorkbook } from "../core";
import { applyPlan, loadWorkbook, writeWorkbookAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { defaultOutputPath, ensureWritableTarget, readInputFile } from "./files";
import { humanSummary } from "./human-summary";
import type { CliIO } from "./io";

export const OUTLINES = ["湛江式", "雷州式", "海珠式"] as const;

export interface EvaluateFileOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly marks?: boolean;
}

/** Evaluates one file and writes its result workbook; shared by evaluate and batch. */
export async function evaluateFile(input: string, options: EvaluateFileOptions): Promise<{ result: EvaluatedWorkbook; output: string }> {
  const output = options.output ?? defaultOutputPath(input);
  await ensureWritableTarget(output, !!options.force, input);
  const bytes = await readInputFile(input);
  const loaded = await loadWorkbook(bytes, path.basename(input));
  let result: EvaluatedWorkbook;
  try {
    result = evaluateWorkbook(loaded.grids, path.basename(input), { marks: options.marks });
  } catch (e) {
    throw e instanceof WorkbookError ? e.inFile(path.basename(input)) : e;
  }
  applyPlan(loaded.workbook, result.plan);
  await writeWorkbookAtomically(loaded.workbook, output);
  return { result, output };
}

export async function evaluateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("evaluate 需要一个 .xlsx 文件，例如：perfeval evaluate 评价表.xlsx");
  const outline = args.options.get("--outline");
  if (outline !== undefined && !OUTLINES.includes(outline as (typeof OUTLINES)[number])) {
    throw new UsageError(`--outline 只能是 ${OUTLINES.join("、")} 之一`);
  }
  if (args.options.has("--docx")) {
    throw new UsageError("Word 报告（--docx）尚未提供：本版本先输出自评汇总和自评报告工作表。");
  }
  const input = path.resolve(io.cwd, args.positional[0]);
  const out = args.options.get("-o");
  const { result, output } = await evaluateFile(input, {
    output: typeof out === "string" ? path.resolve(io.cwd, out) : undefined,
    force: args.options.has("--force"),
    marks: !args.options.has("--no-marks"),
  });
  if (args.options.has("--json")) {
    io.stdout(JSON.stringify(result.json, null, 2) + "\n");
    io.stderr(humanSummary(result.json, output));
  } else {
    io.stdout(humanSummary(result.json, output));
  }
  return 0;
}
