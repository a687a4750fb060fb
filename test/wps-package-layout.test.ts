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
const { packageWps, summaryLines, PLACEHOLDER_URL } = require("../scripts/package-wps.js");

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

describe("the build's last lines", () => {
  it("are Chinese, like the rest of the build's output, and name the offline folder with its installer", () => {
    const dist = built();
    const lines: string[] = summaryLines(dist, packageWps(dist, "1.2.3", { functions: [] }, "http://x/"));
    expect(lines.join("\n")).not.toMatch(/WPS add-in|Offline|Publish page/);
    expect(lines).toContain(`单机离线安装包：${path.join(dist, "offline")}（Linux 上运行其中的 install-linux.sh，卸载加 --uninstall）`);
    expect(lines[0]).toBe(`WPS 加载项（放在服务器上时用）：${path.join(dist, "perfeval")}`);
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
    const original = "[Setup]\nLANG_ID=2052\n[Support]\nJsApiShowWebDebugger=true\n[Server]\nJSPluginsServer=\n";
    writeFileSync(oem, original);
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
    expect(read(root, "oem.ini.perfeval.bak")).toBe(original); // the second run left the first run's backup alone
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

  it("another JSPluginsServer in oem.ini ([server] in any case, BOM, CRLF): refuses in Chinese, exit 2, oem.ini and jsplugins.xml untouched", () => {
    const jsaddons = path.join(root, "jsaddons");
    mkdirSync(jsaddons);
    const list = '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="OaAssist" type="wps" url="http://oa.example/OaAssist/"/>\n</jsplugins>\n';
    writeFileSync(path.join(jsaddons, "jsplugins.xml"), list);
    const oem = path.join(root, "oem.ini");
    const original = "\ufeff[support]\r\nJsApiPlugin=true\r\n[server]\r\njspluginsserver = http://oa.example/wps/jsplugins.xml\r\n";
    writeFileSync(oem, original);
    const result = install(jsaddons, oem);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("已配置 JSPluginsServer=http://oa.example/wps/jsplugins.xml");
    expect(result.stderr).toContain("本脚本没有修改本机的 jsplugins.xml 和 oem.ini");
    expect(result.stderr).toContain("请由该服务器的管理员把下面一行加到那份 jsplugins.xml");
    expect(result.stderr).toContain('<jsplugin name="perfeval" type="et" url="perfeval_1.2.3" version="1.2.3" enable="true"/>');
    expect(readFileSync(oem).equals(Buffer.from(original, "utf8"))).toBe(true);
    expect(read(jsaddons, "jsplugins.xml")).toBe(list);
    expect(readdirSync(root).filter((f) => f.endsWith(".bak"))).toEqual([]);
    expect(readdirSync(jsaddons).filter((f) => f.endsWith(".bak"))).toEqual([]);
  });

  it("a JSPluginsServer naming this user's own jsplugins.xml is no other server: the install goes on", () => {
    const jsaddons = path.join(root, "jsaddons");
    const oem = path.join(root, "oem.ini");
    writeFileSync(oem, `[Server]\nJSPluginsServer=${path.join(jsaddons, "jsplugins.xml")}\n`);
    const result = install(jsaddons, oem);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(read(oem)).toBe(`[Server]\nJSPluginsServer=${path.join(jsaddons, "jsplugins.xml")}\n\n[Support]\nJsApiPlugin=true\n`);
  });

  it("oem.ini with a UTF-8 BOM, CRLF lines and a [support] section: found, JsApiPlugin set inside it, BOM and CRLF kept", () => {
    const oem = path.join(root, "oem.ini");
    writeFileSync(oem, "\ufeff[support]\r\nJsApiShowWebDebugger=true\r\n[Setup]\r\nLANG_ID=2052\r\n");
    expect(install(path.join(root, "jsaddons"), oem).status).toBe(0);
    const bytes = readFileSync(oem);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toBe("\ufeff[support]\r\nJsApiPlugin=true\r\nJsApiShowWebDebugger=true\r\n[Setup]\r\nLANG_ID=2052\r\n");
    // A first line that is the section itself, with the BOM before it, and JsApiPlugin=false in any case.
    writeFileSync(oem, "\ufeff[SUPPORT]\r\njsapiplugin=False\r\n");
    expect(install(path.join(root, "jsaddons"), oem).status).toBe(0);
    expect(read(oem)).toBe("\ufeff[SUPPORT]\r\nJsApiPlugin=true\r\n");
  });

  it("an existing .perfeval.bak is never overwritten: it stays the file as it was before PerfEval", () => {
    const jsaddons = path.join(root, "jsaddons");
    mkdirSync(jsaddons);
    const oem = path.join(root, "oem.ini");
    writeFileSync(oem, "[Support]\nJsApiPlugin=false\n");
    writeFileSync(path.join(root, "oem.ini.perfeval.bak"), "the first original\n");
    writeFileSync(path.join(jsaddons, "jsplugins.xml"), "<jsplugins>\n</jsplugins>\n");
    writeFileSync(path.join(jsaddons, "jsplugins.xml.perfeval.bak"), "<jsplugins/>\n");
    expect(install(jsaddons, oem).status).toBe(0);
    expect(read(oem)).toBe("[Support]\nJsApiPlugin=true\n");
    expect(read(root, "oem.ini.perfeval.bak")).toBe("the first original\n");
    expect(read(jsaddons, "jsplugins.xml.perfeval.bak")).toBe("<jsplugins/>\n");
    expect(read(jsaddons, "jsplugins.xml")).toContain('name="perfeval"');
  });

  it("publish.xml already registering perfeval: that entry goes (said on the console), other add-ins stay, perfeval is listed once in all", () => {
    const jsaddons = path.join(root, "jsaddons");
    mkdirSync(jsaddons);
    const other = '<jsplugin name="gongwen" type="wps" url="gongwen_2.0" version="2.0" enable="true"/>';
    const publish = `<?xml version="1.0" encoding="UTF-8"?>\r\n<jsplugins>\r\n  ${other}\r\n  <jspluginonline name="perfeval" type="et" url="http://oa.example/perfeval/" enable="enable_dev"/>\r\n</jsplugins>\r\n`;
    writeFileSync(path.join(jsaddons, "publish.xml"), publish);
    writeFileSync(path.join(jsaddons, "jsplugins.xml"), '<jsplugins>\n  <jsplugin name="perfeval" type="et" url="perfeval_1.0.0" version="1.0.0" enable="true"/>\n  <jsplugin name="perfeval" type="et" url="perfeval_1.1.0" version="1.1.0" enable="true"/>\n</jsplugins>\n');
    const oem = path.join(root, "oem.ini");
    writeFileSync(oem, "[Support]\nJsApiPlugin=true\n");
    for (let run = 0; run < 2; run++) {
      const result = install(jsaddons, oem);
      expect({ run, status: result.status, stderr: result.stderr }).toEqual({ run, status: 0, stderr: "" });
      if (run === 0) expect(result.stdout).toContain("已从");
      if (run === 0) expect(result.stdout).toContain("删除 perfeval 的 publish 模式登记");
    }
    expect(read(jsaddons, "publish.xml")).toBe(`<?xml version="1.0" encoding="UTF-8"?>\r\n<jsplugins>\r\n  ${other}\r\n</jsplugins>\r\n`);
    expect(read(jsaddons, "publish.xml.perfeval.bak")).toBe(publish);
    const list = read(jsaddons, "jsplugins.xml");
    expect(list.match(/name="perfeval"/g)).toHaveLength(1);
    expect(list).toContain('url="perfeval_1.2.3"');
    for (const f of ["publish.xml", "jsplugins.xml"]) expect({ f, status: wellFormed(path.join(jsaddons, f)).status }).toEqual({ f, status: 0 });
  });

  it("names what is missing when WPS's oem.ini is not where it looks", () => {
    const result = install(path.join(root, "jsaddons"), path.join(root, "nowhere", "oem.ini"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("未找到 WPS 的 oem.ini");
  });
});
