/**
 * 转为普通公式 on a loaded copy of the workbook: every formula that calls the add-in's JX.*
 * functions becomes the standard formula the core translates it to, or, where none can
 * express it, the value Excel last calculated. Runs on an ExcelJS workbook, never in Excel.
 */
import * as ExcelJS from "exceljs";
import { hasJxCall, toStandardFormula } from "../../core/jx/translate";

export interface PlainFormulaReport {
  /** JX formulas now standard formulas. */
  readonly formulas: number;
  /** JX formulas now plain values (their cached result). */
  readonly values: number;
}

/** Every form a JX call takes in a saved file (JX.NAME, _xldudf_JX_NAME, …): core/jx/translate.ts. */
export { hasJxCall };

export function replaceJxFormulas(workbook: ExcelJS.Workbook): PlainFormulaReport {
  // Collect first, replace after: replacing a shared formula's master while its clones are
  // still being read would change what the clones translate to.
  const found: { cell: ExcelJS.Cell; formula: string; result: unknown }[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = cell.formula ?? "";
        if (hasJxCall(formula)) found.push({ cell, formula: formula.replace(/^=/, ""), result: cell.result });
      }),
    ),
  );
  let formulas = 0;
  let values = 0;
  for (const { cell, formula, result } of found) {
    const cached = plainResult(result);
    const standard = toStandardFormula(formula, cached);
    if (standard.formula !== undefined) {
      // Explicit (not shared) formulas, with the same cached result until Excel recalculates.
      cell.value = (cached === null ? { formula: standard.formula } : { formula: standard.formula, result: cached }) as ExcelJS.CellValue;
      formulas++;
    } else {
      // Without a value from the core, the cached result as it was (a date stays a date, an
      // error stays an error rather than becoming empty).
      const value = standard.value === undefined || (standard.value === null && isErrorResult(result)) ? (result ?? null) : standard.value;
      cell.value = value as ExcelJS.CellValue;
      values++;
    }
  }
  return { formulas, values };
}

function plainResult(result: unknown): string | number | boolean | null {
  if (typeof result === "string" || typeof result === "number" || typeof result === "boolean") return result;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  return null;
}

function isErrorResult(result: unknown): boolean {
  return typeof result === "object" && result !== null && typeof (result as { error?: unknown }).error === "string";
}
