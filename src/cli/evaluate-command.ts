/** perfeval evaluate: one workbook in, one result workbook (and a Word report) out; the input is never written. */
import { sheetNamesPhrase } from "../core/plan/sheet-names-phrase";
import * as path from "path";
import { evaluateWorkbook, openItems, openItemsMessage, paragraphOpening, reportTables, type EvaluatedWorkbook, type MoneyUnit, type OpenItems, type Outline } from "../core";
import { MONEY_UNITS } from "../core/values/units";
import { applyPlan, loadWorkbook, packageBytes, writeBytesAtomically } from "../gateways/xlsx";
import { UsageError, type ParsedArgs } from "./args";
import { defaultOutputPath, ensureWritableTarget, intoFolder, readInputFile } from "./files";
import { humanSummary } from "./human-summary";
import type { CliIO } from "./io";

export const OUTLINES = ["湛江式", "雷州式", "海珠式"] as const;

export interface EvaluateFileOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly marks?: boolean;
  readonly outline?: Outline;
  readonly unit?: MoneyUnit;
  /** Also write the Word report here. */
  readonly docx?: string;
  /** Write the result workbook (default); false with --no-xlsx, for the Word report or the JSON alone. */
  readonly xlsx?: boolean;
}

export interface EvaluatedFile {
  readonly result: EvaluatedWorkbook;
  /** The result workbook, when one was written. */
  readonly output?: string;
  /** The Word report, when one was written. */
  readonly docx?: string;
  /** What the Word report still asks the user to fill in or verify, when one was written. */
  readonly docxOpen?: OpenItems;
}

/** Evaluates one file and writes its result workbook; shared by evaluate and batch. */
export async function evaluateFile(input: string, options: EvaluateFileOptions): Promise<EvaluatedFile> {
  const writeXlsx = options.xlsx !== false;
  // The input first: a mistyped name is told so, not told to add --force for an existing output.
  const bytes = await readInputFile(input);
  const beside = await defaultOutputPath(input, !!options.force);
  const output = writeXlsx ? (options.output ? await intoFolder(options.output, path.basename(beside)) : beside) : undefined;
  const docxPath = options.docx ? await intoFolder(options.docx, path.basename(beside).replace(/\.xlsx$/, "").replace(/\.自评结果/, ".自评报告") + ".docx") : undefined;
  if (output) await ensureWritableTarget(output, !!options.force, input);
  if (docxPath) await ensureWritableTarget(docxPath, !!options.force, input);
  const loaded = await loadWorkbook(bytes, path.basename(input));
  // Our own 自评汇总 and 自评报告 of an earlier run are updated in place, not stacked as (2).
  const result = evaluateWorkbook(loaded.grids, path.basename(input), { marks: options.marks, outline: options.outline, unit: options.unit, replaceOwnSheets: true });
  if (output) {
    await applyPlan(loaded.package, result.plan);
    await writeBytesAtomically(output, await packageBytes(loaded.package));
  }
  let docxOpen: OpenItems | undefined;
  if (docxPath) {
    // Loaded only when asked for: batch workers never pay for the docx library.
    const { reportsDocxBytes } = await import("../gateways/docx");
    // Every table's report in one file (a workbook of several projects), each from a new page.
    const parts = result.tables.map((t) => ({ narrative: t.narrative, tables: reportTables(t.evaluation, t.narrative.unit) }));
    await writeBytesAtomically(docxPath, await reportsDocxBytes(parts));
    docxOpen = openItems(parts.flatMap((p) => p.narrative.paragraphs));
  }
  return { result, output, docx: docxPath, docxOpen };
}

/** path.resolve drops a trailing "/", which is how a user says "a folder, make it if need be". */
function resolveKeepingFolder(cwd: string, p: string): string {
  const resolved = path.resolve(cwd, p);
  return /[\\/]$/.test(p) ? resolved + path.sep : resolved;
}

function parseUnit(value: string | true | undefined): MoneyUnit | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (MONEY_UNITS as readonly string[]).includes(value)) return value as MoneyUnit;
  throw new UsageError(`--unit 只能是 ${["万元", "元", "千元", "亿元"].join("、")} 之一`, "evaluate");
}

export function parseReportOptions(args: ParsedArgs, command: string): { outline?: Outline; unit?: MoneyUnit } {
  const outline = args.options.get("--outline");
  if (outline !== undefined && !OUTLINES.includes(outline as (typeof OUTLINES)[number])) {
    throw new UsageError(`--outline 只能是 ${OUTLINES.join("、")} 之一`, command);
  }
  return { outline: outline as Outline | undefined, unit: parseUnit(args.options.get("--unit")) };
}

export async function evaluateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("evaluate 需要一个 .xlsx 文件，例如：perfeval evaluate 评价表.xlsx", "evaluate");
  const report = parseReportOptions(args, "evaluate");
  const input = path.resolve(io.cwd, args.positional[0]);
  const out = args.options.get("-o");
  const docx = args.options.get("--docx");
  const xlsx = !args.options.has("--no-xlsx");
  // --no-xlsx alone would do nothing visible: it goes with a Word report or the JSON.
  // -o out.docx would write a workbook Word cannot open: each option takes its own kind of file.
  if (typeof out === "string" && /\.[^\\/.]+$/.test(out) && !/\.xlsx$/i.test(out)) {
    throw new UsageError(`-o 是结果工作簿（.xlsx）的文件名或文件夹${/\.docx$/i.test(out) ? "；Word 报告请用 --docx 指定" : ""}`, "evaluate");
  }
  if (typeof docx === "string" && /\.[^\\/.]+$/.test(docx) && !/\.docx$/i.test(docx)) {
    throw new UsageError("--docx 是 Word 报告（.docx）的文件名或文件夹", "evaluate");
  }
  if (!xlsx && typeof docx !== "string" && !args.options.has("--json")) throw new UsageError("--no-xlsx 不写结果工作簿：请同时用 --docx 指定 Word 文件，或用 --json 输出评价结果", "evaluate");
  const { result, output, docx: docxPath, docxOpen } = await evaluateFile(input, {
    output: typeof out === "string" ? resolveKeepingFolder(io.cwd, out) : undefined,
    force: args.options.has("--force"),
    marks: !args.options.has("--no-marks"),
    ...report,
    docx: typeof docx === "string" ? resolveKeepingFolder(io.cwd, docx) : undefined,
    xlsx,
  });
  const say = args.options.has("--json") ? io.stderr : io.stdout;
  if (args.options.has("--json")) io.stdout(JSON.stringify(result.json, null, 2) + "\n");
  // A workbook of several tables (a department table and project sheets): each one's summary.
  if (result.tables.length > 1) say(`本工作簿有 ${result.tables.length} 张评价表：\n`);
  for (const t of result.tables) say(humanSummary(t.json, t === result.tables[result.tables.length - 1] ? output : undefined));
  if (output) {
    const own = result.plan.sheets.filter((s) => s.replaces).map((s) => s.name);
    if (own.length) say(`  已就地更新本助手此前写入的${sheetNamesPhrase(own)}\n`);
  }
  const r = result.refresh;
  // Nothing kept, changed or rewritten: nothing to say.
  if (r && (r.outlineSwitch || r.kept.length + r.changed.length + r.overwritten.length + (r.keptEdits?.length ?? 0) > 0)) {
    // Paragraphs named by how they begin (their ids mean nothing to the user).
    const named = (ids: readonly string[]) => ids.map((id) => paragraphOpening(result.narrative, id)).join("、");
    const keptEdits = r.keptEdits?.length ? `；您改写过、数据未变而保留的 ${r.keptEdits.length} 段` : "";
    const switched = r.outlineSwitch ? `体例由${r.outlineSwitch.from}改为${r.outlineSwitch.to}，各段按新体例写出；` : "";
    say(`  自评报告：${switched}沿用“${r.previousSheet}”中您填写的 ${r.kept.length} 段${keptEdits}；随数据更新 ${r.changed.length} 段${r.changed.length ? `（${named(r.changed)}）` : ""}`);
    say(r.overwritten.length ? `；您手工改过、因数据变化已重写的 ${r.overwritten.length} 段：${named(r.overwritten)}\n` : "\n");
  }
  if (result.unplaced.length) {
    say(`  您为其他体例填写的 ${result.unplaced.length} 段（${result.unplaced.map((u) => u.label).join("、")}）在${result.narrative.outline}中没有对应段落，已保留在“自评报告”末尾\n`);
  }
  if (docxPath) {
    const open = docxOpen ? openItemsMessage(docxOpen) : "";
    say(`  Word 报告已写入：${docxPath}${open ? `（${open}，请在 Word 中补全或在评价表中改正后重新生成）` : ""}\n`);
  }
  return 0;
}
