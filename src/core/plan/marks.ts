/**
 * Colouring of the user's 评分表 and 基础数据表: deducted rows in two tiers, and a mark on every
 * cell a check points at. Only formats change, never values; the Excel gateway records the
 * original formats so 清除标注 restores them exactly.
 */
import type { Decimal } from "../decimal";
import { walk, type Evaluation } from "../evaluation";
import { isBelowTarget } from "../project/indicators";
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
  // A 实际完成值 short of its 年度指标值 is framed too (project tables), once, with its own note.
  const below = new Map<string, string[]>();
  for (const n of walk(e.tree)) {
    const cell = n.isLeaf && isBelowTarget(n) ? n.input.actual?.cell : undefined;
    if (!cell) continue;
    const { sheet, address } = splitCellRef(cell);
    if (!e.input.sheetNames.includes(sheet) || checkCells.get(sheet)?.has(address)) continue;
    below.set(sheet, [...(below.get(sheet) ?? []), address]);
  }
  for (const [sheet, cells] of below) marks.push({ sheet, cells, kind: "check", note: BELOW_TARGET_NOTE });
  return marks;
}

/** The note of the marks on 实际完成值 cells below their target (counted apart from the checks). */
const BELOW_TARGET_NOTE = "实际完成值未达到年度指标值";

/**
 * How many cells a plan colours for deductions, marks for checks, and frames as below their
 * target (for the pane's message).
 */
export function markedCellCounts(plan: { readonly marks: readonly PlannedMark[] }): { deductions: number; checked: number; belowTarget: number } {
  const count = (which: (m: PlannedMark) => boolean) => plan.marks.filter(which).reduce((n, m) => n + m.cells.length, 0);
  return {
    deductions: count((m) => m.kind !== "check"),
    checked: count((m) => m.kind === "check" && m.note !== BELOW_TARGET_NOTE),
    belowTarget: count((m) => m.note === BELOW_TARGET_NOTE),
  };
}
