/**
 * `npm run build:wps` in small: the WPS webpack config builds the add-in (development mode, into
 * a temporary folder) and scripts/package-wps.js lays out both deployment modes. The offline
 * package must hold every file WPS and the pane ask for and reference nothing outside itself:
 * no http(s) address in its pages, its policy or its XML (beyond the CustomUI namespace), no
 * Office.js, every script and stylesheet a page names present beside it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import webpack from "webpack";
import { wpsFunctionsJson } from "../src/functions/wps-functions";
import { JX_FUNCTIONS } from "../src/core/jx/catalog";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require("../webpack.wps.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageWps } = require("../scripts/package-wps.js");

const root = mkdtempSync(path.join(tmpdir(), "perfeval-wps-"));
let offline: string;

beforeAll(async () => {
  const config = configure({ outDir: path.join(root, "perfeval") }, { mode: "development" });
  // The persistent cache makes a rerun here take a few seconds instead of 10–20; on CI's fresh
  // clone there is no rerun, and writing the cache (about 90 MB) would only add 3–6 s.
  if (process.env.CI) config.cache = false;
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))));
  // Closing lets the persistent cache finish, so jest can exit.
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  offline = packageWps(root, "1.2.3", wpsFunctionsJson(), "http://intranet.example/perfeval/").offline;
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

test("the offline folder has what WPS opens: index.html, main.js, ribbon.xml, manifest.xml, functions.json, the pane", () => {
  expect(path.basename(offline)).toBe("perfeval_1.2.3");
  for (const f of ["index.html", "main.js", "ribbon.xml", "manifest.xml", "functions.json", "taskpane.html", "taskpane.js", "assets/icon-32.png"]) {
    expect({ f, exists: existsSync(path.join(offline, f)) }).toEqual({ f, exists: true });
  }
  const manifest = readFileSync(path.join(offline, "manifest.xml"), "utf8");
  expect(manifest).toContain("<Namespace>JX</Namespace>");
  expect(manifest).toContain("<Uri>/functions.json</Uri>");
  const functions = JSON.parse(readFileSync(path.join(offline, "functions.json"), "utf8"));
  expect(functions.functions.map((f: { name: string }) => f.name)).toEqual(JX_FUNCTIONS.map((f) => f.id));
  const list = readFileSync(path.join(offline, "..", "jsplugins.xml"), "utf8");
  expect(list).toContain('name="perfeval" type="et" url="perfeval_1.2.3" version="1.2.3"');
  expect(readFileSync(path.join(root, "jsplugins.xml"), "utf8")).toContain('<jspluginonline name="perfeval" type="et" url="http://intranet.example/perfeval/"');
  expect(readFileSync(path.join(root, "publish.html"), "utf8")).toContain("/deployaddons/runParams");
});

test("the ribbon calls only functions main.js defines, for the pane's actions", () => {
  const ribbon = readFileSync(path.join(offline, "ribbon.xml"), "utf8");
  // Kingsoft's publish.html (wpsjs 2.2.3) marks an online add-in 无效 unless ribbon.xml starts so.
  expect(ribbon.slice(0, 10)).toBe("<customUI ");
  const main = readFileSync(path.join(offline, "main.js"), "utf8");
  const callbacks = new Set([...ribbon.matchAll(/(?:onAction|getImage|onLoad)="(\w+)"/g)].map((m) => m[1]));
  for (const name of callbacks) expect({ name, defined: main.includes(`.${name} =`) || main.includes(`${name} =`) }).toEqual({ name, defined: true });
  for (const label of ["读取评价表", "写入公式", "标注扣分", "清除标注", "生成汇总", "下载 Word 报告", "转为普通公式"]) expect(ribbon).toContain(`label="${label}"`);
});

test("nothing in the offline folder loads anything from outside it", () => {
  const all = files(offline);
  for (const file of all.filter((f) => /\.(html|xml|json)$/.test(f))) {
    const text = readFileSync(file, "utf8").split("http://schemas.microsoft.com/office/2006/01/customui").join("");
    expect({ file: path.basename(file), urls: text.match(/https?:\/\/[^\s"'<>]+/g) ?? [] }).toEqual({ file: path.basename(file), urls: [] });
  }
  for (const page of all.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(page, "utf8");
    expect(html).toMatch(/Content-Security-Policy/);
    // No Office.js: no address of it, and the loader's officeJs left empty (comments may name it).
    expect(html).not.toMatch(/appsforoffice|["'=][^"'\s<>]*office\.js/i);
    if (html.includes("var officeJs")) expect(html).toContain('var officeJs = "";');
    const refs = [...html.matchAll(/(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1].split("?")[0]);
    const bundles = /id="pe-bundles"[^>]*>([^<]*)</.exec(html)?.[1];
    if (bundles) refs.push(...(JSON.parse(bundles) as string[]).map((b) => b.split("?")[0]));
    for (const ref of refs) expect({ page: path.basename(page), ref, exists: existsSync(path.join(path.dirname(page), ref)) }).toEqual({ page: path.basename(page), ref, exists: true });
  }
  // An address of Office.js (a scheme or "//" before the host); the pane's message may name the site.
  for (const js of all.filter((f) => f.endsWith(".js"))) expect({ js: path.basename(js), office: /\/\/(?:appsforoffice\.microsoft\.com|[\w.-]*office365\.cn)/.test(readFileSync(js, "utf8")) }).toEqual({ js: path.basename(js), office: false });
});
