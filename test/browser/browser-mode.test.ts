/**
 * The task pane's browser mode, end to end in a real Chromium: the production build (with the
 * local office.js, no network), served over http from 127.0.0.1. A user picks an .xlsx (it is read
 * at once), writes the summary, fills in the report and downloads the results; nothing typed is
 * lost, the report reads as text at 350 px, and the page never contacts another origin, never
 * waits for Office.js outside Office and logs no error. A workbook of project tables gets the
 * project view, a picker per project, its own report and sheets. Opened as Office opens it with
 * Office.js blocked or hanging, the pane says so. At 240 px nothing scrolls sideways, unassigned
 * weight reads the same in the card and the tree, 跳到待填写 walks the placeholders and a download
 * before 生成汇总 keeps the typed text; the tree opened to 三级 fits. A filled box says so; the Word
 * report of 全部评价表 is the command line's file. Screenshots at 360×800 are browser-mode-*.png
 * (docs/images with `npm run images`).
 *
 * Needs /usr/bin/chromium (CI's .ci/run installs it) and builds its own copy of the page in
 * node_modules/.cache/perfeval-browser-dist (never dist/, which may be a deployment build) when it
 * is missing or older than the sources (webpack with PERFEVAL_LOCAL_OFFICE=1: about 30 s, a few
 * seconds with webpack's cache).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { tmpdir } from "node:os";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { perfeval } from "../helpers/cli";
import { docxSectionTexts } from "../helpers/docx-sections";
import { flawedProject } from "../helpers/project-samples";
import { anhuiProject } from "../helpers/published-layouts";
import { writeGrids } from "../helpers/write-grid";
import { chromium, type Browser, type Page } from "playwright-core";
import { imagesDir } from "../helpers/images";

const ROOT = resolve(__dirname, "../..");
// The test's own build, beside the packages: `npm test` never touches a dist/ built for deployment.
const DIST = join(ROOT, "node_modules", ".cache", "perfeval-browser-dist");
const FIXTURE = join(ROOT, "test/fixtures/standard/miit-2020-printed.xlsx");
// docs/images with `npm run images`, a scratch folder otherwise.
const SCREENSHOTS = imagesDir();
const CHROMIUM = process.env.PERFEVAL_CHROMIUM ?? "/usr/bin/chromium";
// notes/environment.md: the flags that work on these machines and in CI.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** What the build depends on: a newer file here means dist/ is stale. */
const BUILD_INPUTS = [
  "src",
  "webpack",
  "webpack.config.js",
  "tsconfig.json",
  "tsconfig.web.json",
  "package.json",
  "manifest.xml",
  "manifest-taskpane.xml",
  "assets",
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** dist/ built for this test: with the local office.js and newer than every input. */
function distIsFresh(): boolean {
  const page = join(DIST, "taskpane.html");
  if (!existsSync(page) || !existsSync(join(DIST, "office/office.js"))) return false;
  if (!readFileSync(page, "utf8").includes("office/office.js")) return false;
  const built = statSync(page).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(`${script} ${args.join(" ")} failed (status ${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-4000));
  }
}

/** `npm run build` for the browser mode: the compiled engine in lib/ (once), then webpack. */
function buildDist(): void {
  if (!existsSync(join(ROOT, "lib/functions/localize.js"))) run("node_modules/typescript/bin/tsc", ["-p", "tsconfig.cli.json"]);
  run("node_modules/webpack/bin/webpack.js", ["--mode", "production"], { ...process.env, PERFEVAL_LOCAL_OFFICE: "1", PERFEVAL_DIST: DIST });
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = join(dir, pathname === "/" ? "taskpane.html" : pathname);
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const requests: string[] = [];
const failedResponses: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
let loadedAt = 0;
let pickerAfterMs = 0;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (CI's .ci/run does), ` +
        "or point PERFEVAL_CHROMIUM at another Chromium binary.",
    );
  }
  if (!distIsFresh()) buildDist();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serve(DIST);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    locale: "zh-CN",
    acceptDownloads: true,
    reducedMotion: "reduce", // no expand animations half-way in the screenshots
  });
  page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

const shot = (n: number) => page.screenshot({ path: join(SCREENSHOTS, `browser-mode-${n}.png`) });

/** Waits until the pane has finished what it was doing (no progress bar). */
const settled = () => page.locator('[data-testid="progress"]').waitFor({ state: "detached" });

/** Chooses a file (confirming the change when typed text would be lost): it is read at once. */
async function choose(file: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false)) await dialog.getByRole("button", { name: "仍然更换" }).click();
  await page.getByText(`已选择：${file.split("/").pop()}`).waitFor();
  await page.waitForTimeout(50);
  await settled();
}

/** Clicks an action and returns the text of the message it leaves in the pane. */
async function act(name: string): Promise<string> {
  const previous = await page.$('[data-testid="notice"]');
  await page.getByRole("button", { name, exact: true }).click();
  await previous?.waitForElementState("hidden"); // each action starts by clearing the last message
  await page.locator('[data-testid="notice"]').waitFor();
  await settled();
  return (await page.getByTestId("notice").textContent()) ?? "";
}

/** Clicks a download button; returns the downloaded file's path and the message about it. */
async function download(name: string): Promise<{ path: string; name: string; message: string }> {
  const previous = await page.$('[data-testid="notice"]');
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).first().click()]);
  await previous?.waitForElementState("hidden");
  await page.locator('[data-testid="notice"]').waitFor();
  return { path: await file.path(), name: file.suggestedFilename(), message: (await page.getByTestId("notice").textContent()) ?? "" };
}

const report = () => page.getByRole("article", { name: "自评报告" });
/** What the eye reads: each number's "（来源：…）" is there for screen readers only. */
const seen = async () => ((await report().textContent()) ?? "").replace(/（来源：[^）]*）/g, "");
const box = (label: RegExp) => page.getByRole("textbox", { name: label });

async function sheetTexts(path: string, sheet: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
  return texts;
}

test("opens in browser mode with a file picker at once, without Office.js", async () => {
  const started = Date.now();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("button", { name: "选择文件…" }).waitFor({ timeout: 15_000 });
  pickerAfterMs = Date.now() - started;
  loadedAt = Date.now();
  expect(pickerAfterMs).toBeLessThan(3000);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("绩效自评助手");
  // Nothing to act on before a file is chosen.
  await expect(page.getByRole("button", { name: "读取评价表" }).getAttribute("aria-disabled")).resolves.toBe("true");
  // Files written here hold standard formulas only: 转为普通公式 is not offered.
  await expect(page.getByRole("button", { name: "转为普通公式" }).count()).resolves.toBe(0);
  await shot(1);
});

test("choosing a file reads it at once: the total, the grade, 仅供核对 while errors remain, the checks", async () => {
  await choose(FIXTURE);
  await page.getByTestId("summary").waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("total").textContent()).resolves.toBe("100");
  await expect(page.getByTestId("grade").textContent()).resolves.toBe("优");
  await expect(page.getByTestId("summary").textContent()).resolves.toContain("湛江市工业和信息化局本级");
  await expect(page.getByTestId("provisional").textContent()).resolves.toBe("仅供核对：评价表中还有4项错误尚未改正，总分、等级和有关数字可能随之改变");
  await expect(page.getByTestId("why").first().textContent()).resolves.toContain("与评分表填报的99.83分不一致");

  const errors = page.locator('[data-severity="error"]');
  await expect(errors.getByRole("heading").textContent()).resolves.toMatch(/^错误/);
  await expect(errors.textContent()).resolves.toContain("正负号相反");
  // The tree: 一级 rows with 分值 / 得分 / 扣分.
  await expect(page.getByRole("treeitem", { name: /预算使用效益/ }).textContent()).resolves.toContain("29.83");
  await expect(page.getByTestId("rates").textContent()).resolves.toContain("99.07%");
  await shot(2);
});

test("生成汇总 then 下载结果文件 gives a workbook with the two new sheets and the chart", async () => {
  await expect(act("生成汇总")).resolves.toContain("已生成“自评汇总”和“自评报告”工作表");
  await shot(3);
  const file = await download("下载结果文件");
  expect(file.name).toBe("miit-2020-printed.自评结果.xlsx");
  expect(file.message).toContain("已下载“miit-2020-printed.自评结果.xlsx”");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["评分表", "基础数据表", "自评汇总", "自评报告"]));
  const zip = await JSZip.loadAsync(readFileSync(file.path));
  expect(Object.keys(zip.files)).toContain("xl/charts/chart1.xml");
});

test("the other actions each say what they changed; nothing to do is not a success", async () => {
  await expect(act("标注扣分")).resolves.toContain("已在结果文件的评分表中标注");
  await expect(page.getByTestId("notice").getAttribute("data-intent")).resolves.toBe("success");
  const again = await act("标注扣分");
  expect(again).toContain("这次没有再标注");
  // An information bar, not a green tick.
  await expect(page.getByTestId("notice").getAttribute("data-intent")).resolves.toBe("info");
  await expect(act("清除标注")).resolves.toContain("原文件从未被改动");
  await expect(act("写入公式")).resolves.toMatch(/关键比率|空白比率单元格|没有需要写入公式/);
  // Clearing the marks kept the summary.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download("下载结果文件")).path);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["自评汇总", "自评报告"]));
});

const scrollToTop = (heading: string) =>
  page
    .getByRole("heading", { name: heading, exact: true })
    .evaluate((el) => (el.closest("section") ?? el).scrollIntoView({ block: "start" }));

test("the checks, and the tree by keyboard", async () => {
  await scrollToTop("数据检查");
  await shot(4);
  const item = page.getByRole("treeitem", { name: /预算执行/ }).first();
  await item.focus();
  await page.keyboard.press("ArrowRight");
  await expect(item.getAttribute("aria-expanded")).resolves.toBe("true");
  await page.getByRole("treeitem", { name: /资产管理/ }).waitFor();
  await page.waitForTimeout(400); // the chevron's rotation is a CSS transition
  await scrollToTop("指标得分");
  await shot(5);
});

test("the report reads as text at 350 px: numbers inline with their source on hover, punctuation never alone", async () => {
  await page.setViewportSize({ width: 350, height: 800 });
  await report().waitFor({ timeout: 15_000 });
  await expect(seen()).resolves.toContain("部门整体支出绩效自评分数为100分【请核实：评分表填报总分为99.83分】（各项合计100.83分，含加分1分，超过100分按100分计），绩效等级为“优”");
  // Browser mode: numbers are text with a tooltip naming the cell, not buttons that do nothing.
  await expect(report().locator("button").count()).resolves.toBe(0);
  const total = report().locator("span[data-cells]", { hasText: /^100（/ }).first();
  await expect(total.getAttribute("data-cells")).resolves.toMatch(/^评分表!H\d+/);
  await expect(total.getAttribute("title")).resolves.toMatch(/^来源：评分表!H\d+/);
  await total.hover();
  // No line of a paragraph starts with closing punctuation, and none is only punctuation.
  const { strays, checked } = await report().evaluate((article) => {
    const out: string[] = [];
    let seen = 0;
    for (const p of Array.from(article.querySelectorAll("p"))) {
      const left = p.getBoundingClientRect().left;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let first = true;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if ((node.parentElement?.className ?? "").includes("hidden") || getComputedStyle(node.parentElement!).position === "absolute") continue;
        for (let i = 0; i < text.length; i++) {
          if (!"。，、；：）”％%".includes(text[i])) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          seen++;
          if (!first && rect.width > 0 && rect.left - left < 1) out.push(`${text.slice(Math.max(0, i - 8), i + 1)}|${p.textContent?.slice(0, 20)}`);
        }
        first = false;
      }
    }
    return { strays: out, checked: seen };
  });
  expect(checked).toBeGreaterThan(100);
  expect(strays).toEqual([]);
  await scrollToTop("自评报告");
  await shot(7);
});

test("keyboard: from the outline to the first box in a few tabs; the skip link goes there", async () => {
  await page.getByRole("combobox", { name: "报告体例" }).focus();
  let tabs = 0;
  while (tabs < 10 && !(await page.evaluate(() => document.activeElement?.tagName === "TEXTAREA"))) {
    await page.keyboard.press("Tab");
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(5);
  await page.getByRole("combobox", { name: "报告体例" }).focus();
  await page.getByRole("button", { name: /跳到待填写的段落/ }).click();
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-fill-in"))).resolves.toBeTruthy();
});

test("at 1280 px the 报告体例 and 金额单位 dropdowns stand level, side by side", async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const outline = await page.getByRole("combobox", { name: "报告体例" }).boundingBox();
  const unit = await page.getByRole("combobox", { name: "金额单位" }).boundingBox();
  expect(unit!.x).toBeGreaterThan(outline!.x + outline!.width);
  expect(Math.abs(unit!.y - outline!.y)).toBeLessThan(1);
  await page.setViewportSize({ width: 350, height: 800 });
});

test("a box's label asks 请填写 while a 【请填写：…】 is in it; filled, it is the section's name and a quiet 已填写; emptied, it asks again", async () => {
  /** The label of a box, as shown, and whether it is marked done. */
  const labelOf = async (area: ReturnType<Page["locator"]>) => {
    const label = page.locator(`label[for="${await area.getAttribute("id")}"]`);
    return { text: (await label.textContent()) ?? "", filled: (await label.locator("[data-filled]").count()) > 0, color: await label.locator("span").first().evaluate((el) => getComputedStyle(el).color) };
  };
  // An empty box with its placeholder as the prompt.
  const bare = page.locator('textarea[data-fill-in][placeholder^="【请填写："]').first();
  const prompt = (await bare.getAttribute("placeholder"))!;
  const section = prompt.replace(/^【请填写：|】$/g, "");
  const open = await labelOf(bare);
  expect(open).toMatchObject({ text: `请填写：${section}`, filled: false });
  await bare.fill("2021年3月1日");
  const done = await labelOf(bare);
  expect(done).toMatchObject({ text: `${section} 已填写`, filled: true });
  expect(done.color).not.toBe(open.color);
  // Still named by the section for screen readers, without the 请填写.
  await expect(page.getByRole("textbox", { name: `${section} 已填写` }).count()).resolves.toBe(1);
  await bare.fill("");
  await expect(labelOf(bare)).resolves.toEqual(open);
  // A box whose text holds a placeholder in a sentence: done only once none is left in it.
  const areas = page.locator("textarea[data-fill-in]");
  const values = await areas.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
  const sentence = areas.nth(values.findIndex((v) => /.【请填写：[^】]*】/.test(v)));
  const generated = await sentence.inputValue();
  expect(generated).toMatch(/.【请填写：[^】]*】/);
  await expect(labelOf(sentence)).resolves.toMatchObject({ filled: false });
  const first = generated.match(/【请填写：[^】]*】/)![0];
  await sentence.fill(generated.replace(first, "某某"));
  await expect(labelOf(sentence)).resolves.toMatchObject({ filled: !generated.replace(first, "某某").includes("【请填写：") });
  await sentence.fill(generated.replace(/【请填写：[^】]*】/g, "某某"));
  await expect(labelOf(sentence)).resolves.toMatchObject({ filled: true });
  await sentence.fill(generated);
  await expect(labelOf(sentence)).resolves.toMatchObject({ filled: false });
});

test("typed text follows the outline: the matching section carries it, the rest is listed and comes back", async () => {
  await page.getByRole("combobox", { name: "报告体例" }).selectOption("湛江式");
  await box(/单位机构设置、主要职能和人员情况/).fill("负责全市工业和信息化工作。");
  await box(/自评工作小组的组成和分工/).fill("局长任组长，各科室负责人为成员。");
  await page.getByRole("combobox", { name: "报告体例" }).selectOption("海珠式");
  await expect(box(/部门职能/).inputValue()).resolves.toBe("负责全市工业和信息化工作。");
  await expect(page.getByTestId("unplaced").textContent()).resolves.toContain("自评工作小组的组成和分工：局长任组长，各科室负责人为成员。");
  await page.getByRole("combobox", { name: "报告体例" }).selectOption("雷州式");
  await expect(box(/自评工作小组的组成和分工/).inputValue()).resolves.toBe("局长任组长，各科室负责人为成员。");
  await expect(seen()).resolves.toContain("1.预算编制：指标总分12分，自评得分12分。");
  await expect(seen()).resolves.not.toContain("各项指标均未扣分");
  await report().getByText("对照《整体绩效自评指标评分表》逐项分析各指标完成情况。").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(8);
});

test("生成汇总 again updates the sheets in place with the current outline and text; the download follows the pane", async () => {
  await page.getByRole("combobox", { name: "报告体例" }).selectOption("海珠式");
  const message = await act("生成汇总");
  expect(message).toContain("已按当前的体例和您填写的内容更新“自评汇总”和“自评报告”");
  expect(message).not.toMatch(/无需重复/);
  // Typed after 生成汇总, and downloaded without clicking it again: the file has it all the same.
  await box(/年度总体工作和重点工作任务/).fill("全年推动210家工业企业技术改造。");
  const file = await download("下载结果文件");
  expect(file.message).toContain("已按您当前的体例和填写内容更新");
  const texts = await sheetTexts(file.path, "自评报告");
  expect(texts[0]).toMatch(/^自评报告（海珠式/);
  expect(texts).toContain("\u3000\u3000负责全市工业和信息化工作。");
  expect(texts).toContain("\u3000\u3000全年推动210家工业企业技术改造。");
  // 湛江式's 自评工作小组 has no place in 海珠式: kept below the report, not lost.
  expect(texts).toContain("\u3000\u3000局长任组长，各科室负责人为成员。");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  expect(workbook.worksheets.map((ws) => ws.name).filter((n) => n.startsWith("自评"))).toEqual(["自评汇总", "自评报告"]);
});

test("the Word report has what the pane shows, and the download says what is still open", async () => {
  const file = await download("下载 Word 报告");
  expect(file.name).toBe("miit-2020-printed.自评报告.docx");
  expect(file.message).toMatch(/已下载 Word 报告“miit-2020-printed\.自评报告\.docx”.*还有\d+处【请填写】、\d+处【请核实】/);
  const xml = await (await JSZip.loadAsync(readFileSync(file.path))).file("word/document.xml")!.async("string");
  expect(xml).toContain("负责全市工业和信息化工作。");
  expect(xml).toContain("全年推动210家工业企业技术改造。");
  expect(xml).toContain("仅供核对");
});

test("choosing another file with typed text asks first", async () => {
  await page.locator('input[type="file"]').setInputFiles(join(ROOT, "test/fixtures/standard/edz-2023.xlsx"));
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain("更换文件后会丢失");
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(page.getByText("已选择：miit-2020-printed.xlsx").count()).resolves.toBe(1);
  await expect(box(/部门职能/).inputValue()).resolves.toBe("负责全市工业和信息化工作。");
});

test("a file that is not a workbook gets a Chinese message as soon as it is chosen, never a blank pane", async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await choose(join(ROOT, "test/fixtures/bad/not-a-workbook.xlsx"));
  const text = (await page.getByTestId("notice").textContent()) ?? "";
  expect(text).toContain("操作没有完成");
  expect(text).toContain("这不是 Excel 工作簿");
  expect(text).not.toMatch(/\bat \w+ \(|Error:/); // no stack trace, no raw error names
  // Only 读取评价表 can help now: the other actions are off.
  await expect(page.getByRole("button", { name: "生成汇总" }).getAttribute("aria-disabled")).resolves.toBe("true");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(6);
});

test("every unusable file of the corpus gets the same Chinese message as the command line", async () => {
  const corpus = join(ROOT, "test/corpus");
  const unusable = (JSON.parse(readFileSync(join(corpus, "expectations.json"), "utf8")) as { file: string; exit: number }[]).filter((x) => x.exit === 2);
  expect(unusable.length).toBeGreaterThanOrEqual(10);
  for (const { file } of unusable) {
    const cli = await perfeval(["evaluate", join(corpus, file), "-o", join(tmpdir(), `perfeval-browser-${process.pid}.xlsx`)]);
    const message = cli.stderr.trim().replace(/^perfeval：/, "");
    await choose(join(corpus, file));
    const shown = (await page.getByTestId("notice").textContent()) ?? "";
    expect({ file, shown: shown.includes(message) }).toEqual({ file, shown: true });
  }
});

// A workbook of project tables (项目支出绩效自评表, one sheet per project): the published Anhui
// table and a national-form table with deviations and a 总分 that does not add up.
const PROJECTS = join(tmpdir(), `perfeval-projects-${process.pid}.xlsx`);

test("project tables: the project, its funds with 执行率, targets against results (below target in red), the checks; a picker per project", async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await writeGrids(PROJECTS, [anhuiProject, flawedProject()]);
  await choose(PROJECTS);
  await page.getByTestId("summary").waitFor({ timeout: 30_000 });
  await expect(page.getByTestId("summary").textContent()).resolves.toContain("委托业务项目");
  await expect(page.getByTestId("total").textContent()).resolves.toBe("100");
  const picker = page.getByTestId("table-picker");
  await expect(picker.locator("option").allTextContents()).resolves.toEqual(["项目：委托业务项目", "项目：农村公路养护项目"]);
  // The same Fluent Select as 报告体例 and 金额单位, labelled.
  await expect(picker.getAttribute("class")).resolves.toContain("fui-Select__select");
  await expect(page.getByRole("combobox", { name: /^本工作簿有 2 张评价表/ }).getAttribute("data-testid")).resolves.toBe("table-picker");
  await expect(page.getByTestId("funds").textContent()).resolves.toContain("100.00%");
  await expect(page.getByTestId("execution-score").textContent()).resolves.toBe("预算执行率得分 10 分（分值 10 分；按执行率计算 10 分）");
  await picker.selectOption({ label: "项目：农村公路养护项目" });
  await expect(page.getByTestId("summary").textContent()).resolves.toContain("农村公路养护项目");
  await expect(page.getByTestId("summary").textContent()).resolves.toContain("主管部门：某县交通运输局");
  await expect(page.getByTestId("total").textContent()).resolves.toBe("92.2");
  await expect(page.getByTestId("provisional").textContent()).resolves.toContain("仅供核对");
  await expect(page.getByTestId("funds").textContent()).resolves.toContain("92.00%");
  const below = page.locator('[data-testid="indicators"] tr[data-below="true"]');
  await expect(below.count()).resolves.toBe(3);
  await expect(below.first().textContent()).resolves.toMatch(/日常养护里程.*≥120个 → 118个未达目标/);
  await expect(page.locator('[data-severity="warning"]').textContent()).resolves.toContain("日常养护里程");
  await page.getByRole("heading", { name: "绩效指标：目标与完成" }).evaluate((el) => (el.closest("section") ?? el).scrollIntoView({ block: "start" }));
  await shot(9);
});

test("the project's report: the 项目支出 outline and its six parts, each indicator with target and actual; text typed goes to this project", async () => {
  await report().waitFor({ timeout: 15_000 });
  await expect(page.getByTestId("project-outline").textContent()).resolves.toContain("项目支出绩效自评报告");
  await expect(page.getByRole("combobox", { name: "报告体例" }).count()).resolves.toBe(0);
  const text = await seen();
  for (const h of ["一、项目基本情况", "二、绩效自评工作开展情况", "三、绩效目标实现情况分析", "四、偏差原因分析及改进措施", "五、绩效自评结果拟应用和公开情况", "六、其他需要说明的问题"]) expect(text).toContain(h);
  expect(text).toContain("“日常养护里程”年度指标值≥120个，实际完成值118个，未达到年度指标值，得20分");
  expect(text).toContain("项目支出绩效自评得分为92.2分【请核实：自评表填报总分为95分】");
  await box(/项目立项依据/).fill("本项目为县乡道路日常养护。");
  // The other project's report has its own boxes: the text stays with this one.
  await page.getByTestId("table-picker").selectOption({ label: "项目：委托业务项目" });
  await expect(box(/项目立项依据/).inputValue()).resolves.toBe("");
  await page.getByTestId("table-picker").selectOption({ label: "项目：农村公路养护项目" });
  await expect(box(/项目立项依据/).inputValue()).resolves.toBe("本项目为县乡道路日常养护。");
  await report().getByText("四、偏差原因分析及改进措施").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(10);
});

test("生成汇总, 标注扣分 and 写入公式 on the projects; the download has each project's sheets and the typed text; the Word report is the project's", async () => {
  await expect(act("生成汇总")).resolves.toContain("已生成“项目自评汇总-委托业务项目”等 4 张工作表");
  await expect(act("标注扣分")).resolves.toContain("未达到年度指标值的实际完成值（红框）");
  await expect(act("写入公式")).resolves.toContain("表格右侧加了“计算得分”列");
  const file = await download("下载结果文件");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
    "项目支出绩效自评表",
    "农村公路养护",
    "项目自评汇总-委托业务项目",
    "项目自评报告-委托业务项目",
    "项目自评汇总-农村公路养护项目",
    "项目自评报告-农村公路养护项目",
  ]);
  expect(await sheetTexts(file.path, "项目自评报告-农村公路养护项目")).toContain("\u3000\u3000本项目为县乡道路日常养护。");
  const zip = await JSZip.loadAsync(readFileSync(file.path));
  expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(2);
  const word = await download("下载 Word 报告");
  expect(word.name).toBe(`perfeval-projects-${process.pid}.农村公路养护项目.项目自评报告.docx`);
  const xml = await (await JSZip.loadAsync(readFileSync(word.path))).file("word/document.xml")!.async("string");
  // The title's runs may be split (the year is a number span): read the text, not the runs.
  expect(xml.replace(/<[^>]+>/g, "")).toContain("农村公路养护项目2023年度绩效自评报告");
  expect(xml).toContain("本项目为县乡道路日常养护。");
  expect(xml).toContain("绩效指标完成情况表");
  // Only the project shown, and the message says so and how to get the others.
  expect(word.message).toContain("只含项目“农村公路养护项目”的报告（本工作簿共 2 张评价表；要全部的报告，请在“Word 报告包含”中选“全部”后再下载）");
});

test("下载 Word 报告 of 全部项目: one file, each project's report from a new page, as the command line writes it, with the text typed for each", async () => {
  const scope = page.getByRole("radiogroup", { name: "Word 报告包含" });
  await expect(scope.getByRole("radio", { name: "当前评价表（项目：农村公路养护项目）" }).isChecked()).resolves.toBe(true);
  await scope.getByRole("radio", { name: "全部 2 张评价表（一个文件，每张另起一页）" }).check();
  const word = await download("下载 Word 报告");
  expect(word.name).toBe(`perfeval-projects-${process.pid}.自评报告.docx`);
  expect(word.message).toMatch(/^已下载 Word 报告“perfeval-projects-\d+\.自评报告\.docx”（在浏览器的下载文件夹中），含全部 2 张评价表的报告，每张另起一页；报告中还有\d+处【请填写】/);
  const sections = await docxSectionTexts(readFileSync(word.path));
  expect(sections).toHaveLength(2);
  expect(sections[0]).toContain("委托业务项目2022年度绩效自评报告");
  expect(sections[1]).toContain("农村公路养护项目2023年度绩效自评报告");
  expect(sections[1]).toContain("本项目为县乡道路日常养护。");
  expect(sections[0]).not.toContain("本项目为县乡道路日常养护。");
  // The command line's --docx: the same reports in the same order, one a section; only the text typed in the pane differs.
  const cliDocx = join(tmpdir(), `perfeval-projects-${process.pid}.cli.docx`);
  const cli = await perfeval(["evaluate", PROJECTS, "--no-xlsx", "--docx", cliDocx, "--force"]);
  expect(cli.code).toBe(0);
  const fromCli = await docxSectionTexts(readFileSync(cliDocx));
  expect(sections).toEqual([fromCli[0], fromCli[1].replace("【请填写：项目立项依据、主要内容和实施情况】", "本项目为县乡道路日常养护。")]);
  // Back to the project shown for what follows.
  await scope.getByRole("radio", { name: /^当前评价表/ }).check();
});

test("the heavy work of 转为普通公式 and the Word report runs in a Web Worker (ExcelJS and docx in a worker context)", async () => {
  const worker = readdirSync(DIST).find((f) => /^heavy-work\.[0-9a-f]+\.js$/.test(f));
  expect(worker).toBeDefined();
  // The build writes both manifests.
  expect(existsSync(join(DIST, "manifest-taskpane.xml"))).toBe(true);
  const source = new ExcelJS.Workbook();
  const ws = source.addWorksheet("基础数据表");
  ws.getCell("A1").value = 1100;
  ws.getCell("A2").value = 1200;
  // As Excel saves a JavaScript custom function in the file.
  ws.getCell("B1").value = { formula: "_xldudf_JX_GROWTH_RATE(A1,A2)", result: -0.0833 };
  const bytes = [...new Uint8Array(await source.xlsx.writeBuffer())];
  const answers = await page.evaluate(
    async ({ url, bytes }) => {
      const w = new Worker(url, { name: "heavy-work" });
      const ask = (id: number, task: unknown) =>
        new Promise<{ result?: { base64?: string; report?: unknown; byteLength?: number }; error?: unknown }>((resolve) => {
          w.addEventListener("message", (e: MessageEvent) => e.data.id === id && resolve(e.data));
          w.postMessage({ id, task });
        });
      const copy = await ask(1, { kind: "plain-copy", bytes: new Uint8Array(bytes), fileName: "当前工作簿.xlsx" });
      const docx = await ask(2, {
        kind: "report-docx",
        narrative: { outline: "湛江式", paragraphs: [{ id: "p1", role: "body", spans: [{ text: "在工作线程中生成的正文。" }] }] },
        tables: [],
      });
      // 全部评价表: several reports in one file, as the Excel pane asks its worker.
      const body = (text: string) => ({ outline: "项目支出", paragraphs: [{ id: "p1", role: "body", spans: [{ text }] }] });
      const all = await ask(3, { kind: "reports-docx", parts: [{ narrative: body("第一份。"), tables: [] }, { narrative: body("第二份。"), tables: [] }] });
      w.terminate();
      return { copy, docxBytes: docx.result?.byteLength, docxError: docx.error, allBytes: all.result?.byteLength, allError: all.error };
    },
    { url: `${origin}/${worker}`, bytes },
  );
  expect(answers.copy.error).toBeUndefined();
  expect(answers.copy.result?.report).toEqual({ formulas: 1, values: 0 });
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(Buffer.from(answers.copy.result!.base64!, "base64") as unknown as ExcelJS.Buffer);
  expect((copy.getWorksheet("基础数据表")!.getCell("B1").value as { formula: string }).formula).toBe("((A1-A2)/A2)");
  expect(answers.docxError).toBeUndefined();
  expect(answers.docxBytes).toBeGreaterThan(1000);
  expect(answers.allError).toBeUndefined();
  expect(answers.allBytes).toBeGreaterThan(1000);
});

test("the page contacted no other origin, never loaded Office.js, and had no errors", async () => {
  await page.waitForTimeout(Math.max(0, loadedAt + 4000 - Date.now()));
  await expect(page.locator("iframe").count()).resolves.toBe(0);
  const foreign = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  // Outside Office there is nothing for Office.js to do: it is not even requested.
  expect(requests.some((url) => url.includes("office.js"))).toBe(false);
  expect(failedResponses).toEqual([]);
  expect(pageErrors).toEqual([]);
  // Includes Content-Security-Policy violations: the browser build allows only its own origin.
  expect(consoleErrors).toEqual([]);
});

test("inside Office with Office.js arriving late, the JX functions are still associated through it", async () => {
  const late = await page.context().newPage();
  const errors: string[] = [];
  late.on("pageerror", (error) => errors.push(error.message));
  // Office.js, as far as this matters: it replaces `associate` on the CustomFunctions it finds
  // (office.debug.js) and answers onReady outside a real host with no host.
  const stub = `window.Office = { onReady: function (cb) { var r = { host: null, platform: null }; if (cb) cb(r); return Promise.resolve(r); }, context: {} };
    window.CustomFunctions = window.CustomFunctions || {};
    window.CustomFunctions.associate = function (id) { (window.__associated = window.__associated || []).push(id); };`;
  await late.route("**/office.js*", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.fulfill({ status: 200, contentType: "application/javascript", body: stub });
  });
  await late.goto(`${origin}/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`, { waitUntil: "domcontentloaded" });
  await late.waitForFunction(() => ((window as unknown as { __associated?: string[] }).__associated ?? []).length > 0, undefined, { timeout: 15_000 });
  const associated = await late.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
  expect(associated).toEqual(expect.arrayContaining(["EXECUTION_RATE", "KEY_TASK_COMPLETION"]));
  expect(errors).toEqual([]);
  await late.close();
});

test("opened as Office would open it, with Office.js hanging: the pane starts within 3 s, without errors", async () => {
  const context = page.context();
  const hung = await context.newPage();
  const errors: string[] = [];
  hung.on("pageerror", (error) => errors.push(error.message));
  hung.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  // A 政务外网 firewall that drops packets: the request for office.js never answers.
  await hung.route("**/office.js*", () => undefined);
  const started = Date.now();
  // The hanging script holds back the load event (not the page): wait only for the document.
  await hung.goto(`${origin}/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`, { waitUntil: "domcontentloaded" });
  await hung.getByRole("button", { name: "选择文件…" }).waitFor({ timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(3000);
  // Never a silent switch to the browser page: it says Office.js is not there yet, and why it matters.
  const notice = (await hung.getByTestId("host-notice").textContent()) ?? "";
  expect(notice).toContain("无法加载 Office.js，不能操作当前工作簿");
  expect(notice).toContain("若只是网络较慢，加载完成后任务窗格会自动切换回 Excel");
  await hung.waitForTimeout(500);
  expect(errors).toEqual([]);
  await hung.close();
});

test("opened as Office would open it, with Office.js blocked: the pane says so in Chinese and names the site to allow", async () => {
  const blocked = await page.context().newPage();
  const errors: string[] = [];
  blocked.on("pageerror", (error) => errors.push(error.message));
  // A 政务外网 firewall that refuses the connection: the request for office.js fails at once.
  await blocked.route("**/office.js*", (route) => route.abort("connectionrefused"));
  await blocked.goto(`${origin}/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`, { waitUntil: "domcontentloaded" });
  const notice = blocked.getByTestId("host-notice");
  await notice.waitFor({ timeout: 15_000 });
  const text = (await notice.textContent()) ?? "";
  expect(text).toContain("无法加载 Office.js，不能操作当前工作簿");
  // This build loads its local copy: the site named is the one the page asked.
  expect(text).toContain(`需要从 ${new URL(origin).host} 加载微软的 Office.js`);
  expect(text).toContain("JX 自定义函数也不可用");
  expect(text).not.toContain("若只是网络较慢");
  // The file mode is there meanwhile.
  await blocked.getByRole("button", { name: "选择文件…" }).waitFor();
  expect(errors).toEqual([]);
  await blocked.close();
});

test("outside Office the page shows no such notice", async () => {
  await expect(page.getByTestId("host-notice").count()).resolves.toBe(0);
});

// The narrowest Excel task pane (240 px), on a page of its own: nothing scrolls sideways; the
// table of the trial (a block's points not all given to its rows) reads the same in the card and
// the tree; 跳到待填写 walks the placeholders; a download before 生成汇总 keeps the typed text.
const NARROW = join(ROOT, "test/fixtures/real-layouts/zhanjiang-form-three-row-header.xlsx");
const THREE_LEVELS = join(ROOT, "test/fixtures/real-layouts/yueyang-weights-in-labels.xlsx");
let narrow: Page;
const narrowErrors: string[] = [];

/** How far the page scrolls sideways (0 when it fits). */
const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens every branch of the score tree, down to the last level, by keyboard. */
async function expandAll(p: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const closed = p.locator('[data-testid="score-tree"] [role="treeitem"][aria-expanded="false"]').first();
    if (!(await closed.count())) return;
    await closed.focus();
    await p.keyboard.press("ArrowRight");
  }
}

/**
 * How the opened tree's rows fit: rows wider than the tree, numbers spilling out of their column,
 * and the narrowest name column (px) with the font size of the names, by level.
 */
const treeFit = (p: Page) =>
  p.getByTestId("score-tree").evaluate((tree) => {
    const right = tree.getBoundingClientRect().right;
    const rows = Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]')).map((item) => {
      const layout = item.querySelector<HTMLElement>(".fui-TreeItemLayout")!;
      const name = layout.querySelector<HTMLElement>(".fui-TreeItemLayout__main")!;
      const numbers = layout.querySelector<HTMLElement>(".fui-TreeItemLayout__aside")!;
      return { level: Number(item.getAttribute("aria-level")), text: name.textContent ?? "", nameWidth: name.getBoundingClientRect().width, numbersRight: numbers.getBoundingClientRect().right, fontSize: parseFloat(getComputedStyle(name).fontSize) };
    });
    const spilling = Array.from(tree.querySelectorAll<HTMLElement>(".fui-TreeItemLayout__aside span[aria-hidden]")).filter((e) => e.scrollWidth > e.clientWidth);
    return {
      levels: Math.max(...rows.map((r) => r.level)),
      past: rows.filter((r) => r.numbersRight > right + 0.5).map((r) => r.text),
      spilling: spilling.map((e) => e.textContent),
      // Names wrapped a character or two per line: the column left to them is under three characters.
      cramped: rows.filter((r) => r.nameWidth < Math.min(3, r.text.length) * r.fontSize).map((r) => `${r.text} ${Math.round(r.nameWidth)}px`),
    };
  });

test("at 240 px the pane never scrolls sideways: the picker, the results, the tree opened to 三级, the report", async () => {
  narrow = await page.context().newPage();
  narrow.on("pageerror", (error) => narrowErrors.push(error.message));
  narrow.on("console", (message) => message.type() === "error" && narrowErrors.push(message.text()));
  await narrow.setViewportSize({ width: 240, height: 800 });
  await narrow.goto(`${origin}/taskpane.html`);
  await narrow.getByRole("button", { name: "选择文件…" }).waitFor({ timeout: 15_000 });
  await expect(sideways(narrow)).resolves.toBe(0);
  // A 评分表 of three levels (岳阳: 分值 in the labels), every branch opened; then at 225 px, what a
  // 240 px pane leaves beside a classic scroll bar.
  await narrow.locator('input[type="file"]').setInputFiles(THREE_LEVELS);
  await narrow.getByTestId("summary").waitFor({ timeout: 30_000 });
  await narrow.locator('[data-testid="progress"]').waitFor({ state: "detached" });
  await expandAll(narrow);
  for (const width of [240, 225]) {
    await narrow.setViewportSize({ width, height: 800 });
    await expect(treeFit(narrow)).resolves.toEqual({ levels: 3, past: [], spilling: [], cramped: [] });
    await expect(sideways(narrow)).resolves.toBe(0);
  }
  await narrow.setViewportSize({ width: 240, height: 800 });
  await narrow.locator('input[type="file"]').setInputFiles(NARROW);
  await narrow.getByText(`已选择：${NARROW.split("/").pop()}`).waitFor();
  await narrow.getByTestId("summary").waitFor({ timeout: 30_000 });
  await narrow.locator('[data-testid="progress"]').waitFor({ state: "detached" });
  await expect(sideways(narrow)).resolves.toBe(0);
  await expandAll(narrow);
  await expect(treeFit(narrow)).resolves.toMatchObject({ past: [], spilling: [], cramped: [] });
  await narrow.getByRole("article", { name: "自评报告" }).waitFor({ timeout: 15_000 });
  await expect(sideways(narrow)).resolves.toBe(0);
  // Justified at this width, a line of few break opportunities spreads its characters apart.
  const justified = await narrow.getByRole("article", { name: "自评报告" }).locator("p").evaluateAll((ps) => ps.filter((p) => getComputedStyle(p).textAlign === "justify").length);
  expect(justified).toBe(0);
  // No element reaches past the right edge either (a clipped one would hide text).
  const past = await narrow.evaluate(() =>
    Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((el) => `${el.tagName} ${(el.textContent ?? "").slice(0, 20)}`),
  );
  expect(past).toEqual([]);
});

test("weight given to no row: 扣分合计 0 beside 分值未分配 6 请核实, and the tree says 请核实 with the same 6, never 扣分 6", async () => {
  await expect(narrow.getByTestId("deduction-total").textContent()).resolves.toBe("0");
  const unassigned = narrow.getByTestId("unassigned-weight");
  await expect(unassigned.textContent()).resolves.toBe("6 请核实");
  await expect(narrow.getByTestId("summary").textContent()).resolves.toContain("分值未分配6 请核实");
  // 前期准备工作: 分值 30, rows below 28 (2 unassigned) and 目标设置 10 over rows of 6 (4 more).
  const block = narrow.getByRole("treeitem", { name: /^前期准备工作/ }).first();
  const name = (await block.getAttribute("aria-label")) ?? (await block.textContent()) ?? "";
  expect(name).not.toMatch(/扣分 6/);
  const cell = block.getByTestId("deduction-in-doubt").first();
  await expect(cell.textContent()).resolves.toBe("请核实");
  await expect(cell.getAttribute("title")).resolves.toContain("请核实：分值未分配 6 分");
  await expect(narrow.getByRole("treeitem", { name: /^目标设置/ }).getByTestId("deduction-in-doubt").first().getAttribute("title")).resolves.toContain("分值未分配 4 分");
  // 请核实 fits its column at 240 px (never spilling into the score beside it).
  const spill = await narrow.getByTestId("deduction-in-doubt").evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).length);
  expect(spill).toBe(0);
  // The same 6 in both places, from the engine's result: no tree row shows it as a deduction.
  const shown = await narrow.getByRole("tree").first().textContent();
  expect(shown).not.toMatch(/扣分\s*6/);
});

test("跳到待填写 selects each 【请填写：…】 in turn so typing replaces it, and says when it went back to the first", async () => {
  const jump = narrow.getByRole("button", { name: /跳到待填写的段落/ });
  /** Where the caret is after a jump: the box, the selection, and what it selects (or the prompt of an empty box). */
  const where = () =>
    narrow.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      if (!el || el.tagName !== "TEXTAREA") {
        // A placeholder outside the boxes (a cover line the workbook left blank): which one.
        const outside = Array.from(document.querySelectorAll("[data-open-fill]")).indexOf(el as Element);
        return { box: `outside ${outside}`, start: -1, selected: window.getSelection()?.toString() ?? "" };
      }
      const selected = el.value.slice(el.selectionStart, el.selectionEnd);
      return { box: el.getAttribute("data-fill-in") ?? "", start: el.selectionStart, selected: selected || (el.value === "" ? el.placeholder : "") };
    });
  const seenSpots: { box: string; start: number; selected: string }[] = [];
  for (let i = 0; i < 80; i++) {
    await jump.click();
    const spot = await where();
    if ((await narrow.getByTestId("fill-in-note").textContent())?.includes("已回到第一处")) {
      expect(spot).toEqual(seenSpots[0]);
      break;
    }
    seenSpots.push(spot);
  }
  // Every jump selected a whole placeholder, and none came twice before the wrap.
  expect(seenSpots.length).toBeGreaterThan(3);
  for (const s of seenSpots) expect(s.selected).toMatch(/^【请填写：[^】]*】$/);
  expect(new Set(seenSpots.map((s) => `${s.box}@${s.start}`)).size).toBe(seenSpots.length);
  // After the wrap the next jump is the second; typing replaces the placeholder it selected
  // (inside a sentence), and the next jump goes on to the one after it.
  await jump.click();
  await expect(where()).resolves.toEqual(seenSpots[1]);
  expect(seenSpots[1]).toEqual({ box: "intro", start: 2, selected: "【请填写：自评通知名称及文号】" });
  await narrow.keyboard.type("湛发改〔2021〕1号");
  await expect(narrow.locator('textarea[data-fill-in="intro"]').inputValue()).resolves.toMatch(/^根据湛发改〔2021〕1号要求，我单位及时布置自评/);
  await jump.click();
  await expect(where()).resolves.toEqual(seenSpots[2]);
  await expect(narrow.getByTestId("fill-in-note").textContent()).resolves.toBe("");
});

test("下载结果文件 before 生成汇总: the file has the 自评汇总 and the 自评报告 with the text typed in the pane, and the message says so", async () => {
  const typed = "负责全市发展和改革工作。";
  const functions = narrow.getByRole("textbox", { name: /机构设置|主要职能|部门职能/ }).first();
  await functions.fill(typed);
  const [file] = await Promise.all([narrow.waitForEvent("download"), narrow.getByRole("button", { name: "下载结果文件", exact: true }).click()]);
  await narrow.getByTestId("notice").waitFor();
  const message = (await narrow.getByTestId("notice").textContent()) ?? "";
  expect(message).toContain("下载前已按当前的体例和您填写的内容生成“自评汇总”和“自评报告”工作表");
  const path = await file.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["自评汇总", "自评报告"]));
  const texts = await sheetTexts(path, "自评报告");
  expect(texts).toContain(`\u3000\u3000${typed}`);
  expect(texts).toContain("\u3000\u3000根据湛发改〔2021〕1号要求，我单位及时布置自评，成立自评工作小组，明确分工，落实责任，认真开展自评自查工作，经查阅、核实有关账务及项目等执行情况，填写自评表格并综合分析，形成本评价报告。现将整体绩效自我评价情况报告如下：");
  // Still in the pane after the download.
  await expect(functions.inputValue()).resolves.toBe(typed);
});

test("every box filled: 跳到待填写 says nothing is left; the narrow page had no errors", async () => {
  await narrow.locator('input[type="file"]').setInputFiles(FIXTURE);
  const dialog = narrow.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false)) await dialog.getByRole("button", { name: "仍然更换" }).click();
  await narrow.getByText("已选择：miit-2020-printed.xlsx").waitFor();
  await narrow.getByRole("article", { name: "自评报告" }).waitFor({ timeout: 30_000 });
  for (const area of await narrow.locator("textarea[data-fill-in]").all()) await area.fill("已填写。");
  await narrow.getByRole("button", { name: /跳到待填写的段落/ }).click();
  await expect(narrow.getByTestId("fill-in-note").textContent()).resolves.toBe("没有待填写的【请填写】了。");
  expect(narrowErrors).toEqual([]);
  await narrow.close();
});
