/**
 * What each named style of a write plan looks like in a file. Fonts are the ones every Chinese
 * Windows and WPS install has (宋体 for body text, 黑体 for titles and headers).
 */
import type * as ExcelJS from "exceljs";
import { MARK_COLOURS, type StyleName } from "../../core/plan/plan";

export interface CellLook {
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly border?: Partial<ExcelJS.Borders>;
  /** Used only when the planned cell brings no numFmt of its own. */
  readonly numFmt?: string;
}

const BODY = "宋体";
const BOLD = "黑体";
const BLACK = "FF000000";
const GREY_TEXT = "FF595959";
const HEADER_FILL = "FFD9D9D9";
const MIDDLE: Partial<ExcelJS.Alignment> = { vertical: "middle" };

const body = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: BODY, size: 11, ...extra });

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

function box(style: ExcelJS.BorderStyle, argb: string): Partial<ExcelJS.Borders> {
  const side = { style, color: { argb } };
  return { top: side, left: side, bottom: side, right: side };
}

export const STYLES: Record<StyleName, CellLook> = {
  title: { font: { name: BOLD, size: 16, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  subtitle: { font: body({ color: { argb: GREY_TEXT } }), alignment: MIDDLE },
  header: {
    font: { name: BOLD, size: 11, bold: true },
    fill: solid(HEADER_FILL),
    border: box("thin", BLACK),
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  label: { font: body({ bold: true }), alignment: MIDDLE },
  text: { font: body(), alignment: MIDDLE },
  // Middle, as the numbers beside it: a tall row reads as one line of a table.
  wrap: { font: body(), alignment: { vertical: "middle", wrapText: true } },
  number: { font: body(), alignment: { horizontal: "right", vertical: "middle" } },
  score: { font: body(), alignment: { horizontal: "right", vertical: "middle" }, numFmt: "0.00" },
  percent: { font: body(), alignment: { horizontal: "right", vertical: "middle" }, numFmt: "0.00%" },
  amount: { font: body(), alignment: { horizontal: "right", vertical: "middle" }, numFmt: "#,##0.00" },
  total: { font: body({ bold: true }), alignment: { horizontal: "right", vertical: "middle" } },
  grade: { font: { name: BOLD, size: 11, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  "severity-error": { font: body({ color: { argb: "FFC00000" } }), alignment: MIDDLE },
  "severity-warning": { font: body({ color: { argb: "FFED7D31" } }), alignment: MIDDLE },
  "severity-info": { font: body({ color: { argb: "FF808080" } }), alignment: MIDDLE },
  link: { font: body({ color: { argb: "FF0563C1" }, underline: true }), alignment: MIDDLE },
  "legend-partial": { font: body(), fill: solid(MARK_COLOURS["deduction-partial"]), alignment: MIDDLE },
  "legend-heavy": { font: body(), fill: solid(MARK_COLOURS["deduction-heavy"]), alignment: MIDDLE },
  "legend-check": { font: body(), border: box("medium", MARK_COLOURS.check), alignment: MIDDLE },
  note: { font: body({ size: 10, color: { argb: GREY_TEXT } }), alignment: MIDDLE },
  heading1: { font: { name: BOLD, size: 12, bold: true }, alignment: { vertical: "middle", wrapText: true } },
  heading2: { font: { name: "楷体", size: 12, bold: true }, alignment: { vertical: "middle", wrapText: true } },
  paragraph: { font: body({ size: 12 }), alignment: { vertical: "top", wrapText: true, indent: 2 } },
  placeholder: { font: body({ size: 12, color: { argb: "FFC55A11" } }), fill: solid("FFFFF8E1"), alignment: { vertical: "top", wrapText: true } },
};

/**
 * Applies a look by giving the cell a NEW style object. ExcelJS shares one style object among
 * all loaded cells with the same format, so assigning cell.fill would recolour them all.
 */
export function restyle(cell: ExcelJS.Cell, look: CellLook, numFmt?: string): void {
  const base = JSON.stringify(cell.style ?? {});
  const fmt = numFmt ?? look.numFmt;
  const key = fmt ?? "";
  // Cells that start from the same style and get the same look share one result: ExcelJS's
  // writer caches styles by object identity, so this makes writing a styled sheet cheap.
  let byLook = shared.get(base);
  if (!byLook) shared.set(base, (byLook = new WeakMap()));
  let byFmt = byLook.get(look);
  if (!byFmt) byLook.set(look, (byFmt = new Map()));
  let next = byFmt.get(key);
  if (!next) {
    next = { ...cell.style };
    if (look.font) next.font = structuredClone(look.font);
    if (look.fill) next.fill = structuredClone(look.fill);
    if (look.alignment) next.alignment = structuredClone(look.alignment);
    if (look.border) next.border = structuredClone(look.border);
    if (fmt) next.numFmt = fmt;
    byFmt.set(key, next);
  }
  cell.style = next;
}

/** base style (as JSON) → look → numFmt → the resulting style object (never mutated once made). */
const shared = new Map<string, WeakMap<CellLook, Map<string, Partial<ExcelJS.Style>>>>();
