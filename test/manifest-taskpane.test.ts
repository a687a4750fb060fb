/**
 * manifest-taskpane.xml, the task-pane-only manifest for Excel without a shared runtime or
 * custom functions (Excel LTSC 2021): it validates against the same schema copy as
 * manifest.xml, opens the same page marked ?functions=none, and carries no shared runtime and
 * no custom functions, so it installs where manifest.xml cannot.
 */
import * as path from "path";
import { DEV_ORIGIN, ROOT, assetFile, byId, els, one, overrides, pngSize, readManifest, text, xmllintValidate } from "./helpers/manifest-xml";

const FILE = path.join(ROOT, "manifest-taskpane.xml");
const m = readManifest(FILE);
const main = readManifest(path.join(ROOT, "manifest.xml"));
const PAGE = `${DEV_ORIGIN}taskpane.html?functions=none`;

test("validates against the schema copy", () => {
  const r = xmllintValidate(FILE);
  expect(r.output).toContain("validates");
  expect(r.status).toBe(0);
});

test("its own Id, the same provider, host and permissions as manifest.xml; no requirement that would hide it", () => {
  expect(text(m.xml, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(text(m.xml, "Id")).not.toBe(text(main.xml, "Id"));
  expect(text(m.xml, "ProviderName")).toBe(text(main.xml, "ProviderName"));
  expect(text(m.xml, "Permissions")).toBe("ReadWriteDocument");
  expect(els(m.xml, "Requirements")).toEqual([]);
  expect(one(m.xml, "DisplayName").attrs.DefaultValue).toMatch(/task pane/);
});

test("no shared runtime, no custom functions; the page it opens knows it (?functions=none)", () => {
  expect(els(m.versionOverrides, "Runtimes")).toEqual([]);
  expect(els(m.versionOverrides, "ExtensionPoint").map((e) => e.attrs["xsi:type"])).toEqual(["PrimaryCommandSurface"]);
  expect(els(m.versionOverrides, "FunctionFile")).toEqual([]);
  expect(m.xml).not.toMatch(/functions(-zh-cn)?\.(js|json)/);
  expect(one(one(m.xml, "DefaultSettings").inner, "SourceLocation").attrs.DefaultValue).toBe(PAGE);
  const action = one(m.versionOverrides, "Action");
  expect(byId(m.urls).get(one(action.inner, "SourceLocation").attrs.resid)?.attrs.DefaultValue).toBe(PAGE);
});

test("every resid is defined, every string has a zh-CN override, every URL is https on the dev origin, icons exist", () => {
  const ids = new Set([...m.images, ...m.urls, ...m.shortStrings, ...m.longStrings].map((e) => e.attrs.id));
  for (const ref of m.versionOverrides.matchAll(/\bresid="([^"]*)"/g)) expect(ids).toContain(ref[1]);
  for (const s of [...m.shortStrings, ...m.longStrings]) expect([...overrides(s).keys()]).toEqual(["zh-CN"]);
  const urls = [...m.raw.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((x) => x[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  for (const image of m.images) {
    const size = Number(/^Icon\.(\d+)x\1$/.exec(image.attrs.id)![1]);
    expect(pngSize(assetFile(image.attrs.DefaultValue))).toEqual({ width: size, height: size });
  }
});
