/** XML text escaping and attribute reading for the chart parts (strings in, strings out). */

/** For attribute values (quoted with "). */
export function escapeXml(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** For element text: only what XML requires, so a formula's quotes stay readable. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** The attributes of every `<prefix:tag …/>` or `<tag …>` element, values unescaped. */
export function elementsAttributes(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const element = new RegExp(`<(?:[\\w]+:)?${tag}\\b([^>]*)>`, "g");
  for (const m of xml.matchAll(element)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs[a[1]] = unescapeXml(a[3] ?? a[4] ?? "");
    out.push(attrs);
  }
  return out;
}
