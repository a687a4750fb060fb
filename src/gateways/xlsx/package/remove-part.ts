/**
 * Removing parts the tool wrote itself (a regenerated 自评汇总's old drawing and chart): the part,
 * its content-type Override and its own relationships part. Never used on a user's part.
 */
import { findPart, partText, setPart, type XlsxPackage } from "./package";
import { relsPartOf } from "./part-names";
import { relationshipsOf } from "./relationships";
import { attr, startTags } from "./xml";

export function removePart(pkg: XlsxPackage, name: string): void {
  const stored = findPart(pkg, name);
  if (!stored) return;
  pkg.parts.delete(stored);
  pkg.names.delete(stored.toLowerCase());
  const types = partText(pkg, "[Content_Types].xml");
  if (types) {
    const wanted = `/${stored}`.toLowerCase();
    let out = types;
    for (const m of types.matchAll(startTags("Override"))) {
      if ((attr(m[2], "PartName") ?? "").toLowerCase() === wanted) out = out.replace(m[0], "");
    }
    if (out !== types) setPart(pkg, "[Content_Types].xml", out);
  }
  const rels = findPart(pkg, relsPartOf(stored));
  if (rels) {
    pkg.parts.delete(rels);
    pkg.names.delete(rels.toLowerCase());
  }
}

/** A part and every part it links to, depth first (drawings → charts), for the tool's own parts. */
export function removePartTree(pkg: XlsxPackage, name: string): void {
  for (const r of relationshipsOf(pkg, name)) if (!r.external && r.part) removePartTree(pkg, r.part);
  removePart(pkg, name);
}
