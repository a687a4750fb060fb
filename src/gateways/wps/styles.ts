/**
 * Formats as ET properties. The plan's styles and mark colours are taken from the Excel
 * gateway's translation (../excel/styles.ts, itself from the file gateway's table), so a sheet
 * written in WPS looks like the same sheet written in Excel or to a file; here each part becomes
 * one property write on a range that may cover many cells (Font.Name, Interior.Color, …).
 */
import { XL, EDGES, EDGE_NAMES, type EtRange } from "./et";
import { bgrColour } from "./colour";

type Format = Excel.CellPropertiesFormat;

const H_ALIGN: Record<string, number> = {
  General: XL.hGeneral,
  Left: XL.hLeft,
  Center: XL.hCenter,
  Right: XL.hRight,
  Fill: XL.hFill,
  Justify: XL.hJustify,
  CenterAcrossSelection: XL.hCenterAcrossSelection,
  Distributed: XL.hDistributed,
};
const V_ALIGN: Record<string, number> = { Top: XL.vTop, Center: XL.vCenter, Bottom: XL.vBottom, Justify: XL.vJustify, Distributed: XL.vDistributed };
const WEIGHTS: Record<string, number> = { Hairline: XL.hairline, Thin: XL.thin, Medium: XL.medium, Thick: XL.thick };

/** Writes a format onto every cell of a range: one call per property it sets. */
export function applyFormat(range: EtRange, format: Format): void {
  const font = format.font;
  if (font) {
    const f = range.Font;
    if (font.name !== undefined) f.Name = font.name;
    if (font.size !== undefined) f.Size = font.size;
    if (font.bold !== undefined) f.Bold = font.bold;
    if (font.italic !== undefined) f.Italic = font.italic;
    if (font.underline !== undefined) f.Underline = font.underline === "Single" ? XL.underlineSingle : XL.underlineNone;
    if (font.color !== undefined) f.Color = bgrColour(font.color);
  }
  if (format.fill?.color) range.Interior.Color = bgrColour(format.fill.color);
  if (format.horizontalAlignment) range.HorizontalAlignment = H_ALIGN[format.horizontalAlignment];
  if (format.verticalAlignment) range.VerticalAlignment = V_ALIGN[format.verticalAlignment];
  if (format.wrapText !== undefined) range.WrapText = format.wrapText;
  if (format.borders) {
    const borders = range.Borders;
    for (const side of EDGE_NAMES) {
      const b = format.borders[side];
      if (!b) continue;
      const edge = borders.Item(EDGES[side]);
      if (b.style === "None") {
        edge.LineStyle = XL.lineStyleNone;
        continue;
      }
      edge.LineStyle = XL.continuous;
      if (b.weight) edge.Weight = WEIGHTS[b.weight];
      if (b.color) edge.Color = bgrColour(b.color);
    }
  }
}
