import { sameScore } from "../decimal";
import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { reasonPoints } from "../rules/reason-points";
import { check, type CheckSpec } from "./check";

/** "扣2分" in the reason must match weight − score; "得4.83分" must match the score. */
export const reasonPointsCheck: CheckSpec = {
  id: "reason-points",
  name: "扣分与原因一致",
  description: "扣分原因中写明的分数与实际扣分（分值-得分）不一致",
  run: (e) => {
    const out = [];
    for (const n of walk(e.tree)) {
      if (!n.isLeaf || !n.reason || n.score === undefined || n.weight === undefined) continue;
      const points = reasonPoints(n.reason.value);
      const deduction = n.weight.minus(n.score);
      if (points.deducted !== undefined && !sameScore(points.deducted, deduction)) {
        out.push(check("reason-points", "warning", [n.reason.cell, n.scoreCell],
          `“${n.name}”的扣分原因写扣${formatPoints(points.deducted)}，但分值${formatPoints(n.weight)}减得分${formatPoints(n.score)}实际扣${formatPoints(deduction)}`));
      } else if (points.deducted === undefined && points.impliedScore !== undefined && !sameScore(points.impliedScore, n.score)) {
        out.push(check("reason-points", "warning", [n.reason.cell, n.scoreCell],
          `“${n.name}”的扣分原因写得${formatPoints(points.impliedScore)}，但填报得分为${formatPoints(n.score)}`));
      }
    }
    return out;
  },
};
