/**
 * How a quantitative 实际完成值 stands against its 年度指标值, in the reports' words. An 等于
 * indicator ("=12次") is missed by going over as well as under: "14次" is not 未达到 "=12次",
 * it is 与年度指标值不符 (project-table.md, "怎样评分").
 */
import type { Direction } from "./direction";

/** "达到年度指标值", "未达到年度指标值", or for 等于 "与年度指标值不符". */
export function reachedWords(direction: Direction, reached: boolean): string {
  if (reached) return "达到年度指标值";
  return direction === "equal" ? "与年度指标值不符" : "未达到年度指标值";
}

/** An 等于 target without its sign ("=12次" → "12次"), for "与年度指标值12次不符". */
export function withoutEqualSign(text: string): string {
  return text.replace(/^(=|＝|等于)/, "");
}
