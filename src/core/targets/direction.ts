/**
 * Which way an indicator counts (project-table.md): 正向 (more is better: "≥95%", "102个",
 * "100%"), 反向 (less is better: "≤100万元", "不高于", "控制在…以内"), 等于 ("=12次"), or 定性
 * (words). The 指标性质 column, where the form has one, decides first.
 */
import type { IndicatorValue } from "./indicator-value";

export type Direction = "positive" | "negative" | "equal" | "qualitative";

export const DIRECTION_NAMES: Record<Direction, string> = { positive: "正向", negative: "反向", equal: "等于", qualitative: "定性" };

export function directionOf(target: IndicatorValue, nature = ""): Direction {
  if (/定性/.test(nature)) return "qualitative";
  if (/反向|越小越好|逆向/.test(nature)) return "negative";
  if (/正向|越大越好/.test(nature) && target.kind === "quantity") return "positive";
  if (target.kind === "quality") return "qualitative";
  if (target.comparison === "≤") return "negative";
  if (target.comparison === "=") return "equal";
  return "positive";
}
