/**
 * Which way an indicator counts (project-table.md): 正向 (more is better: "≥95%", "102个",
 * "100%"), 反向 (less is better: "≤100万元", "不高于", "控制在…以内"), 等于 ("=12次"), or 定性
 * (words). The 指标性质 column, where the form has one, decides first.
 */
import type { IndicatorValue } from "./indicator-value";

export type Direction = "positive" | "negative" | "equal" | "qualitative";

export const DIRECTION_NAMES: Record<Direction, string> = { positive: "正向", negative: "反向", equal: "等于", qualitative: "定性" };

/**
 * Indicators whose names say less is better (控制率, 结余率, 调整率, 投诉率, 成本 …): without a
 * sign in the target ("100%") they count the other way, as the built-in frameworks' ceiling
 * rules do for 结转结余率 and "三公"经费控制率.
 */
const LESS_IS_BETTER = /控制率|结转结余率|结余率|调整率|变动率|差错率|错误率|投诉率|事故率|发生率|失误率|超支率|空置率|闲置率|流失率|退回率|成本|耗时|用时/;

export function directionOf(target: IndicatorValue, nature = "", name = ""): Direction {
  if (/定性/.test(nature)) return "qualitative";
  if (/反向|越小越好|逆向/.test(nature)) return "negative";
  if (/正向|越大越好/.test(nature) && target.kind === "quantity") return "positive";
  if (target.kind === "quality") return "qualitative";
  if (target.comparison === "≤") return "negative";
  if (target.comparison === "=") return "equal";
  if (target.comparison === undefined && LESS_IS_BETTER.test(name)) return "negative";
  return "positive";
}
