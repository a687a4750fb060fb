import { sum, type Decimal } from "../decimal";
import { walk, type EvaluatedNode } from "../evaluation";
import { formatPoints } from "../format";
import { check, type CheckSpec } from "./check";

/**
 * The sum of a parent's children's weights when it differs from the parent's own weight (the
 * weight-sum error); undefined when they agree or cannot be compared. The narrative names the
 * same difference beside the figures it makes doubtful.
 */
export function childWeightGap(n: EvaluatedNode): Decimal | undefined {
  if (n.isLeaf || !n.weightCell || n.weight === undefined || n.children.some((c) => c.weight === undefined)) return undefined;
  const total = sum(n.children.map((c) => c.weight!));
  return total.equals(n.weight) ? undefined : total;
}

/** Children's weights must add up to their parent's (Haizhu printed 20+20+20 under 50). */
export const weightSum: CheckSpec = {
  id: "weight-sum",
  name: "分值合计",
  description: "下级指标分值之和不等于上级指标分值，或一级指标分值合计不为100分",
  run: (e) => {
    const out = [];
    for (const n of walk(e.tree)) {
      const total = childWeightGap(n);
      if (total !== undefined) {
        const parts = n.children.map((c) => formatPoints(c.weight!).replace("分", "")).join("+");
        const sumText = n.children.length === 1 ? `下级指标“${n.children[0].name}”的分值为${formatPoints(total)}` : `其下级指标分值合计为${parts}=${formatPoints(total)}`;
        out.push(
          check("weight-sum", "error", [n.weightCell, ...n.children.map((c) => c.weightCell)],
            `“${n.name}”的分值为${formatPoints(n.weight!)}，但${sumText}`),
        );
      }
    }
    if (e.tree.every((n) => n.weight !== undefined)) {
      const total = sum(e.tree.map((n) => n.weight!));
      if (!total.equals(100)) {
        out.push(check("weight-sum", "error", e.tree.map((n) => n.weightCell),
          `一级指标分值合计为${formatPoints(total)}，应为100分`));
      }
    }
    return out;
  },
};
