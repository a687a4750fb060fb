import { sameScore } from "../decimal";
import { walk } from "../evaluation";
import { formatPoints, formatScore } from "../format";
import { check, type Check, type CheckSpec } from "./check";

/**
 * A score printed on a parent (its own row or a 小计 row) must equal the sum of its parts; a
 * 小计 that closes a block of one indicator must equal that indicator's score.
 */
export const scoreSum: CheckSpec = {
  id: "score-sum",
  name: "得分合计",
  description: "上级指标的填报得分（本行或小计行）不等于其下级指标得分之和",
  run: (e) => {
    const out: Check[] = [];
    for (const n of walk(e.tree)) {
      if (!n.complete || n.score === undefined) continue;
      if (n.isLeaf) {
        if (n.subtotal && !sameScore(n.subtotal.value, n.score)) {
          out.push(check("score-sum", "error", [n.subtotal.cell, n.scoreCell], `“${n.name}”的小计得分${formatPoints(n.subtotal.value)}，但其得分为${formatPoints(n.score)}`));
        }
        continue;
      }
      for (const stated of [n.stated, n.subtotal]) {
        if (!stated || sameScore(stated.value, n.score)) continue;
        const parts = n.children.map((c) => `${c.name}${formatScore(c.score!)}`).join("+");
        out.push(
          check("score-sum", "error", [stated.cell, ...n.children.map((c) => c.stated?.cell ?? c.scoreCell)],
            `“${n.name}”填报得分${formatPoints(stated.value)}，但其下级得分合计为${formatPoints(n.score)}（${parts}）`),
        );
      }
    }
    return out;
  },
};
