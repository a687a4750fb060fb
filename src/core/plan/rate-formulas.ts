/**
 * Live formulas for rates, rendered from the same expression that computed the engine's
 * value. Amounts in different units are scaled to 元 inside the formula; percentage points
 * (94 meaning 94%) are divided by 100. A rate whose inputs include a text cell ("3972万元")
 * cannot be a formula and is written as its value.
 */
import type { RateResult } from "../evaluation";
import type { EvaluationInput } from "../input";
import { toFormula } from "../rates/expression";
import { rateValuesOf } from "../rate-values";
import { unitFactor } from "../values/units";
import { refForFormula } from "./formula-refs";
import type { CellSource } from "../input";
import type { FieldKey } from "../fields";

export function rateFormula(result: RateResult, input: EvaluationInput): string | undefined {
  if (!result.value) return undefined;
  const sources: CellSource[] = [];
  for (const key of result.inputs) {
    const f = input.fields.get(key);
    if (f) sources.push(f.source);
    for (const item of input.lists.get(key)?.items ?? []) sources.push(item.source);
  }
  if (sources.some((s) => !s.numeric)) return undefined;
  const units = new Set(sources.filter((s) => s.unit).map((s) => s.unit!));
  const scaled = (s: CellSource): string => {
    let ref = refForFormula(s.cell);
    if (units.size > 1 && s.unit && s.unit !== "元") ref = `${ref}*${unitFactor(s.unit).toString()}`;
    if (s.percentPoints) ref = `${ref}/100`;
    return ref;
  };
  const refOf = (key: string): string | string[] => {
    const list = input.lists.get(key as FieldKey);
    if (list) return list.items.map((i) => scaled(i.source));
    return scaled(input.fields.get(key as FieldKey)!.source);
  };
  return toFormula(result.spec.expr, rateValuesOf(input), refOf);
}
