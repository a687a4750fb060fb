import { sameScore } from "../decimal";
import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { reasonPoints } from "../rules/reason-points";
import { check, type CheckSpec } from "./check";

/**
 * "扣2分" in the reason must match weight − score; "得4.83分" must match the score. On a parent
 * row the score is the one printed there (a 二级 printed 21 of 21 beside "…扣1分" is caught).
 */
export const reasonPointsCheck: CheckSpec = {
  id: "reason-points",
  name: "扣分与原因一致",
  description: "扣分原因中写明的分数与实际扣分（分值-得分）不一致",
  run: (e) => {
    const out = [];
    for (const n of walk(e.tree)) {
      const score = n.isLeaf ? n.score : n.stated?.value;
      const scoreCell = n.isLeaf ? n.scoreCell : n.stated?.cell;
      if (!n.reason || score === undefined || n.weight === undefined) continue;
      const points = reasonPoints(n.reason.value);
      const deduction = n.weight.minus(score);
      if (points.deducted !== undefined && !sameScore(points.deducted, deduction)) {
        out.push(check("reason-points", "warning", [n.reason.cell, scoreCell],
          `“${n.name}”的扣分原因写扣${formatPoints(points.deducted)}，但分值${formatPoints(n.weight)}减得分${formatPoints(score)}实际扣${formatPoints(deduction)}`));
      } else if (points.deducted === undefined && points.impliedScore !== undefined && !sameScore(points.impliedScore, score)) {
        out.push(check("reason-points", "warning", [n.reason.cell, scoreCell],
          `“${n.name}”的扣分原因写得${formatPoints(points.impliedScore)}，但填报得分为${formatPoints(score)}`));
      }
    }
    return out;
  },
};
