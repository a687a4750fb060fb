/**
 * The tree roll-up: a leaf's score is what the user entered; a parent's computed score is the
 * sum of its children's. Blank scores stay blank (not zero) and mark the node incomplete.
 */
import { Decimal, ZERO } from "../decimal";
import type { AppliedRule, EvaluatedNode } from "../evaluation";
import type { IndicatorInput } from "../input";
import type { TargetAssessment } from "../targets/assess";

export interface LeafRuling {
  rule?: AppliedRule;
  measured?: Decimal;
  suggested?: Decimal;
  target?: TargetAssessment;
}

export function rollUp(
  input: IndicatorInput,
  parentPath: readonly string[],
  ruleFor: (node: IndicatorInput, path: readonly string[]) => LeafRuling,
): EvaluatedNode {
  const path = [...parentPath, input.name];
  const isLeaf = input.children.length === 0;
  const children = input.children.map((c) => rollUp(c, path, ruleFor));
  let score: Decimal | undefined;
  let complete: boolean;
  if (isLeaf) {
    score = input.score?.value;
    complete = score !== undefined;
  } else {
    const scored = children.filter((c) => c.score !== undefined);
    score = scored.length ? scored.reduce((acc, c) => acc.plus(c.score!), ZERO) : undefined;
    complete = children.every((c) => c.complete);
  }
  const weight = input.weight?.value ?? derivedWeight(children);
  const deduction = weight && score !== undefined && complete ? weight.minus(score) : undefined;
  const scoreRate = weight && score !== undefined && !weight.isZero() ? score.dividedBy(weight) : undefined;
  const ruling = isLeaf ? ruleFor(input, path) : {};
  return {
    input,
    name: input.name,
    level: input.level,
    path,
    isLeaf,
    weight,
    weightCell: input.weight?.cell,
    entered: isLeaf ? input.score : undefined,
    stated: isLeaf ? undefined : input.score,
    subtotal: input.subtotal,
    score,
    complete,
    deduction,
    scoreRate,
    reason: input.reason,
    rule: ruling.rule,
    measured: ruling.measured,
    suggested: ruling.suggested,
    target: ruling.target,
    scoreCell: input.scoreCell,
    scoreSource: input.scoreSource,
    children,
  };
}

/** A parent printed without a weight weighs what its children weigh together. */
function derivedWeight(children: readonly EvaluatedNode[]): Decimal | undefined {
  if (!children.length || children.some((c) => c.weight === undefined)) return undefined;
  return children.reduce((acc, c) => acc.plus(c.weight!), ZERO);
}
