/**
 * Reading Office add-in manifests in tests: xmllint validation against the schema copy in
 * test/schemas/office-manifest/ (its README says what it is), and a few regular-expression
 * helpers to pick elements out (no DOM in Node).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const SCHEMA = path.join(ROOT, "test", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
export const DEV_ORIGIN = "https://localhost:3000/";

// ---------------------------------------------------------------- xmllint

export interface LintResult {
  status: number | null;
  output: string;
}

/** Validates one file against the schema copy. Throws (never skips) when xmllint is missing. */
export function xmllintValidate(file: string): LintResult {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8", timeout: 60000 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT"
        ? "xmllint was not found on PATH. The manifest schema test needs it and does not skip: " +
            "install libxml2-utils (Debian/Ubuntu: apt-get install libxml2-utils; macOS ships xmllint)."
        : `xmllint could not be run: ${r.error.message}`,
    );
  }
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

export function validateText(xml: string): LintResult {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-manifest-"));
  try {
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, xml);
    return xmllintValidate(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- tiny XML helpers (no DOM)

export const stripComments = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, "");
export interface El {
  name: string; // qualified name as written, e.g. "bt:Url"
  attrs: Record<string, string>;
  inner: string; // "" for self-closing elements
}

export const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** Elements with this exact qualified name (not nested in themselves) inside `scope`. */
export function els(scope: string, name: string): El[] {
  const q = name.replace(/[.:]/g, (c) => `\\${c}`);
  const re = new RegExp(`<${q}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${q}>)`, "g");
  return [...scope.matchAll(re)].map((m) => ({ name, attrs: parseAttrs(m[1]), inner: m[2] ?? "" }));
}

export function one(scope: string, name: string): El {
  const found = els(scope, name);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

export const text = (scope: string, name: string) => decode(one(scope, name).inner.trim());

/** A manifest file read into the parts the tests look at. */
export function readManifest(file: string) {
  const raw = readFileSync(file, "utf8");
  const xml = stripComments(raw);
  const versionOverrides = one(xml, "VersionOverrides").inner;
  const resources = one(versionOverrides, "Resources").inner;
  return {
    raw,
    xml,
    versionOverrides,
    images: els(one(resources, "bt:Images").inner, "bt:Image"),
    urls: els(one(resources, "bt:Urls").inner, "bt:Url"),
    shortStrings: els(one(resources, "bt:ShortStrings").inner, "bt:String"),
    longStrings: els(one(resources, "bt:LongStrings").inner, "bt:String"),
  };
}

export const byId = (list: El[]) => new Map(list.map((e) => [e.attrs.id, e]));

export function overrides(e: El): Map<string, string> {
  return new Map(els(e.inner, "bt:Override").map((o) => [o.attrs.Locale, o.attrs.Value]));
}

// ---------------------------------------------------------------- PNG

export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(signature) || b.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-32.png → <root>/assets/icon-32.png */
export function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
  return path.join(ROOT, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
}

