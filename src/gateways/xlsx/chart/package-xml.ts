/**
 * The package bookkeeping a new part needs (ECMA-376 Part 2, OPC): a relationship from its
 * source part, a content-type override, and, for a drawing, the <drawing> element in the sheet.
 */
import { elementsAttributes, escapeXml } from "./xml-text";

export const REL_TYPE = {
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
} as const;

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship (creating the .rels part when absent); returns the new XML and the Id it got. */
export function addRelationship(relsXml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const xml = relsXml ?? EMPTY_RELS;
  const taken = new Set(elementsAttributes(xml, "Relationship").map((a) => a.Id));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  return { xml: xml.replace(/<\/Relationships>\s*$/, `${element}</Relationships>`), id };
}

/** [Content_Types].xml with an Override for each new part (an existing one is left as it is). */
export function withOverrides(contentTypesXml: string, overrides: readonly { partName: string; contentType: string }[]): string {
  const present = new Set(elementsAttributes(contentTypesXml, "Override").map((a) => a.PartName));
  const added = overrides
    .filter((o) => !present.has(o.partName))
    .map((o) => `<Override PartName="${escapeXml(o.partName)}" ContentType="${escapeXml(o.contentType)}"/>`)
    .join("");
  return contentTypesXml.replace(/<\/Types>\s*$/, `${added}</Types>`);
}

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

/** Sheet name → its part ("xl/worksheets/sheet3.xml"), from xl/workbook.xml and its relationships. */
export function sheetPartsByName(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map(elementsAttributes(workbookRelsXml, "Relationship").map((a) => [a.Id, a.Target]));
  const out = new Map<string, string>();
  for (const s of elementsAttributes(workbookXml, "sheet")) {
    const target = targets.get(s["r:id"]);
    if (!s.name || !target) continue;
    out.set(s.name, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  return out;
}

/** "xl/worksheets/sheet3.xml" → "xl/worksheets/_rels/sheet3.xml.rels" */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}
