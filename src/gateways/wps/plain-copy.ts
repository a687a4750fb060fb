/**
 * 转为普通公式 in WPS: the whole workbook is copied inside WPS (Sheets.Copy() with no argument
 * makes a new workbook of every sheet, https://learn.microsoft.com/office/vba/api/excel.sheets.copy),
 * so formats and charts come along, and in the copy each JX formula becomes the standard formula
 * the core translates it to (../../core/jx/translate.ts), or, where none can express it, its
 * last value. The user's workbook is not changed.
 */
import type { CellValue, WorkbookGrids } from "../../core/grid/grid";
import { hasJxCall, toStandardFormula } from "../../core/jx/translate";
import type { PlannedCell } from "../../core/plan/plan";
import type { PlainFormulaReport } from "../excel/plain-formulas";

export interface PlainEdit {
  readonly sheet: string;
  readonly cells: readonly PlannedCell[];
}

/** The cells of the copy to rewrite, from the grids as read. */
export function plainFormulaEdits(grids: WorkbookGrids): { edits: PlainEdit[]; report: PlainFormulaReport } {
  let formulas = 0;
  let values = 0;
  const edits: PlainEdit[] = [];
  for (const grid of grids.sheets) {
    const cells: PlannedCell[] = [];
    grid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell?.formula || !hasJxCall(cell.formula)) return;
        const cached = plainValue(cell.value);
        const standard = toStandardFormula(cell.formula, cached);
        if (standard.formula !== undefined) {
          cells.push({ row: r, col: c, formula: standard.formula });
          formulas++;
        } else {
          const error = standard.value === undefined || standard.value === null ? errorText(cell.value) : undefined;
          // #N/A stays #N/A (NA() is a standard formula); any other value is written as it was.
          if (error === "#N/A") cells.push({ row: r, col: c, formula: "NA()" });
          else cells.push({ row: r, col: c, value: (standard.value ?? error ?? cached) as PlannedCell["value"] });
          values++;
        }
      }),
    );
    if (cells.length > 0) edits.push({ sheet: grid.name, cells });
  }
  return { edits, report: { formulas, values } };
}

function plainValue(v: CellValue): string | number | boolean | null {
  return v === null || typeof v === "object" ? null : v;
}

/** The text of an error result. */
function errorText(v: CellValue): string | undefined {
  return v !== null && typeof v === "object" ? v.error : undefined;
}
