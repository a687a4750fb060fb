/**
 * Live formulas for scores: a node's score is the SUM of its leaves' score cells in the
 * 评分表. A leaf written as text ("20分") cannot be referenced (SUM would read it as 0), so its
 * value enters the formula as a constant instead.
 */
import { walk, type EvaluatedNode } from "../evaluation";
import { refForFormula, sumFormula } from "./formula-refs";

export function leafScoreTerms(node: EvaluatedNode): { refs: string[]; literals: string[] } {
  const refs: string[] = [];
  const literals: string[] = [];
  for (const n of walk([node])) {
    if (!n.isLeaf) continue;
    if (n.entered && !n.entered.numeric) literals.push(n.entered.value.toString());
    else if (n.scoreCell) refs.push(n.scoreCell);
  }
  return { refs, literals };
}

export function scoreFormula(node: EvaluatedNode): string {
  if (node.isLeaf && node.scoreCell && (!node.entered || node.entered.numeric)) return refForFormula(node.scoreCell);
  const { refs, literals } = leafScoreTerms(node);
  return sumFormula(refs, literals);
}

/** The weight: a reference when the source cell is a plain number, else the value itself. */
export function weightCell(node: EvaluatedNode): { formula?: string; result?: number; value?: number } {
  if (node.weight === undefined) return {};
  const input = node.input.weight;
  if (input?.numeric) return { formula: refForFormula(input.cell), result: node.weight.toNumber() };
  return { value: node.weight.toNumber() };
}
