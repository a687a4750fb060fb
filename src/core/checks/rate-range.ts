import { dec, Decimal } from "../decimal";
import { formatPercent } from "../format";
import { percentWords } from "../rates/expression";
import type { RateResult } from "../evaluation";
import { FIELD_SPECS } from "../fields";
import { check, type CheckSpec, type Scored } from "./check";

/** Where a computed rate falls outside its plausible range, with the limit; the narrative marks it too. */
export function outOfRange(r: Pick<RateResult, "spec" | "value">): { side: "above" | "below"; limit: number } | undefined {
  if (!r.value) return undefined;
  const { min, max } = r.spec.plausible;
  if (max !== undefined && r.value.greaterThan(max)) return { side: "above", limit: max };
  if (min !== undefined && r.value.lessThan(min)) return { side: "below", limit: min };
  return undefined;
}

/** Rates over their natural ceiling are kept as computed, never capped silently, and flagged. */
export const rateRange: CheckSpec = {
  id: "rate-range",
  name: "比率范围",
  description: "比率超出合理范围（如支出完成率超过100%）",
  run: (e) => {
    const out = [];
    const seen = new Set<string>();
    for (const r of e.rates) {
      if (!r.value) continue;
      // 支出完成率 without 下达数 is the same division as 预算完成率: say it once.
      const key = `${r.words}=${r.value.toString()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = outOfRange(r);
      if (!range) continue;
      const cells = r.inputs.map((k) => e.input.fields.get(k)?.source.cell ?? e.input.lists.get(k)?.items[0]?.source.cell);
      const hint = r.spec.rangeHint ? `：${r.spec.rangeHint}` : "";
      if (range.side === "above") {
        out.push(check("rate-range", "warning", cells,
          `${r.spec.name}=${percentWords(r.words)}=${formatPercent(r.value)}，超过${formatPercent(dec(range.limit), 0)}${hint}`));
      } else {
        out.push(check("rate-range", "warning", cells, `${r.spec.name}=${percentWords(r.words)}=${formatPercent(r.value, placesShowing(r.value))}，低于${formatPercent(dec(range.limit), 0)}`));
      }
    }
    out.push(...percentFieldRange(e.input));
    return out;
  },
};

/** Two decimals, or as many more (up to 6) as a tiny negative rate needs not to read as 0.00%. */
function placesShowing(fraction: Decimal): number {
  let places = 2;
  while (places < 6 && !fraction.isZero() && new Decimal(formatPercent(fraction, places).replace("%", "")).isZero()) places++;
  return places;
}

/**
 * A percent the 基础数据表 gives (满意度, 产出指标完成率) above 100%: usually 92 typed into a cell
 * formatted as a percentage, which shows 9200% (Excel divides by 100 only when typing into it).
 */
function percentFieldRange(input: Scored["input"]) {
  const out = [];
  for (const spec of FIELD_SPECS.filter((f) => f.kind === "percent" || f.kind === "percent-list")) {
    const values = spec.kind === "percent" ? [input.fields.get(spec.key)].filter((v) => v !== undefined) : (input.lists.get(spec.key)?.items ?? []);
    for (const v of values) {
      if (!v.value.greaterThan(1)) continue;
      const hint = v.source.numeric && !v.source.percentPoints ? `（单元格为百分比格式，填入的数字${v.value.toString()}显示为${formatPercent(v.value)}；应填${v.value.dividedBy(100).toString()}或${v.value.toString()}%）` : "";
      out.push(check("rate-range", "warning", [v.source.cell], `${spec.labels[0]}为${formatPercent(v.value)}，超过100%${hint}`));
    }
  }
  return out;
}
