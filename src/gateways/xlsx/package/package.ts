/**
 * An .xlsx as a package of parts: bytes in, bytes out. Parts the tool does not edit keep their
 * exact bytes; edited parts are replaced whole. Works in Node and in the browser (JSZip only).
 */
import JSZip from "jszip";

export interface XlsxPackage {
  /** Part name (zip entry without leading "/") → bytes, in the order of the input zip. */
  readonly parts: Map<string, Uint8Array>;
  /** Lower-case name → name: part names are case-insensitive (OPC). */
  readonly names: Map<string, string>;
}

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Unzips every part. Throws JSZip's error for a damaged zip (callers turn it into a message). */
export async function readPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const pkg: XlsxPackage = { parts: new Map(), names: new Map() };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    setPart(pkg, entry.name.replace(/^\/+/, ""), await entry.async("uint8array"));
  }
  return pkg;
}

/** Zips the parts ([Content_Types].xml first, as Office does), deflated. */
export async function writePackage(pkg: XlsxPackage, options: { store?: boolean } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const first = findPart(pkg, "[Content_Types].xml");
  // No folder entries: Office writes none, and a part-by-part comparison should see only parts.
  if (first) zip.file(first, pkg.parts.get(first)!, { createFolders: false });
  for (const [name, data] of pkg.parts) if (name !== first) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({
    type: "uint8array",
    compression: options.store ? "STORE" : "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/** A copy sharing the (never mutated) part bytes: cheap, and edits to the copy leave the original alone. */
export function clonePackage(pkg: XlsxPackage): XlsxPackage {
  return { parts: new Map(pkg.parts), names: new Map(pkg.names) };
}

/** The stored name of a part, whatever its case; undefined when absent. */
export function findPart(pkg: XlsxPackage, name: string): string | undefined {
  return pkg.names.get(name.replace(/^\/+/, "").toLowerCase());
}

export function hasPart(pkg: XlsxPackage, name: string): boolean {
  return findPart(pkg, name) !== undefined;
}

export function partBytes(pkg: XlsxPackage, name: string): Uint8Array | undefined {
  const stored = findPart(pkg, name);
  return stored === undefined ? undefined : pkg.parts.get(stored);
}

/**
 * A part as text, or undefined when absent: UTF-8 (a BOM dropped), or UTF-16 when the part
 * starts with its byte-order mark (XML allows both; a few generators write UTF-16).
 */
export function partText(pkg: XlsxPackage, name: string): string | undefined {
  const bytes = partBytes(pkg, name);
  if (!bytes) return undefined;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const text = utf16 ? new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes) : utf8.decode(bytes);
  const plain = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Re-encoded as UTF-8 by whoever writes it: the declaration must say so.
  return utf16 ? plain.replace(/^(<\?xml[^>]*encoding\s*=\s*["'])utf-16(["'])/i, "$1UTF-8$2") : plain;
}

/** Adds or replaces a part (keeping the stored name's case when it exists). */
export function setPart(pkg: XlsxPackage, name: string, data: Uint8Array | string): void {
  const stored = findPart(pkg, name) ?? name.replace(/^\/+/, "");
  pkg.parts.set(stored, typeof data === "string" ? encoder.encode(data) : data);
  pkg.names.set(stored.toLowerCase(), stored);
}

/** A part name not yet used: "xl/worksheets/sheet{n}.xml" with the smallest free n ≥ 1. */
export function freePartName(pkg: XlsxPackage, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) if (!hasPart(pkg, pattern(n))) return pattern(n);
}
