/**
 * Which block a 小计 row states the score of (standard-workbook.md: "the innermost block that
 * contains it, by merged cells, or by the labels above it"). A level cell merged down over the
 * 小计 row puts the row inside that block; the innermost such block owns it. Without merges, a
 * 小计 written in a level's column closes the block one level up. When neither settles it, a
 * 分值 printed on the 小计 row that equals exactly one enclosing block's weight decides.
 */
import type { Decimal } from "../decimal";
import type { MergedView } from "../grid/merged";
import type { Sourced } from "../input";

interface Block {
  readonly weight?: Sourced<Decimal>;
}

/**
 * @param levels the level columns, outermost first
 * @param path the open blocks, one per level, as the walk left them above this row
 * @param at the index of the level column holding the word 小计
 * @param weight a 分值 printed on the 小计 row, if any
 */
export function subtotalOwner<B extends Block>(
  view: MergedView,
  row: number,
  levels: readonly number[],
  path: readonly (B | undefined)[],
  at: number,
  weight?: Sourced<Decimal>,
): B | undefined {
  for (let k = Math.min(at, path.length) - 1; k >= 0; k--) {
    const m = view.mergeAt(row, levels[k]);
    if (m && m.top < row && path[k]) return path[k];
  }
  if (weight) {
    const matching = path.slice(0, Math.max(at, 1)).filter((b) => b?.weight && b.weight.value.equals(weight.value));
    if (matching.length === 1) return matching[0];
  }
  return path[Math.max(0, at - 1)];
}
