/**
 * Applies a WritePlan to a loaded ExcelJS workbook: adds the planned sheets and colours the
 * marked cells of the user's sheets. It decides nothing; it never overwrites, deletes or renames
 * an existing sheet and never changes a value or formula on one.
 */
import type * as ExcelJS from "exceljs";
import { parseA1 } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";
import type { PlannedCell, PlannedMark, PlannedSheet, PlannedValue, WritePlan } from "../../core/plan/plan";
import { validatePlan } from "../../core/plan/validate";
import { xmlSafe } from "../../core/values/text";
import { parseRange } from "./sheet-to-grid";
import { checkBorder, markFill, restyle, STYLES } from "./styles";

/** What applying a plan did that the user should hear about. */
export interface ApplyReport {
  /** Planned edits skipped because their cell is no longer empty (never overwritten). */
  readonly skippedEdits: number;
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): ApplyReport {
  // Check the whole plan first so a bad plan leaves the workbook untouched.
  validatePlan(plan, workbook.worksheets.map((ws) => ws.name));
  for (const sheet of plan.sheets) addSheet(workbook, sheet);
  let skippedEdits = 0;
  for (const edit of plan.edits ?? []) {
    const ws = workbook.getWorksheet(edit.sheet)!;
    for (const cell of edit.cells) {
      const target = ws.getCell(cell.row + 1, cell.col + 1);
      if (target.value !== null && target.value !== undefined && target.value !== "") skippedEdits++;
      else writeCell(target, cell);
    }
  }
  const merges = new Map<string, CellRange[]>();
  for (const mark of plan.marks) {
    const ws = workbook.getWorksheet(mark.sheet)!;
    // ws.model rebuilds every row, so read each sheet's merges once.
    if (!merges.has(ws.name)) merges.set(ws.name, ws.hasMerges ? ws.model.merges.map(parseRange) : []);
    applyMark(ws, merges.get(ws.name)!, mark);
  }
  return { skippedEdits };
}

function addSheet(workbook: ExcelJS.Workbook, planned: PlannedSheet): void {
  // A sheet this tool wrote earlier is regenerated in place: same name, new content (validatePlan
  // has checked that it exists; the planner sets `replaces` only for our own 自评汇总/自评报告).
  const earlier = planned.replaces ? workbook.getWorksheet(planned.name) : undefined;
  if (earlier) workbook.removeWorksheet(earlier.id);
  const ws = workbook.addWorksheet(planned.name);
  planned.columnWidths.forEach((width, col) => {
    if (width > 0) ws.getColumn(col + 1).width = width;
  });
  for (const cell of planned.cells) writeCell(ws.getCell(cell.row + 1, cell.col + 1), cell);
  // Merge after writing: ExcelJS redirects a write to a covered cell to the merge's master, and
  // a merge gives the covered cells the master's style (so borders span the whole merge).
  for (const m of planned.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const h of planned.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
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
  // planned.chart: ExcelJS cannot write charts; insertPlannedCharts adds them to the written file.
}

function writeCell(cell: ExcelJS.Cell, planned: PlannedCell): void {
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

function applyMark(ws: ExcelJS.Worksheet, merges: readonly CellRange[], mark: PlannedMark): void {
  // Only the fill or only the border changes; restyle keeps the rest (a checked cell keeps
  // its deduction colour) and never touches the value.
  const look = mark.kind === "check" ? { border: checkBorder() } : { fill: markFill(mark.kind) };
  for (const address of mark.cells) {
    const { row, col } = parseA1(address);
    // A mark on a merged cell covers the whole merge, or only the master's edges would show.
    const m = merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
    const area = m ?? { top: row, left: col, bottom: row, right: col };
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) restyle(ws.getCell(r + 1, c + 1), look);
    }
  }
}
