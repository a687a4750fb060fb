/**
 * Strict Open XML (ISO/IEC 29500 Strict, "conformance=strict") names every namespace and
 * relationship type under http://purl.oclc.org/ooxml/…; Transitional, which every reader and
 * writer knows, under http://schemas.openxmlformats.org/…/2006/…. The content is otherwise the
 * same for what we read and write (dates may be ISO text, t="d", which both allow).
 */
import { partText, setPart, type XlsxPackage } from "./package";

const STRICT = /http:\/\/purl\.oclc\.org\/ooxml\/(officeDocument|drawingml|spreadsheetml|wordprocessingml|presentationml|schemaLibrary)\/(\w+)/g;
/** Names (relationship types and the properties parts' namespaces) that differ beyond the base URI. */
const RENAMED_TYPES: Record<string, string> = {
  extendedProperties: "extended-properties",
  customProperties: "custom-properties",
};

export function isStrictText(xml: string): boolean {
  return xml.includes("http://purl.oclc.org/ooxml/");
}

/** One part's text with Strict URIs replaced by their Transitional equivalents. */
export function strictToTransitional(xml: string): string {
  return xml
    .replace(STRICT, (_m, family: string, name: string) => `http://schemas.openxmlformats.org/${family}/2006/${name}`)
    // docProps/app.xml and custom.xml: their namespaces as well as their relationship types.
    .replace(/(schemas\.openxmlformats\.org\/officeDocument\/2006\/(?:relationships\/)?)(extendedProperties|customProperties)\b/g, (_m, base: string, t: string) => base + RENAMED_TYPES[t])
    .replace(/\sconformance\s*=\s*("strict"|'strict')/, "");
}

/** Whether any XML part of the package is Strict. */
export function isStrictPackage(pkg: XlsxPackage): boolean {
  for (const name of pkg.parts.keys()) if (/\.(xml|rels)$/i.test(name) && isStrictText(partText(pkg, name)!)) return true;
  return false;
}

/**
 * Rewrites every XML part of a Strict package in Transitional terms, so the parts the tool adds
 * (Transitional) and the user's parts agree. Returns whether anything changed.
 */
export function packageToTransitional(pkg: XlsxPackage): boolean {
  let changed = false;
  for (const name of [...pkg.parts.keys()]) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const text = partText(pkg, name)!;
    if (!isStrictText(text)) continue;
    setPart(pkg, name, strictToTransitional(text));
    changed = true;
  }
  return changed;
}
