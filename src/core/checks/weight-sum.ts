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

/**
 * The sum of the 一级 weights when it is not 100 (the weight-sum error: a block whose points are
 * not given to its rows); undefined when it is 100 or a weight is missing.
 */
export function level1WeightGap(e: { readonly tree: readonly EvaluatedNode[] }): Decimal | undefined {
  if (!e.tree.length || !e.tree.every((n) => n.weight !== undefined)) return undefined;
  const total = sum(e.tree.map((n) => n.weight!));
  return total.equals(100) ? undefined : total;
}

/**
 * A block whose points are not all given to its rows (the weight-sum error), as the tables say it
 * where the rows are added up: "分值未分配" with the points left over, or "下级分值超出" with what
 * the rows have beyond the block, so the 分值 column adds up and a reader sees why. Undefined
 * when the rows add up or cannot be compared. Points as the table's.
 */
export function unassignedWeight(weight: Decimal | undefined, rows: Decimal | undefined): { readonly label: "分值未分配" | "下级分值超出"; readonly points: Decimal } | undefined {
  if (weight === undefined || rows === undefined || rows.equals(weight)) return undefined;
  return rows.lessThan(weight) ? { label: "分值未分配", points: weight.minus(rows) } : { label: "下级分值超出", points: rows.minus(weight) };
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
    const total = level1WeightGap(e);
    if (total !== undefined) {
      out.push(check("weight-sum", "error", e.tree.map((n) => n.weightCell),
        `一级指标分值合计为${formatPoints(total)}，应为100分`));
    }
    return out;
  },
};
