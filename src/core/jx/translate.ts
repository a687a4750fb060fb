/**
 * 转为普通公式: a formula using JX.* functions rewritten with standard Excel functions, so the
 * workbook calculates where the add-in is not installed. Rates become the same arithmetic the
 * engine uses (rendered from the rate's expression), 预算执行率得分 its MIN/MAX form; calls that
 * have no standard equivalent (规则得分, 扣分分数, 金额大写, 指标得分: they read text) make the cell
 * keep its current value instead.
 */
import { dec, type Decimal } from "../decimal";
import { rateSpec } from "../rates";
import { toFormula } from "../rates/expression";
import { rateValuesFrom } from "../rate-values";
import { gradeFormula } from "../plan/summary-sheet";
import { executionScoreFormula } from "../plan/project-formulas";
import { jxFunctionByName } from "./catalog";

export type CachedValue = string | number | boolean | null;

class Untranslatable extends Error {}

/** Splits "a,(b,c),\"x,y\"" at top-level commas. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") depth++;
    else if (!inString && ch === ")") depth--;
    else if (!inString && depth === 0 && ch === ",") {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args.length === 1 && args[0] === "" ? [] : args;
}

const operand = (a: string) => (/^[\w.$!:'\u4e00-\u9fa5]+$/u.test(a) ? a : `(${a})`);

function translateCall(name: string, args: string[]): string {
  const fn = jxFunctionByName(name);
  if (!fn) throw new Untranslatable(name);
  switch (fn.kind) {
    case "rate": {
      const present: Record<string, Decimal | Decimal[]> = {};
      const refs: Record<string, string> = {};
      fn.params.forEach((p, i) => {
        const a = args[i] ?? "";
        if (a === "") return;
        present[p.key] = p.list ? [dec(1)] : dec(1);
        refs[p.key] = a;
      });
      const values = rateValuesFrom(present);
      return toFormula(rateSpec(fn.rate!).expr, values, (key) => (fn.params.find((p) => p.key === key)?.list ? [refs[key]] : operand(refs[key])));
    }
    case "growth":
      return `(${operand(args[0])}-${operand(args[1])})/${operand(args[1])}`;
    case "grade":
      return gradeFormula(operand(args[0]));
    case "execution-score":
      return executionScoreFormula(operand(args[0]), operand(args[1]), operand(args[2]));
    default:
      throw new Untranslatable(name);
  }
}

/**
 * A JX call as it can appear in a formula, at the start of the text:
 * - JX.EXECUTION_RATE( as typed or written by the add-in, in any case (Excel's function names
 *   are not case-sensitive), and JX.支出完成率( as a Chinese Excel showed it with earlier builds of the add-in;
 * - _xldudf_JX_EXECUTION_RATE( as Excel saves a JavaScript custom function in the file
 *   (OfficeDev/Excel-Custom-Functions #108: "we by default save out with a different prefix
 *   _xldudf"), also with the book prefix Excel sometimes adds, [2]!_xldudf_… or
 *   Addin.xla!_xldudf_… (office-js #2568, #3872).
 * The name is then looked up in the catalogue (jxFunctionByName).
 */
const JX_CALL_AT = /^(?:(?:\[\d+\]|[\p{L}\p{N}_.-]+\.xla[mx]?)!)?(?:_xldudf_JX_|JX\.)([\p{L}\p{N}_.]+)\(/iu;

/** Whether a formula calls a JX function in any of the forms above (outside string constants). */
export function hasJxCall(formula: string): boolean {
  return jxCalls(formula.replace(/^=/, "")).length > 0;
}

/** Positions of JX calls outside string constants, not inside a longer name (MYJX.F). */
function jxCalls(formula: string): { at: number; match: RegExpExecArray }[] {
  const calls: { at: number; match: RegExpExecArray }[] = [];
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] === '"') inString = !inString;
    if (inString || (i > 0 && /[\p{L}\p{N}_.]/u.test(formula[i - 1]))) continue;
    const m = JX_CALL_AT.exec(formula.slice(i));
    if (m) calls.push({ at: i, match: m });
  }
  return calls;
}

/** Replaces every JX call in a formula (without its leading "="), innermost first. */
function translate(formula: string): string {
  let out = "";
  let i = 0;
  let inString = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    const m = !inString ? JX_CALL_AT.exec(formula.slice(i)) : null;
    if (m && (i === 0 || !/[\p{L}\p{N}_.]/u.test(formula[i - 1]))) {
      // Find the matching parenthesis.
      let depth = 0;
      let j = i + m[0].length - 1;
      let str = false;
      for (; j < formula.length; j++) {
        if (formula[j] === '"') str = !str;
        else if (!str && formula[j] === "(") depth++;
        else if (!str && formula[j] === ")" && --depth === 0) break;
      }
      const inner = formula.slice(i + m[0].length, j);
      out += `(${translateCall(m[1], splitArgs(inner).map(translate))})`;
      i = j + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

export function toStandardFormula(formula: string, cached: CachedValue): { formula?: string; value?: CachedValue } {
  const body = formula.replace(/^=/, "");
  if (jxCalls(body).length === 0) return { formula: body };
  try {
    return { formula: translate(body) };
  } catch (e) {
    if (e instanceof Untranslatable) return { value: cached };
    throw e;
  }
}
