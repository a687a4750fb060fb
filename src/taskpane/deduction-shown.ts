/**
 * When the pane cannot show a node's weight − score as a deduction (扣分), and what it says
 * instead. The figures are the engine's (NodeJson); this only decides how to word them.
 */
import type { NodeJson } from "../core/result-json";
import { formatScore } from "./format";
import type { Strings } from "./i18n";

/** A score above its weight: its "deduction" is negative, which is no deduction but a figure to check. */
export function overScore(node: NodeJson): number | undefined {
  return node.deduction !== null && node.deduction < 0 ? -node.deduction : undefined;
}

/**
 * The node, or one below it, has a weight its children's weights do not add up to (the
 * weight-sum error): its weight − score is then partly weight given to no child, not points
 * lost (扣分合计, the leaves' deductions, does not contain it).
 */
export function weightUnassigned(node: NodeJson): boolean {
  return node.childWeights !== undefined || node.children.some(weightUnassigned);
}

/** What to say instead of the node's deduction (请核实 and why), or undefined when it is one. */
export function deductionInDoubt(node: NodeJson, t: Strings): string | undefined {
  const over = overScore(node);
  if (over) return t.overScoreLabel(formatScore(over));
  if (node.childWeights !== undefined) return t.weightGapLabel(formatScore(node.childWeights), formatScore(node.weight));
  if (weightUnassigned(node)) return t.weightGapBelowLabel;
  return undefined;
}
