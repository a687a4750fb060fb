/**
 * scripts/package-wps.js without webpack (a stand-in add-in folder with the real ribbon.xml):
 * what an IT administrator receives beside the add-in, and install-linux.sh run on copies of
 * the files it changes (a user's jsaddons folder that already lists other add-ins, an oem.ini
 * that already has its sections). test/wps-package.test.ts checks the add-in webpack builds.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageWps, PLACEHOLDER_URL } = require("../scripts/package-wps.js");

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), "perfeval-wps-layout-"))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** dist/perfeval/ as webpack leaves it, in small: the pane page and the real ribbon. */
function built(): string {
  const dist = path.join(root, "dist");
  mkdirSync(path.join(dist, "perfeval"), { recursive: true });
  writeFileSync(path.join(dist, "perfeval", "taskpane.html"), "<!doctype html>");
  copyFileSync(path.join(__dirname, "..", "src", "taskpane", "ribbon.xml"), path.join(dist, "perfeval", "ribbon.xml"));
  return dist;
}

const read = (...parts: string[]) => readFileSync(path.join(...parts), "utf8");
const wellFormed = (file: string) => spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });

describe("the server URL", () => {
  it("unset: the placeholder is written, and the build says so in the console's warnings, jsplugins.xml and README.md", () => {
    const dist = built();
    const { warnings } = packageWps(dist, "1.2.3", { functions: [] }, "");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("PERFEVAL_WPS_URL");
    const list = read(dist, "jsplugins.xml");
    expect(list).toContain(`url="${PLACEHOLDER_URL}"`);
    expect(list).toMatch(/<!-- 注意：url 是占位地址/);
    expect(wellFormed(path.join(dist, "jsplugins.xml")).status).toBe(0);
    const readme = read(dist, "README.md");
    expect(readme.startsWith("> **注意（构建时）**：未设置 PERFEVAL_WPS_URL")).toBe(true);
    expect(readme).toContain(read(__dirname, "..", "docs", "wps.md"));
  });

  it("set: that URL, no warning anywhere", () => {
    const dist = built();
    const { warnings } = packageWps(dist, "1.2.3", { functions: [] }, "http://oa.example.gov.cn/wps/perfeval/");
    expect(warnings).toEqual([]);
    expect(read(dist, "jsplugins.xml")).toContain('url="http://oa.example.gov.cn/wps/perfeval/"');
    expect(read(dist, "jsplugins.xml")).not.toContain("占位");
    expect(read(dist, "README.md")).toBe(read(__dirname, "..", "docs", "wps.md"));
  });
});

describe("the offline folder", () => {
  it("jsaddons/ holds only what goes into a user's jsaddons in jsplugins.xml mode; publish.xml (the other mode) stays outside it", () => {
    const dist = built();
    packageWps(dist, "1.2.3", { functions: [] }, "http://x/");
    expect(readdirSync(path.join(dist, "offline", "jsaddons")).sort()).toEqual(["jsplugins.xml", "perfeval_1.2.3"]);
    expect(read(dist, "offline", "publish.xml")).toContain('<jsplugin name="perfeval" type="et" url="perfeval_1.2.3" version="1.2.3"');
    for (const f of ["offline/jsaddons/jsplugins.xml", "offline/publish.xml"])
      expect({ f, status: wellFormed(path.join(dist, f)).status }).toEqual({ f, status: 0 });
  });

  it("the oem.ini lines: LF for Linux, CRLF for Windows, both naming [Support] JsApiPlugin=true and the two Linux install paths", () => {
    const dist = built();
    packageWps(dist, "1.2.3", { functions: [] }, "http://x/");
    const linux = read(dist, "offline", "oem.ini.linux.txt");
    const windows = read(dist, "offline", "oem.ini.windows.txt");
    expect(linux).not.toContain("\r");
    expect(
      windows
        .split("\n")
        .slice(0, -1)
        .every((line) => line.endsWith("\r")),
    ).toBe(true);
    for (const text of [linux, windows]) expect(text).toMatch(/^\[Support\]\r?\nJsApiPlugin=true\r?$/m);
    expect(linux).toContain("/opt/kingsoft/wps-office/office6/cfgs/oem.ini");
    expect(linux).toContain("/opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini");
    expect(existsSync(path.join(dist, "offline", "oem.ini.txt"))).toBe(false);
  });

  it("refuses a ribbon.xml that does not start with <customUI (Kingsoft's publish page checks it)", () => {
    const dist = built();
    writeFileSync(path.join(dist, "perfeval", "ribbon.xml"), `<!-- note -->\n${read(dist, "perfeval", "ribbon.xml")}`);
    expect(() => packageWps(dist, "1.2.3", { functions: [] }, "http://x/")).toThrow(/<customUI/);
  });
});

describe("install-linux.sh", () => {
  function install(jsaddons: string, oem: string) {
    const dist = built();
    packageWps(dist, "1.2.3", { functions: [] }, "http://x/");
    return spawnSync("sh", [path.join(dist, "offline", "install-linux.sh")], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: root, PERFEVAL_JSADDONS: jsaddons, PERFEVAL_OEM_INI: oem },
    });
  }

  it("merges into a jsplugins.xml that lists other add-ins (even on one line) and sets JsApiPlugin inside the existing [Support] section", () => {
    const jsaddons = path.join(root, "jsaddons");
    mkdirSync(jsaddons);
    const others = '<jspluginonline name="OaAssist" type="wps" url="http://oa.example/OaAssist/"/>';
    writeFileSync(
      path.join(jsaddons, "jsplugins.xml"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins> ${others} <jsplugin name="perfeval" type="et" url="perfeval_1.0.0" version="1.0.0" enable="true"/> </jsplugins>\n`,
    );
    const oem = path.join(root, "oem.ini");
    writeFileSync(oem, "[Setup]\nLANG_ID=2052\n[Support]\nJsApiShowWebDebugger=true\n[Server]\nJSPluginsServer=\n");
    for (let run = 0; run < 2; run++) {
      const result = install(jsaddons, oem);
      expect({ run, status: result.status, stderr: result.stderr }).toEqual({ run, status: 0, stderr: "" });
    }
    const list = read(jsaddons, "jsplugins.xml");
    expect(list).toContain(others);
    expect(list.match(/name="perfeval"/g)).toHaveLength(1);
    expect(list).toContain('url="perfeval_1.2.3" version="1.2.3"');
    expect(wellFormed(path.join(jsaddons, "jsplugins.xml")).status).toBe(0);
    expect(existsSync(path.join(jsaddons, "perfeval_1.2.3", "ribbon.xml"))).toBe(true);
    expect(read(oem)).toBe("[Setup]\nLANG_ID=2052\n[Support]\nJsApiPlugin=true\nJsApiShowWebDebugger=true\n[Server]\nJSPluginsServer=\n");
    expect(read(root, "oem.ini.perfeval.bak")).toBe(read(oem)); // the second run's copy of the first run's result
  });

  it("creates jsplugins.xml when there is none; turns JsApiPlugin=false on; adds [Support] only when oem.ini has none", () => {
    const jsaddons = path.join(root, "new", "jsaddons");
    const off = path.join(root, "off.ini");
    writeFileSync(off, "[support]\nJsApiPlugin = false\n");
    expect(install(jsaddons, off).status).toBe(0);
    expect(read(off)).toBe("[support]\nJsApiPlugin=true\n");
    expect(read(jsaddons, "jsplugins.xml")).toContain('<jsplugin name="perfeval" type="et" url="perfeval_1.2.3"');
    const bare = path.join(root, "bare.ini");
    writeFileSync(bare, "[Setup]\nLANG_ID=2052\n");
    expect(install(jsaddons, bare).status).toBe(0);
    expect(read(bare)).toBe("[Setup]\nLANG_ID=2052\n\n[Support]\nJsApiPlugin=true\n");
  });

  it("names what is missing when WPS's oem.ini is not where it looks", () => {
    const result = install(path.join(root, "jsaddons"), path.join(root, "nowhere", "oem.ini"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("未找到 WPS 的 oem.ini");
  });
});
