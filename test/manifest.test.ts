/**
 * manifest.xml: schema validation with xmllint against the copy in test/schemas/office-manifest/
 * (2019 official XSDs plus the shared-runtime edits, see its README), and the cross-reference
 * rules no XSD can express: one resid for the shared runtime, every resid defined, https only,
 * zh-CN overrides, and icons of the right pixel size.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import {
  DEV_ORIGIN, ROOT, SCHEMA, assetFile, byId, decode, els, one, overrides, pngSize, readManifest, text, validateText, xmllintValidate, type El,
} from "./helpers/manifest-xml";

const MANIFEST = path.join(ROOT, "manifest.xml");
const SHARED_RESID = "Taskpane.Url";
const { raw, xml, versionOverrides, images, urls, shortStrings, longStrings } = readManifest(MANIFEST);

// ================================================================ tests

describe("schema validation (xmllint, test/schemas/office-manifest)", () => {
  test("the schema copy is present", () => {
    expect(existsSync(SCHEMA)).toBe(true);
  });

  test("manifest.xml validates", () => {
    const r = xmllintValidate(MANIFEST);
    expect(r.output).toContain("validates");
    expect(r.status).toBe(0);
  });

  test("the schema copy rejects <Runtimes> moved after </DesktopFormFactor>", () => {
    const runtimes = raw.match(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/);
    expect(runtimes).not.toBeNull();
    const broken = raw.replace(runtimes![0], "").replace("</DesktopFormFactor>", `</DesktopFormFactor>${runtimes![0]}`);
    expect(broken).not.toBe(raw);
    const r = validateText(broken);
    expect(r.output).toMatch(/Runtimes': This element is not expected/);
    expect(r.output).toContain("fails to validate");
    expect(r.status).toBe(3);
  });

  test("the schema copy rejects a bad lifetime and a resid over 32 characters", () => {
    const badLifetime = raw.replace('lifetime="long"', 'lifetime="forever"');
    expect(badLifetime).not.toBe(raw);
    expect(validateText(badLifetime).status).toBe(3);

    const longId = "Taskpane.Url.ThatIsFarTooLong.X33";
    expect(longId).toHaveLength(33);
    const badResid = raw.replace(`<Runtime resid="${SHARED_RESID}"`, `<Runtime resid="${longId}"`);
    expect(badResid).not.toBe(raw);
    expect(validateText(badResid).status).toBe(3);
  });
});

describe("base manifest", () => {
  test("identity, locale, host, requirements, permissions", () => {
    expect(text(xml, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text(xml, "Version")).toBe("1.0.0.0");
    expect(text(xml, "ProviderName")).not.toBe("");
    expect(text(xml, "DefaultLocale")).toBe("en-US");
    expect(one(xml, "OfficeApp").attrs["xsi:type"]).toBe("TaskPaneApp");
    const baseHosts = one(xml.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, ""), "Hosts").inner;
    expect(els(baseHosts, "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    // Only what the shared page needs: custom functions and ExcelApi are checked at run time,
    // so the add-in is not hidden where they are missing (capabilities.ts, run-action.ts).
    const sets = new Map(els(xml, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect([...sets]).toEqual([["SharedRuntime", "1.1"]]);
    expect(text(xml, "Permissions")).toBe("ReadWriteDocument");
    expect(one(one(xml, "DefaultSettings").inner, "SourceLocation").attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("display name and description: English default, zh-CN override", () => {
    const name = one(xml, "DisplayName");
    expect(name.attrs.DefaultValue).toBe("PerfEval Self-Evaluation");
    expect(els(name.inner, "Override").map((o) => o.attrs)).toEqual([{ Locale: "zh-CN", Value: "绩效自评助手" }]);
    const description = els(xml.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, ""), "Description");
    expect(description).toHaveLength(1);
    const descriptionOverrides = els(description[0].inner, "Override");
    expect(descriptionOverrides.map((o) => o.attrs.Locale)).toEqual(["zh-CN"]);
    expect(descriptionOverrides[0].attrs.Value).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("shared runtime", () => {
  test("Runtime, CustomFunctions Page, FunctionFile and ShowTaskpane share one resid", () => {
    const runtime = one(one(versionOverrides, "Runtimes").inner, "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const page = one(one(versionOverrides, "Page").inner, "SourceLocation").attrs.resid;
    const functionFile = one(versionOverrides, "FunctionFile").attrs.resid;
    const actions = els(versionOverrides, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
    expect(actions).toHaveLength(1);
    // One task pane per shared runtime: no TaskpaneId under the host that owns the long-lived runtime.
    expect(els(actions[0].inner, "TaskpaneId")).toEqual([]);
    const showTaskpane = one(actions[0].inner, "SourceLocation").attrs.resid;
    expect([runtime.attrs.resid, page, functionFile, showTaskpane]).toEqual([SHARED_RESID, SHARED_RESID, SHARED_RESID, SHARED_RESID]);
    expect(byId(urls).get(SHARED_RESID)?.attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("custom functions: script, metadata with zh-CN override, namespace JX", () => {
    const cf = els(versionOverrides, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
    expect(cf).toHaveLength(1);
    const scriptId = one(one(cf[0].inner, "Script").inner, "SourceLocation").attrs.resid;
    expect(byId(urls).get(scriptId)?.attrs.DefaultValue).toBe(`${DEV_ORIGIN}functions.js`);

    const metadataId = one(one(cf[0].inner, "Metadata").inner, "SourceLocation").attrs.resid;
    expect(metadataId).toBe("Functions.Metadata.Url");
    const metadata = byId(urls).get(metadataId)!;
    expect(metadata.attrs.DefaultValue).toBe(`${DEV_ORIGIN}functions.json`);
    const metadataOverrides = overrides(metadata);
    expect([...metadataOverrides.keys()]).toEqual(["zh-CN"]);
    expect(metadataOverrides.get("zh-CN")).toMatch(/^https:\/\/localhost:3000\/.*functions-zh-cn\.json$/);

    const namespace = byId(shortStrings).get(one(cf[0].inner, "Namespace").attrs.resid)!;
    expect(namespace.attrs.DefaultValue).toBe("JX");
    // The namespace is the same in every language, like the function names.
    expect(overrides(namespace).size).toBe(0);
  });
});

describe("resources", () => {
  const kinds: Record<string, El[]> = { images, urls, shortStrings, longStrings };
  /** Which resource list a referencing element must point into. */
  function kindOf(element: string): keyof typeof kinds {
    if (element === "bt:Image") return "images";
    if (element === "Label" || element === "Title" || element === "Namespace") return "shortStrings";
    if (element === "Description") return "longStrings";
    return "urls"; // Runtime, SourceLocation, FunctionFile, LearnMoreUrl
  }
  const references = [...versionOverrides.matchAll(/<([\w:]+)\s[^>]*?\bresid="([^"]*)"/g)].map((m) => ({ element: m[1], resid: m[2] }));

  test("every resid names a resource of the right kind; ids are unique and at most 32 characters", () => {
    expect(references.length).toBeGreaterThan(10);
    for (const { element, resid } of references) {
      expect(resid.length).toBeLessThanOrEqual(32);
      const ids = kinds[kindOf(element)].map((e) => e.attrs.id);
      if (!ids.includes(resid)) throw new Error(`<${element} resid="${resid}"> has no ${kindOf(element)} resource`);
    }
    const all = Object.values(kinds).flatMap((list) => list.map((e) => e.attrs.id));
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test("every resource is used", () => {
    const used = new Set(references.map((r) => r.resid));
    const unused = Object.values(kinds)
      .flatMap((list) => list.map((e) => e.attrs.id))
      .filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  test("every short and long string (but the namespace) has one zh-CN override and none for the default locale", () => {
    expect(shortStrings.length + longStrings.length).toBeGreaterThan(0);
    for (const s of [...shortStrings, ...longStrings].filter((x) => x.attrs.id !== "Functions.Namespace")) {
      const o = overrides(s);
      if ([...o.keys()].join() !== "zh-CN") throw new Error(`${s.attrs.id}: overrides ${[...o.keys()].join() || "(none)"}`);
      expect(o.get("zh-CN")!.trim()).not.toBe("");
    }
  });

  test("ribbon labels", () => {
    const shortById = byId(shortStrings);
    const group = one(versionOverrides, "Group");
    const groupLabel = shortById.get(one(group.inner.split("<Control")[0], "Label").attrs.resid)!;
    expect([groupLabel.attrs.DefaultValue, overrides(groupLabel).get("zh-CN")]).toEqual(["Self-Evaluation", "绩效自评"]);
    const button = one(group.inner, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    const buttonLabel = shortById.get(one(button.inner.replace(/<Supertip>[\s\S]*<\/Supertip>/, ""), "Label").attrs.resid)!;
    expect([buttonLabel.attrs.DefaultValue, overrides(buttonLabel).get("zh-CN")]).toEqual(["Open PerfEval", "绩效自评助手"]);
    expect(one(versionOverrides, "OfficeTab").attrs.id).toBe("TabHome");
  });
});

describe("URLs", () => {
  const baseOnly = xml.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, "");
  const urlValues: { where: string; url: string }[] = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) => ({ where: n, url: one(baseOnly, n).attrs.DefaultValue })),
    ...els(baseOnly, "SourceLocation").map((e) => ({ where: "DefaultSettings/SourceLocation", url: e.attrs.DefaultValue })),
    ...images.map((e) => ({ where: `bt:Image ${e.attrs.id}`, url: e.attrs.DefaultValue })),
    ...urls.flatMap((e) => [
      { where: `bt:Url ${e.attrs.id}`, url: e.attrs.DefaultValue },
      ...[...overrides(e)].map(([locale, url]) => ({ where: `bt:Url ${e.attrs.id} (${locale})`, url })),
    ]),
  ];
  const appDomains = els(one(xml, "AppDomains").inner, "AppDomain").map((e) => decode(e.inner.trim()));

  test("every URL is https on the dev origin (the build rewrites https://localhost:3000/)", () => {
    expect(urlValues.length).toBeGreaterThan(10);
    for (const { where, url } of urlValues) {
      if (!url || !url.startsWith(DEV_ORIGIN)) throw new Error(`${where}: ${url} is not under ${DEV_ORIGIN}`);
    }
  });

  test("no comment names the dev origin, so after the production build rewrites it every comment is still true", () => {
    for (const file of [MANIFEST, path.join(ROOT, "manifest-taskpane.xml")]) {
      const comments = readFileSync(file, "utf8").match(/<!--[\s\S]*?-->/g) ?? [];
      expect({ file: path.basename(file), dev: comments.filter((c) => c.includes(DEV_ORIGIN.slice(0, -1))) }).toEqual({ file: path.basename(file), dev: [] });
    }
  });

  test("AppDomains are https origins without a path or trailing slash", () => {
    expect(appDomains.length).toBeGreaterThan(0);
    for (const d of appDomains) expect(d).toMatch(/^https:\/\/[a-z0-9.-]+(:\d+)?$/);
  });

  test("no http:// anywhere except XML namespace names", () => {
    const withoutNamespaces = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
    expect(withoutNamespaces).not.toMatch(/http:\/\//);
  });
});

describe("icons", () => {
  test("every referenced icon exists in assets/ with the right pixel size", () => {
    const baseOnly = xml.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, "");
    const expected: [string, number][] = [
      [one(baseOnly, "IconUrl").attrs.DefaultValue, 32],
      [one(baseOnly, "HighResolutionIconUrl").attrs.DefaultValue, 64],
      ...images.map((e): [string, number] => [e.attrs.DefaultValue, Number(e.attrs.id.match(/^Icon\.(\d+)x\1$/)?.[1])]),
    ];
    for (const [url, size] of expected) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(path.join(ROOT, "assets", "icon-128.png"))).toEqual({ width: 128, height: 128 });
  });

  test("ribbon <bt:Image size=N> points at an N×N image", () => {
    const imageById = byId(images);
    const refs = els(versionOverrides, "bt:Image").filter((e) => e.attrs.size);
    expect(refs.length).toBeGreaterThanOrEqual(6);
    for (const ref of refs) {
      const n = Number(ref.attrs.size);
      expect(pngSize(assetFile(imageById.get(ref.attrs.resid)!.attrs.DefaultValue))).toEqual({ width: n, height: n });
    }
  });

  test("assets/ matches what scripts/make-icons.js generates", () => {
    const out = mkdtempSync(path.join(tmpdir(), "perfeval-icons-"));
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.js"), out], { encoding: "utf8" });
    expect(r.status).toBe(0);
    for (const size of [16, 32, 64, 80, 128]) {
      const name = `icon-${size}.png`;
      expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(ROOT, "assets", name)))).toBe(true);
    }
    rmSync(out, { recursive: true, force: true });
  });
});
