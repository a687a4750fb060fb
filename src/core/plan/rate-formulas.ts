/**
 * Live formulas for rates, rendered from the same expression that computed the engine's
 * value. Amounts in different units are scaled to 元 inside the formula; percentage points
 * (94 meaning 94%) are divided by 100. A rate whose inputs include a text cell ("3972万元")
 * cannot be a formula and is written as its value.
 *
 * Dialect "standard" writes plain arithmetic (any spreadsheet); "jx" writes the add-in's
 * JX.* function with the same references, for use inside Excel.
 */
import type { RateResult } from "../evaluation";
import type { FieldKey } from "../fields";
import type { CellSource, EvaluationInput } from "../input";
import { jxFunctionForRate, JX_NAMESPACE } from "../jx/catalog";
import { toFormula } from "../rates/expression";
import { rateValuesOf } from "../rate-values";
import { parseA1, splitCellRef } from "../grid/address";
import { unitFactor } from "../values/units";
import { refForFormula } from "./formula-refs";
import type { FormulaDialect } from "./plan";

function sourcesOf(result: RateResult, input: EvaluationInput): CellSource[] {
  const sources: CellSource[] = [];
  for (const key of result.inputs) {
    const f = input.fields.get(key);
    if (f) sources.push(f.source);
    for (const item of input.lists.get(key)?.items ?? []) sources.push(item.source);
  }
  return sources;
}

function scaler(sources: readonly CellSource[]) {
  const units = new Set(sources.filter((s) => s.unit).map((s) => s.unit!));
  return (s: CellSource): string => {
    let ref = refForFormula(s.cell);
    if (units.size > 1 && s.unit && s.unit !== "元") ref = `${ref}*${unitFactor(s.unit).toString()}`;
    if (s.percentPoints) ref = `${ref}/100`;
    return ref;
  };
}

/** "基础数据表!C10:C11" when list items are one contiguous column of plain fractions. */
function contiguousRange(sources: readonly CellSource[]): string | undefined {
  if (!sources.length || sources.some((s) => s.percentPoints)) return undefined;
  const cells = sources.map((s) => ({ ...splitCellRef(s.cell), ...parseA1(splitCellRef(s.cell).address) }));
  const ok = cells.every((c, i) => i === 0 || (c.sheet === cells[0].sheet && c.col === cells[0].col && c.row === cells[i - 1].row + 1));
  if (!ok) return undefined;
  const first = refForFormula(sources[0].cell);
  return cells.length === 1 ? first : `${first}:${splitCellRef(sources[sources.length - 1].cell).address}`;
}

export function rateFormula(result: RateResult, input: EvaluationInput, dialect: FormulaDialect = "standard"): string | undefined {
  if (!result.value) return undefined;
  const sources = sourcesOf(result, input);
  if (sources.some((s) => !s.numeric)) return undefined;
  const scaled = scaler(sources);
  if (dialect === "jx") {
    const fn = jxFunctionForRate(result.spec.id);
    const args = fn.params.map((p) => {
      if (p.list) return contiguousRange(input.lists.get(p.key as FieldKey)?.items.map((i) => i.source) ?? []) ?? null;
      const f = input.fields.get(p.key as FieldKey);
      return f && result.inputs.includes(p.key as FieldKey) ? scaled(f.source) : "";
    });
    if (!args.includes(null)) {
      while (args.length && args[args.length - 1] === "") args.pop();
      return `${JX_NAMESPACE}.${fn.id}(${args.join(",")})`;
    }
  }
  const refOf = (key: string): string | string[] => {
    const list = input.lists.get(key as FieldKey);
    if (list) return list.items.map((i) => scaled(i.source));
    return scaled(input.fields.get(key as FieldKey)!.source);
  };
  return toFormula(result.spec.expr, rateValuesOf(input), refOf);
}
