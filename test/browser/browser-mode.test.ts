/**
 * The task pane's browser mode, end to end in a real Chromium: the production build (with the
 * local office.js, no network), served over http from 127.0.0.1. A user picks an .xlsx, reads
 * it, writes the summary and downloads the result; the page must never contact another origin.
 * Screenshots at 360×800 go to docs/images/browser-mode-*.png.
 *
 * Needs /usr/bin/chromium (CI's .ci/run installs it) and builds dist/ when it is missing, older
 * than the sources or built for the CDN (webpack with PERFEVAL_LOCAL_OFFICE=1: about 30 s, a
 * few seconds with webpack's cache).
 */
import { execFileSync } from "child_process";
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { tmpdir } from "node:os";
import * as ExcelJS from "exceljs";
import { perfeval } from "../helpers/cli";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const FIXTURE = join(ROOT, "test/fixtures/standard/miit-2020-printed.xlsx");
const SCREENSHOTS = join(ROOT, "docs/images");
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
  run("node_modules/webpack/bin/webpack.js", ["--mode", "production"], { ...process.env, PERFEVAL_LOCAL_OFFICE: "1" });
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

test("opens in browser mode with a file picker (no Excel)", async () => {
  await page.goto(`${origin}/taskpane.html`);
  loadedAt = Date.now();
  await page.getByRole("button", { name: "选择文件…" }).waitFor({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("绩效自评助手");
  // Nothing to act on before a file is chosen.
  await expect(page.getByRole("button", { name: "读取评价表" }).getAttribute("aria-disabled")).resolves.toBe("true");
  await shot(1);
});

test("读取评价表 shows the total, the grade and the checks", async () => {
  await page.locator('input[type="file"]').setInputFiles(FIXTURE);
  await page.getByText("已选择：miit-2020-printed.xlsx").waitFor();
  await page.getByRole("button", { name: "读取评价表" }).click();
  await page.getByTestId("summary").waitFor({ timeout: 30_000 });

  await expect(page.getByTestId("total").textContent()).resolves.toBe("100");
  await expect(page.getByTestId("grade").textContent()).resolves.toBe("优");
  await expect(page.getByTestId("summary").textContent()).resolves.toContain("湛江市工业和信息化局本级");

  const errors = page.locator('[data-severity="error"]');
  await expect(errors.getByRole("heading").textContent()).resolves.toMatch(/^错误/);
  await expect(errors.textContent()).resolves.toContain("正负号相反");
  // The tree: 一级 rows with 分值 / 得分 / 扣分.
  await expect(page.getByRole("treeitem", { name: /预算使用效益/ }).textContent()).resolves.toContain("29.83");
  await expect(page.getByTestId("rates").textContent()).resolves.toContain("99.07%");
  await shot(2);
});

test("生成汇总 then 下载结果文件 gives a workbook with the two new sheets", async () => {
  await page.getByRole("button", { name: "生成汇总" }).click();
  const notice = page.getByTestId("notice");
  await notice.waitFor({ timeout: 30_000 });
  await expect(notice.textContent()).resolves.toContain("自评汇总");
  await shot(3);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果文件" }).click()]);
  expect(download.suggestedFilename()).toBe("miit-2020-printed.自评结果.xlsx");
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const names = workbook.worksheets.map((ws) => ws.name);
  expect(names).toEqual(expect.arrayContaining(["评分表", "基础数据表", "自评汇总", "自评报告"]));
});

/** Clicks an action and returns the text of the message it leaves in the pane. */
async function act(name: string): Promise<string> {
  const previous = await page.$('[data-testid="notice"]');
  await page.getByRole("button", { name, exact: true }).click();
  await previous?.waitForElementState("hidden"); // each action starts by clearing the last message
  await page.locator('[data-testid="notice"]').waitFor();
  await page.locator('[data-testid="progress"]').waitFor({ state: "detached" });
  return (await page.getByTestId("notice").textContent()) ?? "";
}

test("the other actions each report what they did, in Chinese", async () => {
  await expect(act("标注扣分")).resolves.toContain("已标注");
  await expect(act("标注扣分")).resolves.toContain("无需重复");
  await expect(act("清除标注")).resolves.toContain("原文件从未被改动");
  await expect(act("写入公式")).resolves.toMatch(/比率公式|没有需要写入公式/);
  await expect(act("转为普通公式")).resolves.toContain("普通 Excel 公式");
  // Clearing the marks kept the summary.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果文件" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
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

test("the report: traced numbers, another outline, a filled placeholder, the Word download", async () => {
  const report = page.getByRole("article", { name: "自评报告" });
  await report.waitFor({ timeout: 15_000 });
  // What the eye reads: each number's "（来源：…）" is there for screen readers only.
  const seen = async () => ((await report.textContent()) ?? "").replace(/（来源：[^）]*）/g, "");
  await expect(seen()).resolves.toContain("部门整体支出绩效自评分数为100分，绩效等级为“优”");
  // The total is a number with its sources: the 一级 score cells of the 评分表.
  const total = report.locator("button[data-cells]", { hasText: /^100（/ }).first();
  await expect(total.getAttribute("data-cells")).resolves.toMatch(/^评分表!H\d+/);
  await expect(total.getAttribute("title")).resolves.toMatch(/^来源：评分表!H\d+/);
  await page.getByRole("combobox", { name: "报告体例" }).selectOption("雷州式");
  await expect(seen()).resolves.toContain("1.预算编制：指标总分12分，自评得分12分。各项指标均未扣分。财政拨款收入预决算差异率=");
  await expect(seen()).resolves.toContain("2.目标设置：指标总分8分，自评得分8分。");
  const functions = page.getByRole("textbox", { name: /单位机构设置、主要职能和人员情况/ });
  await functions.fill("负责全市工业和信息化工作。");
  await report.scrollIntoViewIfNeeded();
  await shot(7);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 Word 报告" }).click()]);
  expect(download.suggestedFilename()).toBe("miit-2020-printed.自评报告.docx");
  const xml = execFileSync("python3", ["-c", "import sys,zipfile;print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", await download.path()], { encoding: "utf8" });
  expect(xml).toContain("负责全市工业和信息化工作。");
  expect(xml).toContain("自评得分");
});

test("a file that is not a workbook gets a Chinese message, never a blank pane", async () => {
  await page.locator('input[type="file"]').setInputFiles(join(ROOT, "test/fixtures/bad/not-a-workbook.xlsx"));
  const text = await act("读取评价表");
  expect(text).toContain("操作没有完成");
  expect(text).toContain("这不是 Excel 工作簿");
  expect(text).not.toMatch(/\bat \w+ \(|Error:/); // no stack trace, no raw error names
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
    await page.locator('input[type="file"]').setInputFiles(join(corpus, file));
    const shown = await act("读取评价表");
    expect({ file, shown: shown.includes(message) }).toEqual({ file, shown: true });
  }
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
      w.terminate();
      return { copy, docxBytes: docx.result?.byteLength, docxError: docx.error };
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
});

test("the page contacted no other origin and had no errors", async () => {
  // office.js opens its telemetry frame 3 s after loading, unless the pane switched it off.
  await page.waitForTimeout(Math.max(0, loadedAt + 4000 - Date.now()));
  await expect(page.locator("iframe").count()).resolves.toBe(0);
  const foreign = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  expect(requests.some((url) => url.endsWith("/office/office.js"))).toBe(true);
  expect(failedResponses).toEqual([]);
  expect(pageErrors).toEqual([]);
  // Includes Content-Security-Policy violations: the browser build allows only its own origin.
  expect(consoleErrors).toEqual([]);
});
