/**
 * Excel's side of a custom-function call, as documented: the function is found by the `name`
 * the registered metadata gives it in the user's language, and its arguments are converted by
 * the parameter `type` declared in that metadata before the function runs.
 *
 * - Names: Excel registers each function under its metadata `name`, localized per language
 *   (docs/excel/custom-functions-naming.md, "Excel only localizes the name and description");
 *   a formula written through Range.formulas with a name not registered in the user's language
 *   is #NAME? (https://github.com/OfficeDev/office-js/issues/891, #6614).
 * - Types: "By specifying a parameter type, Excel will convert values into that type before
 *   calling the function. If the type is any, no conversion will be performed"
 *   (docs/excel/custom-functions-json-autogeneration.md, "Types"). Text reaching a `number`
 *   parameter is #VALUE! and the function is never called.
 * - Blank cells: a referenced empty cell reaches a `number` parameter as 0, in matrices too
 *   (https://github.com/OfficeDev/office-js/issues/4702, #1951). A single cell reaching an `any`
 *   parameter is null on the web and current desktop builds and 0 on older desktop builds
 *   (#4702, changed as a bug fix): the host profile decides (hosts.ts, blankForAny). A blank
 *   inside a range reaching a matrix `any` parameter is 0 (#1951: on Excel on the web; #5262:
 *   labelled fixed, with no version or platform given), so 0 on every host unless a test asks
 *   for a build with that fix (blankInMatrix: null). An omitted optional argument arrives as
 *   null (docs/excel/custom-functions-parameter-options.md).
 * - Errors in arguments are not passed in: the function is not called and the cell shows the
 *   error, unless the metadata allows errors (docs/excel/custom-functions-errors.md, "Errors as
 *   custom function inputs"; our metadata does not).
 * - A thrown CustomFunctions.Error shows its code (#VALUE!, #N/A with the message); anything
 *   else thrown is #VALUE! (same page).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { columnIndex } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/grid";
import { JxFunctionError } from "../../src/functions/errors";
import * as JX from "../../src/functions/functions";
import { localizeFunctions, type FunctionsMetadata } from "../../src/functions/localize";
import type { FakeSheet, FakeWorkbook, FormulaCalculator } from "./fake-workbook";

type Implementation = (...args: unknown[]) => unknown;

export interface RegisteredFunctions {
  readonly namespace: string;
  /** The metadata Excel loaded for the user's language. */
  readonly metadata: FunctionsMetadata;
  readonly implementations: ReadonlyMap<string, Implementation>;
  /** What a referenced blank cell becomes in a scalar `any` parameter on this host. */
  readonly blankForAny: null | 0;
  /** What a blank inside a range becomes in a matrix `any` parameter (0 as reported, #1951). */
  readonly blankInMatrix: null | 0;
}

/** One argument as the formula gives it. */
export type ExcelArg =
  | { readonly kind: "omitted" }
  | { readonly kind: "literal"; readonly value: CellValue }
  | { readonly kind: "cells"; readonly values: readonly (readonly CellValue[])[] };

export type CallOutcome =
  | { readonly value: number | string | boolean; readonly called: true }
  | { readonly error: string; readonly message?: string; readonly called: boolean };

let generated: Promise<{ metadata: FunctionsMetadata; implementations: Map<string, Implementation> }> | undefined;

/** The metadata exactly as the build generates it (custom-functions-metadata on functions.ts). */
function generatedMetadata(): Promise<{ metadata: FunctionsMetadata; implementations: Map<string, Implementation> }> {
  generated ??= generateCustomFunctionsMetadata([path.join(__dirname, "../../src/functions/functions.ts")], true).then((result) => {
    if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
    const exported = JX as unknown as Record<string, Implementation>;
    const implementations = new Map(result.associate.map((a) => [a.id, exported[a.functionName]]));
    return { metadata: JSON.parse(result.metadataJson) as FunctionsMetadata, implementations };
  });
  return generated;
}

/** The JX functions as Excel registers them for a language (zh-CN loads functions-zh-cn.json). */
export async function registeredJx(language: "en-US" | "zh-CN", blankForAny: null | 0, blankInMatrix: null | 0 = 0): Promise<RegisteredFunctions> {
  const { metadata, implementations } = await generatedMetadata();
  return { namespace: "JX", metadata: language === "zh-CN" ? localizeFunctions(metadata) : metadata, implementations, blankForAny, blankInMatrix };
}

type Param = FunctionsMetadata["functions"][number]["parameters"][number] & { type?: string; dimensionality?: string };

/** Calls `NAMESPACE.name(args)` the way Excel would. */
export function callCustomFunction(fns: RegisteredFunctions, name: string, args: readonly ExcelArg[]): CallOutcome {
  const fn = fns.metadata.functions.find((f) => f.name.toUpperCase() === name.toUpperCase());
  if (!fn) return { error: "#NAME?", called: false };
  const values: unknown[] = [];
  for (let i = 0; i < fn.parameters.length; i++) {
    const marshalled = marshal(fn.parameters[i] as Param, args[i] ?? { kind: "omitted" }, fns);
    if ("error" in marshalled) return { error: marshalled.error, called: false };
    values.push(marshalled.value);
  }
  if (args.length > fn.parameters.length) return { error: "#VALUE!", called: false };
  try {
    const result = fns.implementations.get(fn.id)!(...values);
    if (typeof result === "number" && !Number.isFinite(result)) return { error: "#NUM!", called: true };
    return { value: result as number | string | boolean, called: true };
  } catch (e) {
    if (e instanceof JxFunctionError) return { error: e.code, message: e.message, called: true };
    return { error: "#VALUE!", called: true };
  }
}

type Marshalled = { value: unknown } | { error: string };

function marshal(param: Param, arg: ExcelArg, { blankForAny, blankInMatrix }: Pick<RegisteredFunctions, "blankForAny" | "blankInMatrix">): Marshalled {
  if (arg.kind === "omitted") return { value: null };
  const type = param.type ?? "any";
  if (param.dimensionality === "matrix") {
    const rows = arg.kind === "cells" ? arg.values : [[arg.value]];
    const out: unknown[][] = [];
    for (const row of rows) {
      const line: unknown[] = [];
      for (const v of row) {
        const m = convert(type, v, arg.kind === "cells", blankInMatrix);
        if ("error" in m) return m;
        line.push(m.value);
      }
      out.push(line);
    }
    return { value: out };
  }
  if (arg.kind === "cells") {
    // A multi-cell range where one value is expected.
    if (arg.values.length !== 1 || arg.values[0].length !== 1) return { error: "#VALUE!" };
    return convert(type, arg.values[0][0], true, blankForAny);
  }
  return convert(type, arg.value, false, blankForAny);
}

function convert(type: string, v: CellValue, fromCell: boolean, blankForAny: null | 0): Marshalled {
  if (v !== null && typeof v === "object") return { error: v.error };
  if (v === null) {
    if (!fromCell) return { value: null };
    if (type === "number") return { value: 0 };
    if (type === "string") return { value: "" };
    if (type === "boolean") return { value: false };
    return { value: blankForAny };
  }
  switch (type) {
    case "number":
      if (typeof v === "number") return { value: v };
      if (typeof v === "boolean") return { value: v ? 1 : 0 };
      return { error: "#VALUE!" };
    case "string":
      return { value: typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v) };
    case "boolean":
      if (typeof v === "boolean") return { value: v };
      if (typeof v === "number") return { value: v !== 0 };
      return { error: "#VALUE!" };
    default:
      return { value: v };
  }
}

// ——— the formulas the add-in writes: JX.NAME(arg, …) with references, scaled references, literals ———

/** A calculator for FakeWorkbook.calculator: JX formulas get a value, others stay uncalculated. */
export function jxCalculator(fns: RegisteredFunctions): FormulaCalculator {
  return (workbook, sheet, formula) => {
    const call = new RegExp(`^\\s*${fns.namespace}\\.([\\p{L}\\p{N}_.]+)\\((.*)\\)\\s*$`, "su").exec(formula);
    if (!call) return undefined;
    const args = splitArgs(call[2]).map((a) => argument(workbook, sheet, a));
    if (args.some((a) => a === undefined)) return undefined;
    const outcome = callCustomFunction(fns, call[1], args as ExcelArg[]);
    return "error" in outcome ? { error: outcome.error } : (outcome.value as CellValue);
  };
}

export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args.length === 1 && args[0] === "" ? [] : args;
}

const REF = /^(?:('(?:[^']|'')+'|[^'!()]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?:([*/])(\d+(?:\.\d+)?))?$/;

/** One argument's text → what Excel passes; undefined when the fake cannot evaluate it. */
export function argument(workbook: FakeWorkbook, sheet: FakeSheet, text: string): ExcelArg | undefined {
  if (text === "") return { kind: "omitted" };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "literal", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { kind: "literal", value: Number(text) };
  const m = REF.exec(text);
  if (!m) return undefined;
  const target = m[1] ? workbook.sheet(m[1].replace(/^'|'$/g, "").replace(/''/g, "'")) : sheet;
  if (!target) return { kind: "literal", value: { error: "#REF!" } };
  const top = Number(m[3]) - 1;
  const left = columnIndex(m[2]);
  const bottom = m[5] ? Number(m[5]) - 1 : top;
  const right = m[4] ? columnIndex(m[4]) : left;
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c++) row.push(target.cell(r, c)?.value ?? null);
    values.push(row);
  }
  if (!m[6]) return { kind: "cells", values };
  // C5*10000 or C5/100: Excel's arithmetic, where a blank is 0 and text is #VALUE!.
  const v = values[0][0];
  const factor = Number(m[7]);
  if (v !== null && typeof v === "object") return { kind: "literal", value: v };
  if (typeof v === "string") return { kind: "literal", value: { error: "#VALUE!" } };
  const x = typeof v === "number" ? v : v ? 1 : 0;
  return { kind: "literal", value: m[6] === "*" ? x * factor : x / factor };
}
