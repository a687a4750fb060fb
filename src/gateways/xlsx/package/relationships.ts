/** Relationships parts (.rels): read them, and add a relationship beside the existing ones. */
import { findPart, partText, setPart, type XlsxPackage } from "./package";
import { relativeTarget, relsPartOf, resolveTarget } from "./part-names";
import { attr, escapeXml, startTags } from "./xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written in the part. */
  readonly target: string;
  readonly external: boolean;
  /** The part it points to (resolved, no leading "/"); undefined for external targets. */
  readonly part?: string;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The relationships of `sourcePart` ("" for the package itself); [] when it has none. */
export function relationshipsOf(pkg: XlsxPackage, sourcePart: string): Relationship[] {
  const xml = partText(pkg, relsPartOf(sourcePart));
  if (!xml) return [];
  const out: Relationship[] = [];
  for (const m of xml.matchAll(startTags("Relationship"))) {
    const id = attr(m[2], "Id") ?? "";
    const type = attr(m[2], "Type") ?? "";
    const target = attr(m[2], "Target") ?? "";
    const external = attr(m[2], "TargetMode") === "External";
    out.push({ id, type, target, external, part: external ? undefined : findPart(pkg, resolveTarget(sourcePart, target)) ?? resolveTarget(sourcePart, target) });
  }
  return out;
}

/** The first relationship whose type ends with "/" + `kind` (transitional or strict URIs alike). */
export function relationshipOfKind(pkg: XlsxPackage, sourcePart: string, kind: string): Relationship | undefined {
  return relationshipsOf(pkg, sourcePart).find((r) => r.type.endsWith(`/${kind}`));
}

/** Adds a relationship from `sourcePart` to `targetPart` and returns its new, unused id. */
export function addRelationship(pkg: XlsxPackage, sourcePart: string, type: string, targetPart: string): string {
  const relsPart = relsPartOf(sourcePart);
  const xml = partText(pkg, relsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const used = new Set(relationshipsOf(pkg, sourcePart).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(sourcePart, targetPart))}"/>`;
  setPart(pkg, relsPart, insertBeforeClose(xml, "Relationships", element));
  return id;
}

/** Inserts `content` before the closing tag of the root element `local` (expanding an empty root). */
export function insertBeforeClose(xml: string, local: string, content: string): string {
  const close = new RegExp(`</((?:[\\w.-]+:)?)${local}>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + content + xml.slice(close.index);
  const empty = new RegExp(`<((?:[\\w.-]+:)?)${local}(\\s[^>]*)?/>\\s*$`).exec(xml);
  if (!empty) throw new Error(`no <${local}> root`);
  return `${xml.slice(0, empty.index)}<${empty[1]}${local}${empty[2] ?? ""}>${content}</${empty[1]}${local}>`;
}
