/** [Content_Types].xml: what each part is. New parts get an Override beside the existing entries. */
import { partText, setPart, type XlsxPackage } from "./package";
import { insertBeforeClose } from "./relationships";
import { attr, escapeXml, startTags } from "./xml";

const PART = "[Content_Types].xml";

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(pkg: XlsxPackage, part: string): string | undefined {
  const xml = partText(pkg, PART) ?? "";
  const name = `/${part}`.toLowerCase();
  for (const m of xml.matchAll(startTags("Override"))) if ((attr(m[2], "PartName") ?? "").toLowerCase() === name) return attr(m[2], "ContentType");
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const m of xml.matchAll(startTags("Default"))) if ((attr(m[2], "Extension") ?? "").toLowerCase() === ext) return attr(m[2], "ContentType");
  return undefined;
}

/** Declares `part` as `contentType` (an Override), unless it already is. */
export function addContentTypeOverride(pkg: XlsxPackage, part: string, contentType: string): void {
  if (contentTypeOf(pkg, part) === contentType) return;
  const xml = partText(pkg, PART);
  if (xml === undefined) throw new Error("package without [Content_Types].xml");
  setPart(pkg, PART, insertBeforeClose(xml, "Types", `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`));
}

/** Declares a Default for an extension (png, jpeg, …) unless one exists. */
export function addContentTypeDefault(pkg: XlsxPackage, extension: string, contentType: string): void {
  const xml = partText(pkg, PART);
  if (xml === undefined) throw new Error("package without [Content_Types].xml");
  for (const m of xml.matchAll(startTags("Default"))) if ((attr(m[2], "Extension") ?? "").toLowerCase() === extension.toLowerCase()) return;
  setPart(pkg, PART, insertBeforeClose(xml, "Types", `<Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(contentType)}"/>`));
}
