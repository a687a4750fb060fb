/**
 * Text normalisation shared by every label and value the reader looks at.
 * Full-width digits and punctuation become ASCII, all kinds of spaces disappear.
 */
const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;

/** Any character toHalfWidth changes: most text has none, and is returned as it is. */
const WIDE = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Text of a cell value for matching: half-width, no whitespace or control characters. */
export function compact(s: string): string {
  return toHalfWidth(s).replace(/[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]+/g, "");
}

/**
 * A label reduced to what identifies it: no spaces, no list numbering ("1." "（一）" "一、"),
 * no trailing colon, no unit in brackets, one kind of quote. "（三）“三公”经费预算数（万元）："
 * becomes "\"三公\"经费预算数".
 */
export function labelKey(s: string): string {
  let t = compact(s)
    .replace(/[“”„‟″＂「」『』]/g, '"')
    .replace(/[‘’']/g, '"')
    .replace(/^(\(?[0-9一二三四五六七八九十]+[)）.、．]|\([一二三四五六七八九十0-9]+\))/, "")
    .replace(/[:：]$/, "");
  // A unit or weight in brackets at the end is not part of the label.
  t = t.replace(/\((?:单位[:：]?)?(?:元|万元|千元|亿元|%|人|个|项|\d+(?:\.\d+)?分)\)$/, "");
  return t;
}


/**
 * Control characters other than tab and newline cannot be stored in .xlsx or .docx XML (the
 * file becomes unreadable); text copied from other systems sometimes carries them.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}
