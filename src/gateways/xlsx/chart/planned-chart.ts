/**
 * A planned sheet's chart (the same PlannedChart the Excel gateway adds with Office.js) as the
 * chart parts need it: the referenced ranges and the values cached from the planned cells.
 */
import { a1 } from "../../../core/grid/address";
import { chartEnd, type PlannedSheet } from "../../../core/plan/plan";
import type { ChartDescription } from "./chart-xml";
import type { CellCorner } from "./drawing-xml";

/** A chart of a planned sheet, as the parts need it. */
export interface SheetChart {
  readonly sheet: string;
  readonly chart: ChartDescription;
  readonly anchor: { readonly from: CellCorner; readonly to: CellCorner };
}

/** What a planned cell shows: its value, or its formula's result. */
function shown(sheet: PlannedSheet, row: number, col: number): string | number | boolean | null {
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  if (!cell) return null;
  return cell.formula !== undefined || cell.link !== undefined ? (cell.result ?? cell.value ?? null) : (cell.value ?? null);
}

const absolute = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

export function plannedSheetChart(sheet: PlannedSheet): SheetChart | undefined {
  const c = sheet.chart;
  if (!c) return undefined;
  const rows = (r: { top: number; bottom: number }) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i);
  const valuesFormat = sheet.cells.find((x) => x.row === c.values.top && x.col === c.values.col)?.numFmt ?? "General";
  return {
    sheet: sheet.name,
    chart: {
      title: c.title,
      seriesName: c.seriesName ?? c.title,
      numFmt: c.numFmt ?? "General",
      data: {
        sheet: sheet.name,
        categoriesRange: `${absolute(c.categories.top, c.categories.col)}:${absolute(c.categories.bottom, c.categories.col)}`,
        categories: rows(c.categories).map((r) => String(shown(sheet, r, c.categories.col) ?? "")),
        valuesRange: `${absolute(c.values.top, c.values.col)}:${absolute(c.values.bottom, c.values.col)}`,
        values: rows(c.values).map((r) => {
          const v = shown(sheet, r, c.values.col);
          return typeof v === "number" ? v : null;
        }),
        valuesFormat,
      },
    },
    anchor: { from: c.anchor, to: chartEnd(c) },
  };
}
