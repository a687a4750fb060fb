import { sameScore } from "../decimal";
import { formatPoints } from "../format";
import { check, type CheckSpec } from "./check";

export const totalCheck: CheckSpec = {
  id: "total",
  name: "总分",
  description: "填报的合计得分不等于一级指标得分之和加加分（封顶100分）",
  run: (e) => {
    const stated = e.input.statedTotal;
    // With scores missing or unreadable the difference is theirs: missing-input says so.
    if (!stated || e.total === undefined || !e.complete || sameScore(stated.value, e.total)) return [];
    const capped = e.totalUncapped && !e.totalUncapped.equals(e.total) ? `（未封顶为${formatPoints(e.totalUncapped)}）` : "";
    const parts = [...e.tree, ...e.bonus].filter((n) => n.score !== undefined).map((n) => n.score!.toString()).join("+");
    return [check("total", "error", [stated.cell], `填报总分${formatPoints(stated.value)}，但按各项得分计算总分为${formatPoints(e.total)}${capped}（${parts}）`)];
  },
};
