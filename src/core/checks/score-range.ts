import type { Decimal } from "../decimal";
import { walk } from "../evaluation";
import { formatPoints } from "../format";
import type { Sourced } from "../input";
import { check, type Check, type CheckSpec } from "./check";

/**
 * 0 ≤ score ≤ weight, for every score the workbook states: a leaf's entered score, a parent's
 * score on its own row or on a 小计 row, a 加分 row. A score that cannot be read at all is
 * reported here too.
 */
export const scoreRange: CheckSpec = {
  id: "score-range",
  name: "得分范围",
  description: "得分小于0、大于分值，或无法识别",
  run: (e) => {
    const out: Check[] = [];
    const inRange = (name: string, s: Sourced<Decimal> | undefined, weight: Decimal | undefined, weightCell: string | undefined, what: string) => {
      if (!s) return;
      if (s.value.isNegative()) out.push(check("score-range", "error", [s.cell], `“${name}”的${what}${formatPoints(s.value)}小于0`));
      else if (weight !== undefined && s.value.greaterThan(weight)) {
        out.push(check("score-range", "error", [s.cell, weightCell], `“${name}”的${what}${formatPoints(s.value)}超过了分值${formatPoints(weight)}`));
      }
    };
    for (const n of [...walk(e.tree), ...e.bonus]) {
      inRange(n.name, n.entered, n.weight, n.weightCell, "得分");
      inRange(n.name, n.stated, n.weight, n.weightCell, "填报得分");
      inRange(n.name, n.subtotal, n.weight, n.weightCell, "小计得分");
    }
    for (const p of e.input.problems) {
      if (p.check === "score-range") out.push(check("score-range", "error", [p.cell], `${p.what}无法识别：${p.reason}，该项按未填处理`));
    }
    return out;
  },
};
