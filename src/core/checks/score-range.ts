import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { check, type CheckSpec } from "./check";

/** 0 ≤ score ≤ weight; a score that cannot be read at all is reported here too. */
export const scoreRange: CheckSpec = {
  id: "score-range",
  name: "得分范围",
  description: "得分小于0、大于分值，或无法识别",
  run: (e) => {
    const out = [];
    for (const n of [...walk(e.tree), ...e.bonus]) {
      const s = n.entered;
      if (!s) continue;
      if (s.value.isNegative()) out.push(check("score-range", "error", [s.cell], `“${n.name}”的得分${formatPoints(s.value)}小于0`));
      else if (n.weight !== undefined && s.value.greaterThan(n.weight)) {
        out.push(check("score-range", "error", [s.cell, n.weightCell], `“${n.name}”的得分${formatPoints(s.value)}超过了分值${formatPoints(n.weight)}`));
      }
    }
    for (const p of e.input.problems) {
      if (p.check === "score-range") out.push(check("score-range", "error", [p.cell], `${p.what}无法识别：${p.reason}，该项按未填处理`));
    }
    return out;
  },
};
