/**
 * The 预算执行率 score of a project table's funds block (project-table.md, "Weights and
 * scoring"; 财预〔2020〕10号 annex): 分值 × min(全年执行数 / 全年预算数, 1). The evaluation gives it
 * to the funds block's indicator through the rule "按比例 预算完成率"; this is the same rule on
 * three numbers, for JX.EXECUTION_SCORE. Amounts in any one unit; the 分值 in points.
 */
import type { Decimal } from "../decimal";
import { isValueError, type ValueError } from "../errors";
import { FUNDS_INDICATOR_RULE } from "../rules/funds-rule";
import { computeRate, rateSpec } from "../rates";
import { rateValuesFrom } from "../rate-values";
import { parseRule } from "../rules/rule";
import { suggestScore } from "../rules/suggest-score";

const RULE = parseRule(FUNDS_INDICATOR_RULE);

/** The score, or the rate's ValueError (a missing amount, a 预算数 of 0). */
export function executionScore(spend: Decimal | undefined, budget: Decimal | undefined, weight: Decimal): Decimal | ValueError {
  const rate = computeRate(rateSpec("budget_completion_rate"), rateValuesFrom({ spend_actual: spend, budget_adjusted: budget }));
  if (isValueError(rate)) return rate;
  if (!RULE.ok) throw new Error(RULE.message); // a constant rule: only a broken build gets here
  return suggestScore(RULE.rule, weight, rate, undefined)!;
}
