import { ZERO, sameScore, type Decimal } from "../decimal";
import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { check, type Check, type CheckSpec, type Scored } from "./check";

export const totalCheck: CheckSpec = {
  id: "total",
  name: "总分",
  description: "填报的合计得分不等于一级指标得分之和加加分（封顶100分）；有得分未填时，填报总分与已填得分合计不同（警告）",
  run: (e) => {
    const stated = e.input.statedTotal;
    if (!stated || e.total === undefined || sameScore(stated.value, e.total)) return [];
    if (!e.complete) return [incomplete(e, stated.value, stated.cell)];
    const capped = e.totalUncapped && !e.totalUncapped.equals(e.total) ? `（未封顶为${formatPoints(e.totalUncapped)}）` : "";
    const parts = [...e.tree, ...e.bonus].filter((n) => n.score !== undefined).map((n) => n.score!.toString()).join("+");
    return [check("total", "error", [stated.cell], `填报总分${formatPoints(stated.value)}，但按各项得分计算总分为${formatPoints(e.total)}${capped}（${parts}）`)];
  },
};

/**
 * Scores left blank: the filed total cannot be checked to the point, but it can still disagree
 * with what is filled (a warning, as the blanks may explain it; missing-input names each blank).
 * Where even full marks on every blank row could not bring the filled sum to the filed total, or
 * the filled scores alone pass it, it says so.
 */
function incomplete(e: Scored, stated: Decimal, cell: string): Check {
  const blank = [...walk(e.tree)].filter((n) => n.isLeaf && !n.complete);
  const room = blank.reduce((acc, n) => acc.plus(n.weight ?? ZERO), ZERO);
  const most = e.total!.plus(room);
  const why = e.total!.greaterThan(stated)
    ? "，已填得分已超过填报总分"
    : blank.every((n) => n.weight !== undefined) && most.lessThan(stated) && !sameScore(most, stated)
      ? `，未填各项即使得满分，合计也只有${formatPoints(most)}`
      : "";
  return check("total", "warning", [cell, ...blank.map((n) => n.scoreCell)], `填报总分${formatPoints(stated)}，已填得分合计${formatPoints(e.total!)}，另有${blank.length}项未填得分${why}`);
}
