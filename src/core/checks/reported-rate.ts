import { HUNDRED, round, toFixed } from "../decimal";
import { percentWords } from "../rates/expression";
import { check, type CheckSpec } from "./check";

/** A rate the department wrote must equal the recomputed one at the precision it was written. */
export const reportedRate: CheckSpec = {
  id: "reported-rate",
  name: "填报比率",
  description: "基础数据表中填报的比率与按公式重新计算的结果不一致",
  run: (e) => {
    const out = [];
    for (const r of e.input.reportedRates) {
      const result = e.rate(r.rate);
      if (!result?.value) continue; // reported by missing-input
      const recomputed = round(result.value.times(HUNDRED), r.decimals);
      const written = round(r.percent, r.decimals);
      if (recomputed.equals(written)) continue;
      // 0.98 written bare may be the fraction of 98%: then compare at the precision it implies.
      if (r.ambiguous && round(result.value, r.decimals).equals(written)) continue;
      const sign = written.abs().equals(recomputed.abs()) && !written.isZero() ? "（正负号相反）" : "";
      out.push(check("reported-rate", "error", [r.cell],
        `${result.spec.name}填报为${toFixed(written, r.decimals)}%，按公式${percentWords(result.words)}重新计算为${toFixed(recomputed, r.decimals)}%${sign}`));
    }
    return out;
  },
};
