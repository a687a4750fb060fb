/**
 * The plan's named styles and mark colours as Office.js cell properties. They are translated
 * from the file gateway's table (src/gateways/xlsx/styles.ts) rather than restated, so a sheet
 * written in Excel looks like the same sheet written to a file.
 */
import type * as ExcelJS from "exceljs";
import { MARK_COLOURS, type MarkKind, type StyleName } from "../../core/plan/plan";
import { STYLES, type CellLook } from "../xlsx/styles";

type Format = Excel.CellPropertiesFormat;
type Side = "top" | "bottom" | "left" | "right";
const SIDES: readonly Side[] = ["top", "bottom", "left", "right"];

/** "FFFF0000" (ARGB) → "#FF0000". */
export function htmlColour(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

const HORIZONTAL: Record<string, Format["horizontalAlignment"]> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL: Record<string, Format["verticalAlignment"]> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

function fontOf(font: Partial<ExcelJS.Font>): Excel.CellPropertiesFont {
  const f: Excel.CellPropertiesFont = {};
  if (font.name) f.name = font.name;
  if (font.size) f.size = font.size;
  if (font.bold !== undefined) f.bold = font.bold;
  if (font.italic !== undefined) f.italic = font.italic;
  if (font.underline) f.underline = "Single";
  if (font.color?.argb) f.color = htmlColour(font.color.argb);
  return f;
}

function borderOf(border: Partial<ExcelJS.Border>): Excel.CellBorder {
  const weight = border.style === "medium" ? "Medium" : border.style === "thick" ? "Thick" : "Thin";
  return { style: "Continuous", weight, color: htmlColour(border.color?.argb ?? "FF000000") };
}

export function formatOf(look: CellLook): Format {
  const format: Format = {};
  if (look.font) format.font = fontOf(look.font);
  if (look.fill && look.fill.type === "pattern" && look.fill.fgColor?.argb) {
    format.fill = { color: htmlColour(look.fill.fgColor.argb) };
  }
  if (look.alignment?.horizontal) format.horizontalAlignment = HORIZONTAL[look.alignment.horizontal];
  if (look.alignment?.vertical) format.verticalAlignment = VERTICAL[look.alignment.vertical];
  if (look.alignment?.wrapText !== undefined) format.wrapText = look.alignment.wrapText;
  if (look.border) {
    const borders: Excel.CellBorderCollection = {};
    for (const side of SIDES) {
      const b = look.border[side];
      if (b?.style) borders[side] = borderOf(b);
    }
    format.borders = borders;
  }
  return format;
}

const FORMATS = Object.fromEntries(Object.entries(STYLES).map(([name, look]) => [name, formatOf(look)])) as Record<StyleName, Format>;

export function styleFormat(style: StyleName): Format {
  return FORMATS[style];
}

/** The number format a style implies when the planned cell brings none. */
export function styleNumberFormat(style: StyleName | undefined): string | undefined {
  return style ? STYLES[style].numFmt : undefined;
}

/** A deduction mark is a fill; a "check" mark is a red medium border on all four sides. */
export function markFormat(kind: MarkKind): Format {
  if (kind !== "check") return { fill: { color: htmlColour(MARK_COLOURS[kind]) } };
  const side: Excel.CellBorder = { style: "Continuous", weight: "Medium", color: htmlColour(MARK_COLOURS.check) };
  return { borders: { top: side, bottom: side, left: side, right: side } };
}

/** Overlays formats: a checked cell keeps its deduction fill. */
export function mergeFormats(a: Format, b: Format): Format {
  const out: Format = { ...a, ...b };
  if (a.fill || b.fill) out.fill = { ...a.fill, ...b.fill };
  if (a.borders || b.borders) out.borders = { ...a.borders, ...b.borders };
  if (a.font || b.font) out.font = { ...a.font, ...b.font };
  return out;
}
