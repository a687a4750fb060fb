/**
 * The score a quantitative indicator earns from its 年度指标值 and 实际完成值 [PROP, following
 * the annex of 财预〔2020〕10号: reaching the target earns full marks, falling short a
 * proportional share]:
 *   正向  分值 × min(实际/目标, 1)
 *   反向  分值 when 实际 ≤ 目标, otherwise 分值 × 目标/实际
 *   等于  分值 when equal, otherwise 分值 × (1 − |实际−目标|/目标), not below 0
 * Undefined when the two values cannot be compared (different units, words, a zero target
 * that a ratio cannot use).
 */
import { Decimal, ZERO } from "../decimal";
import type { Direction } from "./direction";
import { comparable, type IndicatorValue } from "./indicator-value";

export function targetScore(direction: Direction, target: IndicatorValue, actual: IndicatorValue, weight: Decimal): Decimal | undefined {
  if (direction === "qualitative" || target.kind !== "quantity" || actual.kind !== "quantity" || !comparable(target, actual)) return undefined;
  const t = target.value;
  const a = actual.value;
  switch (direction) {
    // Multiplied before divided: 30 × 2 / 96 is 0.625 exactly, where 30 × (2/96) carries a rounding.
    case "positive":
      if (a.greaterThanOrEqualTo(t)) return weight;
      if (t.lessThanOrEqualTo(ZERO)) return undefined;
      return weight.times(Decimal.max(ZERO, a)).dividedBy(t);
    case "negative":
      if (a.lessThanOrEqualTo(t)) return weight;
      if (t.lessThanOrEqualTo(ZERO)) return ZERO;
      return weight.times(t).dividedBy(a);
    case "equal":
      if (a.equals(t)) return weight;
      if (t.isZero()) return ZERO;
      return Decimal.max(ZERO, weight.times(t.abs().minus(a.minus(t).abs())).dividedBy(t.abs()));
  }
}

/** Whether the actual value reaches the target (for "full marks below target"). */
export function reachesTarget(direction: Direction, target: IndicatorValue, actual: IndicatorValue): boolean | undefined {
  if (direction === "qualitative" || target.kind !== "quantity" || actual.kind !== "quantity" || !comparable(target, actual)) return undefined;
  if (direction === "positive") return actual.value.greaterThanOrEqualTo(target.value);
  if (direction === "negative") return actual.value.lessThanOrEqualTo(target.value);
  return actual.value.equals(target.value);
}
