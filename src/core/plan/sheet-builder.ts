/** Collects the cells of a new sheet row by row; the plan stays plain data. */
import type { PlannedCell, PlannedChart, PlannedSheet, StyleName } from "./plan";

export class SheetBuilder {
  private readonly cells: PlannedCell[] = [];
  private readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  private chart?: PlannedChart;
  private readonly heights = new Map<number, number>();
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
    return this.mergeAt(this.row, left, right);
  }

  /** Merges columns left..right of a given row (one placed earlier, as the summary's headline). */
  mergeAt(row: number, left: number, right: number): this {
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
    return this;
  }

  /** Merges a block of rows and columns (a label printed once down its block). */
  mergeRange(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** The current row at least `points` tall (a title, a notice). */
  height(points: number): this {
    this.heights.set(this.row, Math.max(this.heights.get(this.row) ?? 0, points));
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

  /**
   * A title over columns left..right: the title style wraps, so a long one (a project's full
   * name) takes two lines instead of running off both ends of its merged cell.
   */
  title(text: string, left: number, right: number): this {
    const width = this.widths.slice(left, right + 1).reduce((a, b) => a + b, 0);
    // 16-point bold against the 11-point characters column widths count.
    const lines = Math.max(1, Math.ceil((displayWidth(text) * TITLE_SCALE) / Math.max(width - 2, 1)));
    return this.span(left, right, text, "title").height(Math.max(30, lines * TITLE_LINE_HEIGHT + 6));
  }

  /**
   * Makes the current row tall enough for `text` wrapped in columns left..right. Spreadsheets
   * do not grow a row for wrapped text in merged cells, so the plan says how tall it must be.
   */
  fit(text: string, left: number, right = left): this {
    const width = this.widths.slice(left, right + 1).reduce((a, b) => a + b, 0);
    const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(width - 1, 1))), 0);
    if (lines > 1) this.heights.set(this.row, Math.max(this.heights.get(this.row) ?? 0, lines * LINE_HEIGHT + 3));
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
      rowHeights: [...this.heights].map(([row, height]) => ({ row, height })),
      ...extra,
    };
  }
}

const LINE_HEIGHT = 15;
const TITLE_SCALE = 16 / 11;
const TITLE_LINE_HEIGHT = 21;

/** Width in character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the character before it.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}
