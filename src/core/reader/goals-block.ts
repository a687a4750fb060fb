/**
 * The 年度总体目标 block of a project table (预期目标 | 实际完成情况, free text below), or its
 * variants (项目年度目标 | 年度目标完成情况; 年初绩效目标 | 全年目标实际完成情况): the texts the
 * report quotes. Nothing here is scored.
 */
import { cellRef } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { MergedView } from "../grid/merged";
import type { Sourced } from "../input";
import { simplifiedLayoutWord } from "../values/simplified";
import { cellText } from "../values/parse";
import { isFormInstruction } from "../values/form-instruction";
import { compact } from "../values/text";

export interface GoalsBlock {
  readonly expected?: Sourced<string>;
  readonly actual?: Sourced<string>;
}

const EXPECTED = /^(预期目标|年度目标|项目年度目标|年初绩效目标|全年\(调整\)绩效目标|全年绩效目标|年度绩效目标|绩效目标)$/;
const ACTUAL = /^(实际完成情况|年度目标完成情况|全年目标实际完成情况|目标完成情况|实际完成|完成情况)$/;
/** The block's label at the left edge; some forms (Beijing 2016) put the two texts straight beside it. */
const BLOCK_LABEL = /^(年度总体目标|总体目标|年度总体目标完成情况|项目总体目标)$/;


/** The texts under the 预期目标 and 实际完成情况 headings, between rows top and bottom (exclusive). */
export function readGoalsBlock(grid: Grid, view: MergedView, top: number, bottom: number, width: number): GoalsBlock {
  let expectedCol: { r: number; c: number } | undefined;
  let actualCol: { r: number; c: number } | undefined;
  for (let r = top; r < bottom && !(expectedCol && actualCol); r++) {
    for (let c = 0; c < width; c++) {
      if (view.isCovered(r, c)) continue;
      const key = simplifiedLayoutWord(compact(cellText(view.cell(r, c)))).replace(/（/g, "(").replace(/）/g, ")");
      // The adjusted target, where given, is the one the year ends with.
      if (EXPECTED.test(key) && (!expectedCol || /调整/.test(key))) expectedCol = { r, c };
      else if (ACTUAL.test(key) && !actualCol) actualCol = { r, c };
    }
  }
  const textBelow = (at: { r: number; c: number } | undefined): Sourced<string> | undefined => {
    if (!at) return undefined;
    for (let r = (view.mergeAt(at.r, at.c)?.bottom ?? at.r) + 1; r < Math.min(bottom, at.r + 4); r++) {
      const t = cellText(view.cell(r, at.c));
      if (t) return isFormInstruction(t) ? undefined : { value: t, cell: cellRef(grid.name, view.mergeAt(r, at.c)?.top ?? r, view.mergeAt(r, at.c)?.left ?? at.c) };
    }
    return undefined;
  };
  if (expectedCol || actualCol) return { expected: textBelow(expectedCol), actual: textBelow(actualCol) };
  return besideLabel(grid, view, top, bottom, width);
}

/** "年度总体目标 | <预期目标的文字> | <实际完成情况的文字>" on one row, without sub-headings. */
function besideLabel(grid: Grid, view: MergedView, top: number, bottom: number, width: number): GoalsBlock {
  for (let r = top; r < bottom; r++) {
    for (let c = 0; c < width; c++) {
      if (!BLOCK_LABEL.test(compact(cellText(view.cell(r, c))))) continue;
      const texts: Sourced<string>[] = [];
      for (let cc = (view.mergeAt(r, c)?.right ?? c) + 1; cc < width && texts.length < 2; cc++) {
        if (view.isCovered(r, cc)) continue;
        const t = cellText(view.cell(r, cc));
        if (t && !isFormInstruction(t)) texts.push({ value: t, cell: cellRef(grid.name, r, cc) });
      }
      return { expected: texts[0], actual: texts[1] };
    }
  }
  return {};
}
