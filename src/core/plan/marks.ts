/**
 * Colouring of the user's 评分表 and 基础数据表: deducted rows in two tiers, and a mark on every
 * cell a check points at. Only formats change, never values; the Excel gateway records the
 * original formats so 清除标注 restores them exactly.
 */
import type { Decimal } from "../decimal";
import type { Evaluation } from "../evaluation";
import { a1, splitCellRef } from "../grid/address";
import type { MarkKind, PlannedMark } from "./plan";

/** Heavy when the score is 0 or at least half the weight was lost. */
export function deductionTier(weight: Decimal, score: Decimal, deduction: Decimal): MarkKind {
  return score.isZero() || weight.times(0.5).lessThanOrEqualTo(deduction) ? "deduction-heavy" : "deduction-partial";
}

export function buildMarks(e: Evaluation): PlannedMark[] {
  const layout = e.input.scoring;
  const firstCol = Math.min(...layout.columns.level, layout.columns.score);
  const lastCol = Math.max(layout.lastColumn, layout.columns.score);
  const byKind = new Map<MarkKind, string[]>();
  const add = (kind: MarkKind, cells: string[]) => byKind.set(kind, [...(byKind.get(kind) ?? []), ...cells]);
  for (const d of e.deductions) {
    // From the leaf's own level column: a 一级 name merged over many rows is not coloured as if
    // the whole block lost points (only this row did).
    const own = layout.columns.level[d.level - 1];
    const from = own !== undefined && own >= 0 && own > firstCol ? own : firstCol;
    const row: string[] = [];
    for (let c = from; c <= lastCol; c++) row.push(a1(d.input.row, c));
    add(deductionTier(d.weight!, d.score!, d.deduction!), row);
  }
  const marks: PlannedMark[] = [...byKind].map(([kind, cells]) => ({ sheet: layout.sheet, cells, kind }));
  const checkCells = new Map<string, Set<string>>();
  for (const c of e.checks) {
    for (const ref of c.cells) {
      const { sheet, address } = splitCellRef(ref);
      if (!e.input.sheetNames.includes(sheet)) continue;
      if (!checkCells.has(sheet)) checkCells.set(sheet, new Set());
      checkCells.get(sheet)!.add(address);
    }
  }
  for (const [sheet, cells] of checkCells) marks.push({ sheet, cells: [...cells], kind: "check" });
  return marks;
}

/** How many cells a plan colours for deductions and marks for checks (for the pane's message). */
export function markedCellCounts(plan: { readonly marks: readonly PlannedMark[] }): { deductions: number; checked: number } {
  const count = (check: boolean) => plan.marks.filter((m) => (m.kind === "check") === check).reduce((n, m) => n + m.cells.length, 0);
  return { deductions: count(false), checked: count(true) };
}
