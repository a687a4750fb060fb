import { dec } from "../decimal";
import { formatPercent } from "../format";
import { percentWords } from "../rates/expression";
import type { RateResult } from "../evaluation";
import { check, type CheckSpec } from "./check";

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
        out.push(check("rate-range", "warning", cells, `${r.spec.name}=${percentWords(r.words)}=${formatPercent(r.value)}，低于${formatPercent(dec(range.limit), 0)}`));
      }
    }
    return out;
  },
};
