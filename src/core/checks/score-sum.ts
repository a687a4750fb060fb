import { sameScore } from "../decimal";
import { walk } from "../evaluation";
import { formatPoints, formatScore } from "../format";
import { check, type CheckSpec } from "./check";

/** A score printed on a parent (its own row or a 小计 row) must equal the sum of its parts. */
export const scoreSum: CheckSpec = {
  id: "score-sum",
  name: "得分合计",
  description: "上级指标的填报得分不等于其下级指标得分之和",
  run: (e) => {
    const out = [];
    for (const n of walk(e.tree)) {
      if (n.isLeaf || !n.complete || n.score === undefined) continue;
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
