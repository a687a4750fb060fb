/**
 * What a chart adds beyond its own parts (ECMA-376): the relationship and content types it is
 * declared with, and the <drawing> element in the worksheet. The package layer does the rest.
 */
import { escapeXml } from "./xml-text";

export const REL_TYPE = {
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
} as const;

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/**
 * Elements that follow <drawing> in a worksheet (CT_Worksheet's sequence): the new element goes
 * before the first of them, or at the end.
 */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The worksheet with <drawing r:id="…"/> in its place. A sheet that already has a drawing is refused. */
export function withDrawing(sheetXml: string, relId: string): string {
  if (/<(?:\w+:)?drawing\s/.test(sheetXml)) throw new Error("the worksheet already has a drawing part");
  const element = `<drawing r:id="${escapeXml(relId)}"/>`;
  const next = new RegExp(`<(?:${AFTER_DRAWING.join("|")})[\\s>/]`).exec(sheetXml);
  if (next) return sheetXml.slice(0, next.index) + element + sheetXml.slice(next.index);
  return sheetXml.replace(/<\/worksheet>\s*$/, `${element}</worksheet>`);
}
