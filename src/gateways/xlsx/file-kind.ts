/**
 * Tells what a file is from its bytes, before ExcelJS sees it, so that an .xls, an encrypted
 * workbook or a renamed text file gets a clear message instead of a parser error.
 */
export type FileKind = "xlsx" | "xls" | "ods" | "encrypted" | "empty" | "not-a-workbook";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REQUIRED_ENTRIES = ["[Content_Types].xml", "xl/workbook.xml"];

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = zipEntryNames(bytes);
    // Without a readable central directory (a truncated download), fall back to the names in
    // the local headers; a damaged workbook is then still reported as one, not as "not Excel".
    // A download cut short may end before xl/workbook.xml: a package that began as an Office
    // file ([Content_Types].xml first) is then a damaged workbook too.
    const found = names
      ? REQUIRED_ENTRIES.every((n) => names.has(n))
      : indexOf(bytes, ascii(REQUIRED_ENTRIES[0])) >= 0;
    if (found) return "xlsx";
    // An OpenDocument package stores its "mimetype" entry first and uncompressed (ODF 1.2, part 3, §3.3).
    return names?.has("mimetype") && indexOf(bytes, ascii("application/vnd.oasis.opendocument")) >= 0 ? "ods" : "not-a-workbook";
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted .xlsx is an OLE (compound file) container holding an "EncryptedPackage"
    // stream; the directory stores stream names in UTF-16LE.
    return indexOf(bytes, utf16le("EncryptedPackage")) >= 0 ? "encrypted" : "xls";
  }
  return "not-a-workbook";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * The entry names from the zip's central directory (at the end of the file: cheap to read
 * however large the workbook is). Undefined when the directory cannot be found.
 */
function zipEntryNames(bytes: Uint8Array): Set<string> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End-of-central-directory record: 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder("utf-8");
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return undefined;
    names.add(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i); // ASCII: high byte 0
  return out;
}

/** Plain byte search; runs on Uint8Array so the same code works in the browser. */
function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
