/**
 * `perfeval batch` as built (worker threads, one per core): an unexpected failure or a file that
 * never finishes is recorded against that file, on the terminal and in the overview, and every
 * other file is evaluated; the overview's order does not depend on the number of workers.
 * The command line is compiled once into a scratch folder so the workers run real JavaScript.
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import * as ExcelJS from "exceljs";
import { tmpdir } from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const tmp = (p: string) => mkdtempSync(path.join(tmpdir(), p));
let runner: string;
let input: string;
let build: string;

afterAll(() => rmSync(build, { recursive: true, force: true }));

beforeAll(() => {
  // Inside the project (node_modules/.cache), so the compiled files find the project's packages.
  build = path.join(ROOT, "node_modules", ".cache", "perfeval-batch-test", String(process.pid));
  const lib = path.join(build, "lib");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", lib], { stdio: "pipe" });
  runner = path.join(path.dirname(lib), "run.js");
  writeFileSync(runner, `require(${JSON.stringify(path.join(lib, "cli", "main.js"))}).runFromProcess().then((c) => { process.exitCode = c; });\n`);
  input = tmp("perfeval-batch-in-");
  const samples = path.join(ROOT, "samples");
  for (const f of readdirSync(samples).filter((n) => n.endsWith(".xlsx"))) copyFileSync(path.join(samples, f), path.join(input, f));
  for (let i = 1; i <= 3; i++) copyFileSync(path.join(samples, "湛江市工业和信息化局-2020-更正版.xlsx"), path.join(input, `副本${i}.xlsx`));
}, 120000);

function batch(out: string, extra: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [runner, "batch", input, "-o", out, ...extra], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** [文件, 状态, 错误检查] of every file row. */
async function overview(out: string): Promise<[string, string, string][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, "批量汇总.xlsx"));
  const rows: [string, string, string][] = [];
  const ws = wb.getWorksheet("批量汇总")!;
  // The columns by their headers: the overview's layout may grow.
  let fileCol = 0;
  let statusCol = 0;
  let reasonCol = 0;
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (cell.value === "文件") fileCol = c;
      if (cell.value === "状态") statusCol = c;
      if (cell.value === "错误检查") reasonCol = c;
    });
  });
  ws.eachRow((row) => {
    const file = row.getCell(fileCol).value;
    if (typeof file === "string" && file.endsWith(".xlsx")) rows.push([file, String(row.getCell(statusCol).value), String(row.getCell(reasonCol).value ?? "")]);
  });
  return rows;
}

test("one crashing and one hanging file: recorded against those files, every other file evaluated", async () => {
  const out = tmp("perfeval-batch-out-");
  const started = Date.now();
  const r = batch(out, [], { PERFEVAL_FAULT: "crash:副本2" });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/无法读取 副本2\.xlsx：内部错误（这是程序的缺陷/);
  const rows = await overview(out);
  expect(rows).toHaveLength(8);
  expect(rows.find(([f]) => f === "副本2.xlsx")![1]).toBe("无法读取");
  expect(rows.filter(([, s]) => s.startsWith("已评价"))).toHaveLength(7);
  for (const [f, s] of rows) if (s.startsWith("已评价")) expect(existsSync(path.join(out, f.replace(/\.xlsx$/, ".自评结果.xlsx")))).toBe(true);

  const out2 = tmp("perfeval-batch-out-");
  // The limit must leave an ordinary file time enough on a loaded 2-core machine.
  const h = batch(out2, ["--timeout", "12"], { PERFEVAL_FAULT: "hang:副本1" });
  expect(h.code).toBe(0);
  expect(h.stdout).toMatch(/无法读取 副本1\.xlsx：超过 12 秒仍未处理完/);
  const rows2 = await overview(out2);
  expect(rows2.filter(([, s]) => s.startsWith("已评价"))).toHaveLength(7);
  const hung = rows2.find(([f]) => f === "副本1.xlsx")!;
  expect(hung[1]).toBe("无法读取");
  expect(hung[2]).toMatch(/超过 12 秒/);
  // No half-written result or temporary file of the stopped worker.
  expect(readdirSync(out2).filter((f) => f.startsWith(".") || f.startsWith("副本1"))).toEqual([]);
  expect(Date.now() - started).toBeLessThan(90000);
}, 120000);

test("the overview lists files in the same order with one worker or with all cores", async () => {
  const one = tmp("perfeval-batch-out-");
  const all = tmp("perfeval-batch-out-");
  expect(batch(one, ["--jobs", "1"]).code).toBe(0);
  expect(batch(all, ["--jobs", "4"]).code).toBe(0);
  const a = await overview(one);
  expect(a.map(([f]) => f)).toEqual([...a.map(([f]) => f)].sort((x, y) => x.localeCompare(y, "zh-CN")));
  expect(await overview(all)).toEqual(a);
}, 120000);

test("--jobs and --timeout take positive numbers", () => {
  const r = batch(tmp("perfeval-batch-out-"), ["--jobs", "0"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--jobs 需要一个正数");
});
