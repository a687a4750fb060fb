/**
 * Colours as ET takes them: a BGR number, VBA's RGB(r, g, b) = r + 256·g + 65536·b
 * (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/rgb-function;
 * ET's Interior.Color and Font.Color are the same numbers, et-jsapi-declare lib.et.d.ts).
 */

/** "FFFF0000" (ARGB, as the plan and ExcelJS give colours) or "#FF0000" → BGR number. */
export function bgrColour(colour: string): number {
  const rgb = parseInt(colour.replace("#", "").slice(-6), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** What a cell with No Fill reads as Interior.Color: white. */
export const WHITE = 0xffffff;
