import { dec } from "../decimal";
import { formatPercent } from "../format";
import { percentWords } from "../rates/expression";
import { check, type CheckSpec } from "./check";

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
      const { min, max } = r.spec.plausible;
      const cells = r.inputs.map((k) => e.input.fields.get(k)?.source.cell ?? e.input.lists.get(k)?.items[0]?.source.cell);
      const hint = r.spec.rangeHint ? `：${r.spec.rangeHint}` : "";
      if (max !== undefined && r.value.greaterThan(max)) {
        out.push(check("rate-range", "warning", cells,
          `${r.spec.name}=${percentWords(r.words)}=${formatPercent(r.value)}，超过${formatPercent(dec(max), 0)}${hint}`));
      } else if (min !== undefined && r.value.lessThan(min)) {
        out.push(check("rate-range", "warning", cells, `${r.spec.name}=${percentWords(r.words)}=${formatPercent(r.value)}，低于${formatPercent(dec(min), 0)}`));
      }
    }
    return out;
  },
};
