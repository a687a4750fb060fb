/**
 * The tool's own sheets, built with ExcelJS: in a new workbook (template, 批量汇总) or in a
 * scratch workbook whose sheets are then grafted into the user's package (apply-plan).
 */
import * as ExcelJS from "exceljs";
import type { PlannedCell, PlannedSheet, PlannedValue, WritePlan } from "../../core/plan/plan";
import { validatePlan } from "../../core/plan/validate";
import { xmlSafe } from "../../core/values/text";
import { restyle, STYLES } from "./styles";

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const THIN_BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A new workbook holding only planned sheets (no marks or edits: there is no user sheet). */
export function newWorkbook(plan: WritePlan): ExcelJS.Workbook {
  validatePlan(plan, []);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效自评助手";
  for (const sheet of plan.sheets) addSheet(workbook, sheet);
  return workbook;
}

/**
 * Bytes of a workbook ExcelJS built (writeBuffer is typed Buffer but is an ArrayBuffer in
 * browsers). `store`: not compressed, for a scratch workbook that is unzipped right away.
 */
export async function excelJsBytes(workbook: ExcelJS.Workbook, options: { store?: boolean } = {}): Promise<Uint8Array> {
  const data = await workbook.xlsx.writeBuffer(options.store ? ({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions) : undefined);
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}

export function addSheet(workbook: ExcelJS.Workbook, planned: PlannedSheet): void {
  const ws = workbook.addWorksheet(planned.name);
  planned.columnWidths.forEach((width, col) => {
    if (width > 0) ws.getColumn(col + 1).width = width;
  });
  for (const cell of planned.cells) writeCell(ws.getCell(cell.row + 1, cell.col + 1), cell);
  // Merge after writing: ExcelJS redirects a write to a covered cell to the merge's master, and
  // a merge gives the covered cells the master's style (so borders span the whole merge).
  for (const m of planned.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const h of planned.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  // A new style object per cell: ExcelJS shares style objects among cells of the same look.
  for (const b of planned.bordered ?? []) {
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.style = { ...cell.style, border: THIN_BOX };
    }
  }
  for (const c of planned.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  if (planned.frozenRows && planned.frozenRows > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: planned.frozenRows, topLeftCell: `A${planned.frozenRows + 1}` }];
  }
  // ExcelJS puts a manual break below the row it is called on: below the row before each start.
  for (const r of planned.pageBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  // A4, fitted to one page wide (as many pages tall as needed).
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.orientation = planned.landscape ? "landscape" : "portrait";
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  // planned.chart is not drawn here (ExcelJS cannot write charts): applyPlan attaches it as
  // native chart parts (chart/attach-chart.ts).
}

export function writeCell(cell: ExcelJS.Cell, planned: PlannedCell): void {
  if (planned.formula !== undefined) {
    const formula = planned.formula.replace(/^=/, "");
    cell.value =
      planned.result === undefined || planned.result === null
        ? { formula }
        : { formula, result: planned.result };
  } else if (planned.link !== undefined) {
    // A HYPERLINK formula, not an ExcelJS hyperlink value: ExcelJS 4.4 writes an internal link
    // both as an external relationship and as a "#…" location, which WPS (and Google Sheets)
    // cannot follow (exceljs issues #1676, #1893, #3027). HYPERLINK("#'评分表'!A6", …) works
    // in Excel and WPS alike; the cached result shows the text before any recalculation.
    const text = xmlSafe(textOf(planned.value) || planned.link);
    cell.value = { formula: `HYPERLINK(${quoted(planned.link)},${quoted(text)})`, result: text };
  } else if (planned.value !== undefined && planned.value !== null) {
    // Strings go in as strings: ExcelJS never turns "=1+1", "+86…" or "@sum" into formulas.
    cell.value = typeof planned.value === "string" ? xmlSafe(planned.value) : planned.value;
  }
  if (planned.style) restyle(cell, STYLES[planned.style], planned.numFmt);
  else if (planned.numFmt) cell.numFmt = planned.numFmt;
}

/** A string literal inside a formula: quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function textOf(v: PlannedValue | undefined): string {
  return v === undefined || v === null ? "" : String(v);
}
