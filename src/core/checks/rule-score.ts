import { sameScore } from "../decimal";
import { walk } from "../evaluation";
import { formatPercent, formatPoints } from "../format";
import { describeRule } from "../rules/rule";
import { check, type CheckSpec } from "./check";

/**
 * The entered score differs from what the row's rule gives. Deduction rules are left to
 * `reason-points`, which already compares the reason's points with the score.
 */
export const ruleScore: CheckSpec = {
  id: "rule-score",
  name: "规则得分",
  description: "填报得分与评分规则计算的建议得分不一致",
  run: (e) => {
    const out = [];
    for (const n of walk(e.tree)) {
      const rule = n.rule?.parsed;
      if (!rule?.ok || rule.rule.kind === "deduction" || !n.entered || n.suggested === undefined) continue;
      if (sameScore(n.entered.value, n.suggested)) continue;
      // Full marks short of the target: below-target says it more plainly.
      if (n.target?.reached === false && n.weight && n.entered.value.greaterThanOrEqualTo(n.weight)) continue;
      // The rate under the table's own name (a project table's 预算执行率).
      const named = "measure" in rule.rule && rule.rule.measure.kind === "rate" ? { ...rule.rule, measure: { ...rule.rule.measure, name: e.rate(rule.rule.measure.rate)?.spec.name ?? rule.rule.measure.name } } : rule.rule;
      const measured = n.measured !== undefined && "measure" in named ? `，${named.measure.name}为${formatPercent(n.measured)}` : "";
      out.push(check("rule-score", "warning", [n.entered.cell, n.rule?.cell],
        `“${n.name}”填报得分${formatPoints(n.entered.value)}，按评分规则（${describeRule(named)}${measured}）应得${formatPoints(n.suggested)}`));
    }
    return out;
  },
};
