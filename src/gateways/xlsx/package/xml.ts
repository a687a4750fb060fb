/**
 * The few XML operations the package layer needs, on text, so that every byte we do not mean to
 * change stays as it was (a DOM round trip would re-encode entities, quotes and whitespace).
 * Element names match with any namespace prefix ("c", "x:c"): generators write both.
 */

/** Attributes of a start tag, quotes and ">" inside values allowed. */
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** Start tags (and empty-element tags) of `local` with any prefix; groups: 1 prefix, 2 attributes, 3 "/" when empty. */
export function startTags(local: string): RegExp {
  return new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${local}(?=[\\s/>])(${ATTRS})(/?)>`, "g");
}

/** The whole element `local` (first occurrence from `from`), empty or with content; no nesting of the same name. */
export function findElement(xml: string, local: string, from = 0): { start: number; end: number; prefix: string; attrs: string; inner?: string } | undefined {
  const re = startTags(local);
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return undefined;
  const openEnd = m.index + m[0].length;
  if (m[3] === "/") return { start: m.index, end: openEnd, prefix: m[1], attrs: m[2] };
  const close = `</${m[1]}${local}>`;
  const closeAt = xml.indexOf(close, openEnd);
  if (closeAt < 0) return undefined;
  return { start: m.index, end: closeAt + close.length, prefix: m[1], attrs: m[2], inner: xml.slice(openEnd, closeAt) };
}

/** Removes every `local` element (any prefix, empty or not). */
export function removeElements(xml: string, local: string): string {
  let out = xml;
  for (let el = findElement(out, local); el; el = findElement(out, local, el.start)) out = out.slice(0, el.start) + out.slice(el.end);
  return out;
}

/** The value of attribute `name` (exact, may be prefixed like "r:id") in an attribute string, decoded. */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** Sets (or adds) an attribute in an attribute string; `value` is raw text, escaped here. */
export function setAttr(attrs: string, name: string, value: string): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const text = `${name}="${escapeXml(value)}"`;
  return re.test(attrs) ? attrs.replace(re, (_m, space: string) => space + text) : `${attrs} ${text}`;
}

export function removeAttr(attrs: string, name: string): string {
  return attrs.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The prefix a document binds to `uri` ("" for the default namespace), or undefined. */
export function prefixFor(xml: string, uri: string): string | undefined {
  const re = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) if ((m[2] ?? m[3]) === uri) return m[1] ?? "";
  return undefined;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e]!;
  });
}

/** Our own element text (written without prefixes) in a part whose SpreadsheetML elements carry `prefix` ("x:"). */
export function withPrefix(element: string, prefix: string): string {
  return prefix ? element.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : element;
}
