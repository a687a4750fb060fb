/**
 * Evaluation input → evaluation: rates, the scored tree, rules, total, grade and checks.
 * Pure and deterministic; every front door (Excel, browser, command line) calls this.
 */
import { Decimal, ZERO } from "./decimal";
import { isValueError } from "./errors";
import type { AppliedRule, Evaluation, EvaluatedNode, RateResult } from "./evaluation";
import { walk } from "./evaluation";
import type { FieldKey } from "./fields";
import { defaultRuleFor, detectFramework } from "./frameworks";
import type { EvaluationInput, IndicatorInput } from "./input";
import { DATA_RATES, computeRate, type RateId } from "./rates";
import { describe, usedInputs } from "./rates/expression";
import { rateValuesOf } from "./rate-values";
import { parseRule, type Measure } from "./rules/rule";
import { suggestScore } from "./rules/suggest-score";
import { assessTarget, type TargetRow } from "./targets/assess";
import { runChecks } from "./checks";
import { gradeOf } from "./scoring/grade";
import { rollUp, type LeafRuling } from "./scoring/roll-up";

export interface EvaluateOptions {
  /** Cap the total at 100 (default). The uncapped value is always kept beside it. */
  readonly capAt100?: boolean;
}

const HUNDRED_POINTS = new Decimal(100);
/** Rows with a 年度指标值 and a 实际完成值 are scored from them unless a rule says otherwise. */
const TARGET_RULE = "目标";

export function computeRates(input: Pick<EvaluationInput, "fields" | "lists"> & { readonly kind?: EvaluationInput["kind"] }): RateResult[] {
  const values = rateValuesOf(input);
  return DATA_RATES.map((named) => {
    // A project table calls its one rate 预算执行率 (全年执行数/全年预算数).
    const spec = input.kind === "project" && named.projectName ? { ...named, name: named.projectName } : named;
    const r = computeRate(spec, values);
    const inputs = usedInputs(spec.expr, values) as FieldKey[];
    const words = describe(spec.expr, values);
    return isValueError(r) ? { spec, error: r, inputs, words } : { spec, value: r, inputs, words };
  });
}

export function evaluate(input: EvaluationInput, options: EvaluateOptions = {}): Evaluation {
  const framework = detectFramework(input.tree.map((n) => n.name));
  const rates = computeRates(input);
  const rateById = new Map<RateId, RateResult>(rates.map((r) => [r.spec.id, r]));

  const measure = (m: Measure): Decimal | undefined =>
    m.kind === "rate" ? rateById.get(m.rate)?.value : input.fields.get(m.key)?.value;

  const ruleFor = (node: IndicatorInput, path: readonly string[]): LeafRuling => {
    let rule: AppliedRule | undefined;
    const row: TargetRow = {
      target: (node.adjustedTarget ?? node.target)?.value,
      actual: node.actual?.value,
      nature: node.nature?.value,
      unit: node.measureUnit?.value,
      sign: node.sign?.value,
      name: node.name,
    };
    if (node.rule) rule = { text: node.rule.value, cell: node.rule.cell, parsed: parseRule(node.rule.value) };
    else if (node.defaultRule) rule = { text: node.defaultRule, parsed: parseRule(node.defaultRule) };
    else if (row.target && row.actual) rule = { text: TARGET_RULE, parsed: parseRule(TARGET_RULE) };
    else {
      // Framework defaults only for rate-based rules; qualitative rows stay with their reason.
      const text = defaultRuleFor(framework, path);
      const parsed = text ? parseRule(text) : undefined;
      if (text && parsed?.ok && "measure" in parsed.rule) rule = { text, parsed };
    }
    if (!rule?.parsed.ok) return { rule };
    const r = rule.parsed.rule;
    const measured = "measure" in r ? measure(r.measure) : undefined;
    // A target rule's score is its assessment's (assessTarget once, not again through suggestScore).
    const target = r.kind === "target" ? assessTarget(row, node.weight?.value, r.direction) : undefined;
    const suggested = r.kind === "target" ? target?.suggested : node.weight ? suggestScore(r, node.weight.value, measured, node.reason?.value, row) : undefined;
    return { rule, measured, suggested, target };
  };

  const tree = input.tree.map((n) => rollUp(n, [], ruleFor));
  const bonus = input.bonus.map((n) => rollUp(n, ["加分"], () => ({})));
  const bonusTotal = bonus.reduce((acc, b) => acc.plus(b.score ?? ZERO), ZERO);
  const scored = tree.filter((n) => n.score !== undefined);
  const anyScore = scored.length > 0 || bonus.some((b) => b.score !== undefined);
  const totalUncapped = anyScore ? scored.reduce((acc, n) => acc.plus(n.score!), ZERO).plus(bonusTotal) : undefined;
  const cap = options.capAt100 ?? true;
  const total = totalUncapped && cap ? Decimal.min(totalUncapped, HUNDRED_POINTS) : totalUncapped;
  const complete = tree.every((n) => n.complete);
  const deductions: EvaluatedNode[] = [...walk(tree)].filter((n) => n.isLeaf && n.deduction !== undefined && n.deduction.greaterThan(0));

  const scoredEvaluation = {
    input,
    framework,
    frameworkId: framework?.id ?? ("custom" as const),
    tree,
    bonus,
    bonusTotal,
    totalUncapped,
    total,
    // No grade for an incomplete total: a blank score would otherwise grade the department down.
    grade: total !== undefined && complete ? gradeOf(total) : undefined,
    complete,
    rates,
    rate: (id: RateId) => rateById.get(id),
    deductions,
  };
  return { ...scoredEvaluation, checks: runChecks(scoredEvaluation) };
}
