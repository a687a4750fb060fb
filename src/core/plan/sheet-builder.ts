/** Collects the cells of a new sheet row by row; the plan stays plain data. */
import type { PlannedCell, PlannedChart, PlannedSheet, StyleName } from "./plan";

export class SheetBuilder {
  private readonly cells: PlannedCell[] = [];
  private readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  private chart?: PlannedChart;
  row = 0;

  constructor(
    private readonly name: string,
    private readonly role: PlannedSheet["role"],
    private readonly widths: readonly number[],
  ) {}

  put(row: number, col: number, cell: Omit<PlannedCell, "row" | "col">): this {
    this.cells.push({ row, col, ...cell });
    return this;
  }

  /** A text cell merged across columns `left`..`right` of the current row. */
  span(left: number, right: number, value: string, style: StyleName): this {
    this.put(this.row, left, { value, style });
    if (right > left) this.merges.push({ top: this.row, left, bottom: this.row, right });
    return this;
  }

  merge(left: number, right: number): this {
    if (right > left) this.merges.push({ top: this.row, left, bottom: this.row, right });
    return this;
  }

  /** A header row: one label per column, with optional merged spans [left, right]. */
  header(labels: readonly (string | null)[], spans: readonly [number, number][] = []): this {
    labels.forEach((l, c) => l !== null && this.put(this.row, c, { value: l, style: "header" }));
    for (const [l, r] of spans) this.merge(l, r);
    this.row++;
    return this;
  }

  skip(rows = 1): this {
    this.row += rows;
    return this;
  }

  setChart(chart: PlannedChart): this {
    this.chart = chart;
    return this;
  }

  build(extra: Partial<PlannedSheet> = {}): PlannedSheet {
    return {
      name: this.name,
      role: this.role,
      cells: this.cells,
      merges: this.merges,
      columnWidths: this.widths,
      chart: this.chart,
      ...extra,
    };
  }
}
