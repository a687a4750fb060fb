/**
 * Cells planned for the user's own sheets (写入公式), as steps (batches.ts). A cell is written
 * only if it was empty in the read of this same action; anything else is skipped and counted,
 * never overwritten. Cells go in as a few rectangles with null (= leave alone) around them.
 */
import type { Grid } from "../../core/grid/grid";
import { MergedView } from "../../core/grid/merged";
import type { PlannedCell, PlannedEdit } from "../../core/plan/plan";
import { blocksOf } from "./areas";
import type { Step } from "./batches";
import { formulaInput } from "./cell-values";
import { OPERATION_BYTES, payloadBytes } from "./payload";
import { styleFormat, styleNumberFormat } from "./styles";

export interface EditReport {
  readonly written: number;
  readonly skipped: number;
  readonly steps: Step[];
}

export function editSteps(worksheets: Excel.WorksheetCollection, edits: readonly PlannedEdit[], grids: readonly Grid[]): EditReport {
  let written = 0;
  let skipped = 0;
  const steps: Step[] = [];
  for (const edit of edits) {
    const { writable, skipped: taken } = writableCells(edit, grids);
    skipped += taken;
    if (writable.size === 0) continue;
    written += writable.size;
    for (const block of blocksOf(writable.values())) {
      const rows = block.bottom - block.top + 1;
      const cols = block.right - block.left + 1;
      const formulas: (string | number | boolean | null)[][] = [];
      const numberFormats: (string | null)[][] = [];
      const props: Excel.SettableCellProperties[][] = [];
      for (let r = 0; r < rows; r++) {
        formulas.push([]);
        numberFormats.push([]);
        props.push([]);
        for (let c = 0; c < cols; c++) {
          const cell = writable.get(`${block.top + r}:${block.left + c}`);
          formulas[r].push(cell ? formulaInput(cell) : null);
          numberFormats[r].push(cell ? (cell.numFmt ?? styleNumberFormat(cell.style) ?? null) : null);
          props[r].push(cell?.style ? { format: styleFormat(cell.style) } : {});
        }
      }
      steps.push({
        request: OPERATION_BYTES + payloadBytes([formulas, numberFormats, props]),
        response: 0,
        queue: () => {
          const range = worksheets.getItem(edit.sheet).getRangeByIndexes(block.top, block.left, rows, cols);
          range.numberFormat = numberFormats;
          range.formulas = formulas;
          range.setCellProperties(props);
        },
      });
    }
  }
  return { written, skipped, steps };
}

/**
 * The planned cells that were empty in this action's read ("row:col" → cell), and how many were
 * not (never overwritten). Shared with the WPS gateway.
 */
export function writableCells(edit: PlannedEdit, grids: readonly Grid[]): { writable: Map<string, PlannedCell>; skipped: number } {
  const grid = grids.find((g) => g.name === edit.sheet)!;
  const view = new MergedView(grid);
  const writable = new Map<string, PlannedCell>();
  let skipped = 0;
  for (const cell of edit.cells) {
    if (isEmpty(grid, view, cell.row, cell.col)) writable.set(`${cell.row}:${cell.col}`, cell);
    else skipped++;
  }
  return { writable, skipped };
}

/** Empty as read: no value, no formula, and not hidden under a merge's master. */
function isEmpty(grid: Grid, view: MergedView, row: number, col: number): boolean {
  if (view.isCovered(row, col)) return false;
  const cell = grid.rows[row]?.[col];
  return !cell || (cell.formula === undefined && (cell.value === null || cell.value === ""));
}
