/**
 * One planned sheet as a handful of bulk operations on its bounding rectangle: number formats,
 * then formulas/values, then per-cell formats in one setCellProperties (in row bands when the
 * sheet is larger than one payload), then merges, widths, heights, panes and the chart. As
 * steps (batches.ts): nothing is synced here.
 */
import { a1 } from "../../core/grid/address";
import { chartEnd, type PlannedChart, type PlannedSheet } from "../../core/plan/plan";
import type { Step } from "./batches";
import { formulaInput } from "./cell-values";
import { OPERATION_BYTES, PAYLOAD_BUDGET, payloadBytes } from "./payload";
import { styleFormat, styleNumberFormat } from "./styles";

type Input = string | number | boolean | null;

export interface NewSheetSteps {
  readonly steps: Step[];
  /** The sheet's proxy, once its first step has been queued. */
  sheet(): Excel.Worksheet;
}

export function newSheetSteps(worksheets: Excel.WorksheetCollection, planned: PlannedSheet): NewSheetSteps {
  let ws: Excel.Worksheet | undefined;
  const sheet = () => ws!;
  const steps: Step[] = [{ request: OPERATION_BYTES, response: 0, queue: () => (ws = worksheets.add(planned.name)) }];
  let rows = 1;
  let cols = 1;
  for (const c of planned.cells) [rows, cols] = [Math.max(rows, c.row + 1), Math.max(cols, c.col + 1)];
  for (const m of planned.merges) [rows, cols] = [Math.max(rows, m.bottom + 1), Math.max(cols, m.right + 1)];
  const formulas = grid<Input>(rows, cols, null);
  const numberFormats = grid<string | null>(rows, cols, null);
  const props = grid<Excel.SettableCellProperties | undefined>(rows, cols, undefined);
  for (const cell of planned.cells) {
    formulas[cell.row][cell.col] = formulaInput(cell);
    numberFormats[cell.row][cell.col] = cell.numFmt ?? styleNumberFormat(cell.style) ?? null;
    if (cell.style) props[cell.row][cell.col] = { format: styleFormat(cell.style) };
  }
  // As in the file gateway, the covered cells of a merge take the master's look, so borders
  // run round the whole merge and not only the master's edges.
  for (const m of planned.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) props[r][c] = props[m.top][m.left];
  }
  // Row bands within the payload budget; formats first: a number written into a "0.00%" cell
  // then shows as a percentage.
  let top = 0;
  let bytes = OPERATION_BYTES;
  const flush = (end: number) => {
    if (end <= top) return;
    const [from, n] = [top, end - top];
    steps.push({
      request: bytes,
      response: 0,
      queue: () => {
        const band = sheet().getRangeByIndexes(from, 0, n, cols);
        band.numberFormat = numberFormats.slice(from, end);
        band.formulas = formulas.slice(from, end);
        band.setCellProperties(props.slice(from, end).map((row) => row.map((p) => p ?? {})));
      },
    });
    top = end;
    bytes = OPERATION_BYTES;
  };
  for (let r = 0; r < rows; r++) {
    const rowBytes = payloadBytes([numberFormats[r], formulas[r], props[r]]);
    if (bytes + rowBytes > PAYLOAD_BUDGET) flush(r);
    bytes += rowBytes;
  }
  flush(rows);
  steps.push({
    request: OPERATION_BYTES * (planned.merges.length + 6),
    response: 0,
    queue: () => {
      const ws = sheet();
      for (const m of planned.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
      queueColumnWidths(ws, planned.columnWidths);
      queueRowHeights(ws, planned.rowHeights ?? []);
      if (planned.frozenRows && planned.frozenRows > 0) ws.freezePanes.freezeRows(planned.frozenRows);
      if (planned.landscape) ws.pageLayout.orientation = "Landscape";
      if (planned.chart) queueChart(ws, planned.chart);
    },
  });
  return { steps, sheet };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

/** Widths in characters (as planned) → points: about 7 px a character plus 5 px padding. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function queueColumnWidths(ws: Excel.Worksheet, widths: readonly number[]): void {
  if (widths.length === 0) return;
  const props = widths.map((w) => (w > 0 ? { format: { columnWidth: columnWidthPoints(w) } } : {}));
  ws.getRangeByIndexes(0, 0, 1, widths.length).setColumnProperties(props);
}

function queueRowHeights(ws: Excel.Worksheet, heights: readonly { row: number; height: number }[]): void {
  if (heights.length === 0) return;
  const last = heights.reduce((max, h) => Math.max(max, h.row), 0);
  const props: Excel.SettableRowProperties[] = Array.from({ length: last + 1 }, () => ({}));
  for (const h of heights) props[h.row] = { format: { rowHeight: h.height } };
  ws.getRangeByIndexes(0, 0, last + 1, 1).setRowProperties(props);
}

/**
 * Categories and values are not adjacent columns in the plan (二级指标 … 得分率), so the chart is
 * made from the values column and given the categories as its x-axis, rather than from a
 * rectangle that would also plot the columns in between.
 */
function queueChart(ws: Excel.Worksheet, chart: PlannedChart): void {
  const { values, categories, anchor } = chart;
  const valueRange = ws.getRangeByIndexes(values.top, values.col, values.bottom - values.top + 1, 1);
  const added = ws.charts.add("ColumnClustered", valueRange, "Columns");
  added.title.text = chart.title;
  added.legend.visible = false;
  const series = added.series.getItemAt(0);
  series.name = chart.seriesName ?? chart.title;
  series.setXAxisValues(ws.getRangeByIndexes(categories.top, categories.col, categories.bottom - categories.top + 1, 1));
  // The same place as in files: from the anchor up to (not into) the planned end cell.
  const end = chartEnd(chart);
  added.setPosition(a1(anchor.row, anchor.col), a1(Math.max(anchor.row, end.row - 1), Math.max(anchor.col, end.col - 1)));
}
