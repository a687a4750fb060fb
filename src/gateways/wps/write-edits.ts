/**
 * Cells planned for the user's own sheets (写入公式): only cells that were empty in this
 * action's read are written (../excel/write-edits.ts decides which, for both gateways); each
 * rectangle of them gets one Formula write of a 2-D array holding only planned cells, then
 * number formats and styles per group.
 */
import type { Grid } from "../../core/grid/grid";
import type { PlannedCell, PlannedEdit } from "../../core/plan/plan";
import { blocksOf } from "../excel/areas";
import { formulaInput } from "../excel/cell-values";
import { styleFormat, styleNumberFormat } from "../excel/styles";
import { writableCells } from "../excel/write-edits";
import { addressOf } from "./addresses";
import type { EtWorksheet } from "./et";
import { applyFormat } from "./styles";
import { groupCells, rangesOver } from "./write-cells";

export interface EditReport {
  readonly written: number;
  readonly skipped: number;
}

export interface EditWork extends EditReport {
  /** Writes them (after every check of the action has passed). */
  apply(sheetOf: (name: string) => EtWorksheet): void;
}

/**
 * One Formula write of a 2-D array per rectangle of the given cells. blocksOf's rectangles hold
 * only those cells: nothing else on the sheet is written.
 */
export function writeFormulaBlocks(ws: EtWorksheet, cells: readonly PlannedCell[]): void {
  const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  for (const block of blocksOf(cells, Infinity)) {
    const rows: (string | number | boolean)[][] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const line: (string | number | boolean)[] = [];
      for (let c = block.left; c <= block.right; c++) line.push(formulaInput(at.get(`${r}:${c}`)!) ?? "");
      rows.push(line);
    }
    ws.Range(addressOf([block])).Formula = rows;
  }
}

export function editWork(edits: readonly PlannedEdit[], grids: readonly Grid[]): EditWork {
  let written = 0;
  let skipped = 0;
  const work: { sheet: string; cells: PlannedCell[] }[] = [];
  for (const edit of edits) {
    const { writable, skipped: taken } = writableCells(edit, grids);
    skipped += taken;
    if (writable.size === 0) continue;
    written += writable.size;
    work.push({ sheet: edit.sheet, cells: [...writable.values()] });
  }
  return {
    written,
    skipped,
    apply: (sheetOf) => {
      for (const { sheet, cells } of work) {
        const ws = sheetOf(sheet);
        writeFormulaBlocks(ws, cells);
        for (const [fmt, group] of groupCells(cells, (c) => c.numFmt ?? styleNumberFormat(c.style))) for (const range of rangesOver(ws, group)) range.NumberFormat = fmt;
        for (const [style, group] of groupCells(cells, (c) => c.style)) {
          const format = styleFormat(style as Parameters<typeof styleFormat>[0]);
          for (const range of rangesOver(ws, group)) applyFormat(range, format);
        }
      }
    },
  };
}
