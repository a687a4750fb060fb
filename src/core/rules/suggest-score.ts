/** The score a rule gives, from a measured rate, a weight and the 扣分原因. */
import { Decimal, ONE, ZERO, Decimal as D } from "../decimal";
import { assessTarget, type TargetRow } from "../targets/assess";
import { reasonPoints } from "./reason-points";
import type { Rule } from "./rule";

function clamp01(x: Decimal): Decimal {
  return D.max(ZERO, D.min(ONE, x));
}

/**
 * `measured` is the rule's rate as a fraction (needed by threshold, ceiling, proportional).
 * Returns undefined when the rule suggests nothing (manual) or cannot be evaluated.
 */
export function suggestScore(rule: Rule, weight: Decimal, measured: Decimal | undefined, reason: string | undefined, row?: TargetRow): Decimal | undefined {
  switch (rule.kind) {
    case "manual":
      return undefined;
    case "target":
      return row ? assessTarget(row, weight, rule.direction)?.suggested : undefined;
    case "deduction": {
      const points = reason ? reasonPoints(reason).deducted : undefined;
      return D.max(ZERO, weight.minus(points ?? ZERO));
    }
    case "proportional":
      return measured === undefined ? undefined : weight.times(clamp01(measured));
    case "threshold": {
      if (measured === undefined) return undefined;
      if (measured.greaterThanOrEqualTo(rule.full)) return weight;
      if (measured.lessThanOrEqualTo(rule.zero)) return ZERO;
      return weight.times(measured.minus(rule.zero)).dividedBy(rule.full.minus(rule.zero));
    }
    case "ceiling": {
      if (measured === undefined) return undefined;
      if (measured.lessThanOrEqualTo(rule.full)) return weight;
      if (measured.greaterThanOrEqualTo(rule.zero)) return ZERO;
      return weight.times(rule.zero.minus(measured)).dividedBy(rule.zero.minus(rule.full));
    }
  }
}
