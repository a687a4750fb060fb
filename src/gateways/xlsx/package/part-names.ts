/**
 * Part names of an Open Packaging Conventions package (ECMA-376 Part 2). Inside this layer a
 * part is named as its zip entry without a leading "/"; targets of relationships may be
 * relative to the source part or absolute ("/xl/comments/comment1.xml"), and both mean the same.
 */

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationships part belongs to: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → "". */
export function sourceOfRels(relsPart: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPart);
  return m ? m[1] + m[2] : "";
}

/** Resolves a relationship's target against its source part; the result has no leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURI(t);
  } catch {
    // Not percent-encoded text: use as written.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The target to write for `part` in a relationship from `sourcePart`: relative, as Office writes it. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array(from.length - i).fill(".."), ...to.slice(i)].join("/");
}
