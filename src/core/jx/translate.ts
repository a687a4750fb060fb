/**
 * 转为普通公式: a formula using JX.* functions rewritten with standard Excel functions, so the
 * workbook calculates where the add-in is not installed. Rates become the same arithmetic the
 * engine uses (rendered from the rate's expression); calls that have no standard equivalent
 * (规则得分, 扣分分数, 金额大写) make the cell keep its current value instead.
 */
import { dec, type Decimal } from "../decimal";
import { rateSpec } from "../rates";
import { toFormula } from "../rates/expression";
import { rateValuesFrom } from "../rate-values";
import { gradeFormula } from "../plan/summary-sheet";
import { jxFunction } from "./catalog";

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

function translateCall(id: string, args: string[]): string {
  const fn = jxFunction(id);
  if (!fn) throw new Untranslatable(id);
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
    default:
      throw new Untranslatable(id);
  }
}

/** Replaces every JX.NAME(...) in a formula (without its leading "="), innermost first. */
function translate(formula: string): string {
  let out = "";
  let i = 0;
  let inString = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    const m = !inString ? /^JX\.([A-Za-z_][A-Za-z0-9_]*)\(/.exec(formula.slice(i)) : null;
    if (m && (i === 0 || !/[\w.]/.test(formula[i - 1]))) {
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
      out += `(${translateCall(m[1].toUpperCase(), splitArgs(inner).map(translate))})`;
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
  if (!/JX\./i.test(body)) return { formula: body };
  try {
    return { formula: translate(body) };
  } catch (e) {
    if (e instanceof Untranslatable) return { value: cached };
    throw e;
  }
}
