/**
 * One planned sheet through the ET object model: added after the last sheet and named, its
 * values and formulas in one Formula write of the whole rectangle (2-D array, in row bands for
 * a very large sheet), then number formats and styles per group of cells, merges per group of
 * areas, widths and heights per distinct size, frozen rows, orientation, hidden columns and
 * the chart through ChartObjects().Add and the Chart object
 * (https://learn.microsoft.com/office/vba/api/excel.chartobjects.add, excel.chart.setsourcedata,
 * excel.series.xvalues; et-jsapi-declare: ChartObjects.Add, Chart.SetSourceData,
 * Series.XValues). Calls grow with the number of distinct formats and sizes, not of cells.
 */
import { a1 } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";
import { chartEnd, type PlannedCell, type PlannedChart, type PlannedSheet } from "../../core/plan/plan";
import { formulaInput } from "../excel/cell-values";
import { styleFormat, styleNumberFormat } from "../excel/styles";
import { addressOf } from "./addresses";
import { XL, type EtApplication, type EtSheets, type EtWorksheet } from "./et";
import { CELLS_PER_READ } from "./read-sheets";
import { applyFormat } from "./styles";
import { groupCells, rangesOver } from "./write-cells";

export function addPlannedSheet(app: EtApplication, sheets: EtSheets, planned: PlannedSheet): EtWorksheet {
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = planned.name;
  let rows = 1;
  let cols = 1;
  for (const c of planned.cells) [rows, cols] = [Math.max(rows, c.row + 1), Math.max(cols, c.col + 1)];
  for (const m of planned.merges) [rows, cols] = [Math.max(rows, m.bottom + 1), Math.max(cols, m.right + 1)];
  writeContents(ws, planned.cells, rows, cols);
  writeFormats(ws, planned);
  if (planned.merges.length > 0) for (const range of rangesOver(ws, planned.merges)) range.Merge();
  sizes(ws, planned);
  if (planned.frozenRows && planned.frozenRows > 0) {
    ws.Activate();
    const win = app.ActiveWindow;
    win.SplitColumn = 0;
    win.SplitRow = planned.frozenRows;
    win.FreezePanes = true;
  }
  if (planned.landscape) ws.PageSetup.Orientation = XL.landscape;
  if (planned.chart) addChart(ws, planned.chart);
  return ws;
}

/** Values and formulas as one 2-D Formula write per band of rows ("" leaves a cell empty). */
function writeContents(ws: EtWorksheet, cells: readonly PlannedCell[], rows: number, cols: number): void {
  const grid: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(""));
  for (const cell of cells) grid[cell.row][cell.col] = formulaInput(cell) ?? "";
  const band = Math.max(1, Math.floor(CELLS_PER_READ / cols));
  for (let top = 0; top < rows; top += band) {
    const bottom = Math.min(rows, top + band) - 1;
    ws.Range(addressOf([{ top, left: 0, bottom, right: cols - 1 }])).Formula = grid.slice(top, bottom + 1);
  }
}

/**
 * Number formats, then styles, each group of cells in a few ranges. As in the Excel and file
 * gateways, the covered cells of a merge take the master's style, so borders run round it.
 */
function writeFormats(ws: EtWorksheet, planned: PlannedSheet): void {
  const numFmts = groupCells(planned.cells, (c) => c.numFmt ?? styleNumberFormat(c.style));
  for (const [fmt, cells] of numFmts) for (const range of rangesOver(ws, cells)) range.NumberFormat = fmt;
  const styled: { row: number; col: number; style: string }[] = planned.cells.filter((c) => c.style).map((c) => ({ row: c.row, col: c.col, style: c.style! }));
  const styleAt = new Map(styled.map((c) => [`${c.row}:${c.col}`, c.style]));
  for (const m of planned.merges) {
    const style = styleAt.get(`${m.top}:${m.left}`);
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) styled.push({ row: r, col: c, style });
  }
  for (const [style, cells] of groupCells(styled, (c) => c.style)) {
    const format = styleFormat(style as Parameters<typeof styleFormat>[0]);
    for (const range of rangesOver(ws, cells)) applyFormat(range, format);
  }
}

/** Widths (characters, ET's unit), row heights (points) and hidden columns, per distinct size. */
function sizes(ws: EtWorksheet, planned: PlannedSheet): void {
  const widths = groupCells(
    planned.columnWidths.map((w, col) => ({ row: 0, col, w })).filter((c) => c.w > 0),
    (c) => String(c.w),
  );
  for (const [w, cells] of widths) for (const range of rangesOver(ws, cells)) range.ColumnWidth = Number(w);
  const heights = groupCells(
    (planned.rowHeights ?? []).map((h) => ({ row: h.row, col: 0, h: h.height })),
    (c) => String(c.h),
  );
  for (const [h, cells] of heights) for (const range of rangesOver(ws, cells)) range.RowHeight = Number(h);
  const hidden = (planned.hiddenColumns ?? []).map((col) => ({ row: 0, col }));
  if (hidden.length > 0) for (const range of rangesOver(ws, hidden)) range.EntireColumn.Hidden = true;
}

/**
 * A clustered column chart of the values, the categories on its x-axis (they are not adjacent
 * to the values in the plan), placed at the anchor cell as in the Excel gateway.
 */
function addChart(ws: EtWorksheet, chart: PlannedChart): void {
  const anchor = ws.Range(a1(chart.anchor.row, chart.anchor.col));
  const left = anchor.Left;
  const top = anchor.Top;
  // The same place as in Excel and in files: from the anchor up to (not into) the end cell.
  const end = chartEnd(chart);
  const far = ws.Range(a1(end.row, end.col));
  const c = ws.ChartObjects().Add(left, top, Math.max(1, far.Left - left), Math.max(1, far.Top - top)).Chart;
  c.ChartType = XL.columnClustered;
  c.SetSourceData(ws.Range(column(chart.values)), XL.byColumns);
  c.HasTitle = true;
  c.ChartTitle.Text = chart.title;
  c.HasLegend = false;
  const series = c.SeriesCollection(1);
  series.Name = chart.seriesName ?? chart.title;
  series.XValues = ws.Range(column(chart.categories));
}

function column(r: { top: number; bottom: number; col: number }): string {
  const range: CellRange = { top: r.top, bottom: r.bottom, left: r.col, right: r.col };
  return addressOf([range]);
}
