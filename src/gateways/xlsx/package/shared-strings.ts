/** The shared strings part: the tool's strings are appended after the user's, whose indexes stay valid. */
import { addContentTypeOverride } from "./content-types";
import { findPart, partText, setPart, type XlsxPackage } from "./package";
import { addRelationship, relationshipOfKind } from "./relationships";
import { MAIN } from "./reading-view";
import { REL, workbookPart } from "./workbook";
import { attr, findElement, prefixFor, setAttr, startTags } from "./xml";

const SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/**
 * Appends string items (<si>…</si>, written without prefix) and returns the index of the first;
 * `references` is how many cells use them (for the part's count attribute).
 */
export function appendSharedStrings(pkg: XlsxPackage, items: readonly string[], references: number): number {
  const wb = workbookPart(pkg)!;
  const rel = relationshipOfKind(pkg, wb, "sharedStrings");
  let part = rel?.part ? findPart(pkg, rel.part) : undefined;
  if (!part) {
    part = `${wb.slice(0, wb.lastIndexOf("/") + 1)}sharedStrings.xml`;
    setPart(pkg, part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="0" uniqueCount="0"></sst>`);
    addContentTypeOverride(pkg, part, SST_CONTENT);
    addRelationship(pkg, wb, `${REL}/sharedStrings`, part);
  }
  const xml = partText(pkg, part)!;
  const sst = findElement(xml, "sst")!;
  const existing = [...(sst.inner ?? "").matchAll(startTags("si"))].length;
  if (items.length === 0) return existing;
  const p = prefixFor(xml, MAIN);
  const pre = p ? `${p}:` : "";
  const added = pre ? items.map((s) => s.replace(/<(\/?)([A-Za-z])/g, `<$1${pre}$2`)).join("") : items.join("");
  let attrs = setAttr(sst.attrs, "uniqueCount", String(existing + items.length));
  attrs = setAttr(attrs, "count", String((Number(attr(sst.attrs, "count")) || existing) + references));
  setPart(pkg, part, `${xml.slice(0, sst.start)}<${sst.prefix}sst${attrs}>${sst.inner ?? ""}${added}</${sst.prefix}sst>${xml.slice(sst.end)}`);
  return existing;
}

/** The <si> items of a shared strings part, as written. */
export function sharedStringItems(xml: string): string[] {
  const sst = findElement(xml, "sst");
  const inner = sst?.inner ?? "";
  const out: string[] = [];
  const re = startTags("si");
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    if (m[3] === "/") {
      out.push(m[0]);
      continue;
    }
    const close = `</${m[1]}si>`;
    const end = inner.indexOf(close, re.lastIndex) + close.length;
    out.push(inner.slice(m.index, end));
    re.lastIndex = end;
  }
  return out;
}
