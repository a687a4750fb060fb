/**
 * When the pane cannot show a node's weight − score as a deduction (扣分), and what it says
 * instead. The figures are the engine's (NodeJson.unassignedWeight, EvaluationJson's); this only
 * decides how to word them, the same way in the score tree and in the summary card.
 */
import type { NodeJson } from "../core/result-json";
import { formatScore } from "./format";
import type { Strings } from "./i18n";

/** A score above its weight: its "deduction" is negative, which is no deduction but a figure to check. */
export function overScore(node: NodeJson): number | undefined {
  return node.deduction !== null && node.deduction < 0 ? -node.deduction : undefined;
}

/**
 * Weight given to no row (分值未分配, positive) or children's weights above their parent's
 * (negative), as the engine summed it, worded: 请核实 and the number.
 */
export function unassignedWording(points: number, t: Strings): { readonly label: string; readonly text: string } {
  return points >= 0
    ? { label: t.weightUnassigned, text: t.weightUnassignedLabel(formatScore(points)) }
    : { label: t.weightExceeded, text: t.weightExceededLabel(formatScore(-points)) };
}

/** What to say instead of the node's deduction (请核实 and why), or undefined when it is one. */
export function deductionInDoubt(node: NodeJson, t: Strings): string | undefined {
  // The weight-sum error first: it is why a parent's weight − score is not points lost.
  if (node.unassignedWeight !== undefined) return unassignedWording(node.unassignedWeight, t).text;
  const over = overScore(node);
  if (over) return t.overScoreLabel(formatScore(over));
  return undefined;
}
