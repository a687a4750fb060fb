#!/usr/bin/env node
"use strict";
// npm run bench: every performance target of the project, measured side by side in one run,
// printed as a table and written to bench/results.json (committed, with the machine).
// Benchmarks are not tests: figures depend on the machine and on what else it is doing.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const { evaluateWorkbook } = require(path.join(root, "lib", "core"));
const { loadWorkbook } = require(path.join(root, "lib", "gateways", "xlsx"));
const { run } = require(path.join(root, "lib", "cli", "main"));
const { measureFunctions } = require("./functions");
const { measureValidations, measureSplit, measureBatches } = require("./files");
const { projectWorkbook } = require("./projects");

const HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评分规则", "自评得分", "扣分原因"];

/** A 评分表 grid with `rows` 三级 rows under 4 一级 × 10 二级 (weights add up). */
function scoringGrid(rows) {
  const cells = [[{ value: "评分表" }], [], HEADER.map((value) => ({ value }))];
  const perL2 = Math.max(1, Math.ceil(rows / 40));
  let made = 0;
  for (let i = 0; i < 4 && made < rows; i++) {
    cells.push([{ value: `一级${i}` }, undefined, undefined, { value: 25 }]);
    for (let j = 0; j < 10 && made < rows; j++) {
      const n = Math.min(perL2, rows - made);
      cells.push([undefined, { value: `二级${i}-${j}` }, undefined, { value: 2.5 }]);
      for (let k = 0; k < n; k++, made++) {
        const w = 2.5 / n;
        const lost = k % 7 === 0 ? w / 2 : 0;
        cells.push([undefined, undefined, { value: `三级${i}-${j}-${k}` }, { value: w }, undefined, undefined, undefined, { value: w - lost }, lost ? { value: `扣${lost}分` } : undefined]);
      }
    }
  }
  const basic = [[{ value: "基础数据表" }], [{ value: "全年预算数" }, { value: 40118.72 }], [{ value: "实际支出" }, { value: 40036.38 }]];
  return { sheets: [{ name: "评分表", rows: cells, merges: [] }, { name: "基础数据表", rows: basic, merges: [] }] };
}

function time(fn, minMs = 400) {
  fn();
  const runs = [];
  const start = process.hrtime.bigint();
  do {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  } while (Number(process.hrtime.bigint() - start) / 1e6 < minMs && runs.length < 200);
  runs.sort((a, b) => a - b);
  return +runs[Math.floor(runs.length / 2)].toFixed(2);
}

async function timeAsync(fn, n = 7) {
  await fn();
  const runs = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return +runs[Math.floor(runs.length / 2)].toFixed(2);
}

function syncCounts() {
  const out = path.join(os.tmpdir(), `perfeval-syncs-${process.pid}.json`);
  execFileSync(process.execPath, [path.join(root, "node_modules", "jest", "bin", "jest.js"), "src/taskpane/excel-session.test.ts", "-t", "context.sync"], {
    cwd: root,
    env: { ...process.env, PERFEVAL_SYNC_COUNTS_OUT: out },
    stdio: "pipe",
  });
  const counts = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.rmSync(out, { force: true });
  return counts;
}

/** bench/excel-size.bench.ts through jest (it compiles the TypeScript fakes). */
function excelSizes() {
  const out = path.join(os.tmpdir(), `perfeval-excel-size-${process.pid}.json`);
  const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
  execFileSync(process.execPath, [jest, "--roots", "<rootDir>/bench", "--testMatch", "**/*.bench.ts", "bench/excel-size.bench.ts"], {
    cwd: root,
    env: { ...process.env, PERFEVAL_EXCEL_SIZE_OUT: out },
    stdio: "pipe",
  });
  const sizes = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.rmSync(out, { force: true });
  return sizes;
}

function bundleSizes() {
  const script = path.join(root, "scripts", "bundle-sizes.js");
  if (!fs.existsSync(path.join(root, "dist", "taskpane.html"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "pipe" });
  execFileSync(process.execPath, [script], { cwd: root, stdio: "pipe" });
  return JSON.parse(fs.readFileSync(path.join(__dirname, "bundle-sizes.json"), "utf8"));
}

(async () => {
  const rows = [];
  const add = (group, name, value, unit, target, ok) => rows.push({ group, name, value, unit, target, ok });

  // 1. The engine alone (grids already in memory: reader + evaluation + narrative + plan).
  const sample = path.join(root, "samples", fs.readdirSync(path.join(root, "samples")).filter((f) => f.endsWith(".xlsx")).sort()[0]);
  const loaded = await loadWorkbook(new Uint8Array(fs.readFileSync(sample)), path.basename(sample));
  const standard = time(() => evaluateWorkbook(loaded.grids));
  add("engine", "standard workbook", standard, "ms", "< 10 ms", standard < 10);
  const perRow = {};
  for (const n of [100, 1000, 2000, 10000]) {
    const grids = scoringGrid(n);
    const ms = time(() => evaluateWorkbook(grids), n >= 2000 ? 1500 : 400);
    perRow[n] = ms;
    add("engine", `评分表 of ${n} rows`, ms, "ms", n >= 2000 ? "< 1000 ms" : "", n >= 2000 ? ms < 1000 : true);
  }
  const linear = perRow[10000] / perRow[1000];
  add("engine", "growth 1,000 → 10,000 rows", +linear.toFixed(1), "×", "≈ 10× (linear)", linear < 15);
  // A bureau's 50 project tables in one workbook: read, scored, checked and every table's JSON
  // (what `evaluate --json` prints) worked out; reports and the write plan are made on first use.
  const projects = projectWorkbook(50);
  const fifty = time(() => evaluateWorkbook(projects).json, 1500);
  add("engine", "a 50-project workbook evaluated (scores, checks, JSON of every table)", fifty, "ms", "< 100 ms", fifty < 100);

  // 2. The command line on one workbook, and the same evaluate split into reading, the tool's
  // own work and writing (a bare ExcelJS read + write of the file for comparison).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-bench-"));
  const quiet = { stdout() {}, stderr() {}, interactive: false, cwd: tmp };
  const cli = await timeAsync(() => run(["evaluate", sample, "-o", path.join(tmp, "out.xlsx"), "--force"], quiet));
  const bare = await timeAsync(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(sample));
    await wb.xlsx.writeBuffer();
  });
  add("command line", "perfeval evaluate (one workbook)", cli, "ms", "", true);
  add("command line", "bare ExcelJS read + write", bare, "ms", "", true);
  const split = await measureSplit(sample);
  add("command line", "evaluate: reading (file, package, grids)", split.reading, "ms", "", true);
  add("command line", "evaluate: the tool's own work (reader, engine, plan)", split.work, "ms", "", true);
  add("command line", "evaluate: writing (apply plan, zip, atomic write)", split.writing, "ms", "", true);
  add("command line", "own work as a share of file I/O", split.workShareOfIo, "%", "< 25 %", split.workShareOfIo < 25);

  // 3. Validations of any extent against the same workbook without them.
  const dv = await measureValidations();
  for (const [name, r] of Object.entries(dv)) {
    if (name === "base") add("validations", "workbook without validations", `${r.ms} ms, ${r.rssMB}`, "MB", "", true);
    else add("validations", name, `${r.timeRatio}× time, ${r.memoryRatio}×`, "memory", "≤ 1.2×", r.timeRatio <= 1.2 && r.memoryRatio <= 1.2);
  }

  // 4. batch on 200 and 2,000 generated workbooks: one worker against all cores.
  for (const b of await measureBatches([200, 2000])) {
    const ok = b.one.code === 0 && b.all.code === 0 && b.one.files === b.workbooks + 1 && b.all.files === b.workbooks + 1;
    add("batch", `${b.workbooks} workbooks, 1 worker`, b.one.ms, "ms", "", ok);
    add("batch", `${b.workbooks} workbooks, ${b.cores} workers`, b.all.ms, "ms", "", ok);
    add("batch", `${b.workbooks} workbooks, speed-up`, b.speedup, "×", `> 1 (${b.cores} cores)`, b.speedup > 1);
    add("batch", `${b.workbooks} workbooks, peak memory 1 / ${b.cores} workers`, `${b.one.maxRssMB} / ${b.all.maxRssMB}`, "MB", "< 1,024 MB", b.all.maxRssMB < 1024);
  }

  // 5. Custom functions, calls per second in Node, each beside a bare decimal.js division of
  //    the same numbers (engine's configuration); rates must reach half its speed.
  const fns = measureFunctions();
  add("functions", "plain JavaScript division", fns.plainDivisionPerSecond, "calls/s", "", true);
  for (const f of fns.functions) {
    const isRate = f.kind === "rate";
    add("functions", `JX.${f.id} (bare decimal.js division ${f.decimalDivisionPerSecond}/s)`, `${f.callsPerSecond} = ${f.ratio}×`, "calls/s", isRate ? "≥ 0.5× bare division" : "", isRate ? f.ratio >= 0.5 : true);
  }

  // 6. context.sync() per task-pane action (Excel gateway against the fake, Excel on the web).
  const syncs = syncCounts();
  for (const action of Object.keys(syncs[10])) {
    const counts = [10, 100, 1000].map((n) => syncs[n][action]);
    add("excel syncs", `${action} at 10 / 100 / 1,000 rows`, counts.join(" / "), "syncs", "fixed for 10 and 100; +1 at most at 1,000", counts[0] === counts[1] && counts[2] - counts[1] <= 1);
  }

  // 7. Bytes per sync and syncs per action at 1,000, 10,000 and 50,000 rows (Excel on the web).
  const sizes = excelSizes();
  for (const [rows, actions] of Object.entries(sizes)) {
    for (const [action, m] of Object.entries(actions)) {
      const largest = Math.max(m.largestRequest, m.largestResponse);
      add("excel size", `${action} at ${Number(rows).toLocaleString("en")} rows: ${m.syncs} syncs, ${(m.bytesPerSync / 1024).toFixed(0)} KB per sync, largest`, +(largest / 2 ** 20).toFixed(2), "MB", "≤ 4 MB", largest <= 4 * 2 ** 20);
    }
  }

  // 8. Task pane bundle sizes (gzipped).
  try {
    const sizes = bundleSizes();
    const kb = (bytes) => +(bytes / 1024).toFixed(1);
    add("bundle", "initial task pane JavaScript", kb(sizes.initialGzipBytes), "KB gz", "≤ 200 KB", sizes.withinBudget);
    for (const f of sizes.files) add("bundle", `${f.chunk} (${f.kind})`, kb(f.gzipBytes), "KB gz", "", true);
  } catch (e) {
    add("bundle", "task pane build", "not built", "", "≤ 200 KB", false);
    console.error(`bundle sizes: ${e.message}`);
  }

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}`, loadAverage: os.loadavg().map((x) => +x.toFixed(2)) };
  const w = Math.max(...rows.map((r) => `${r.group}: ${r.name}`.length));
  console.log(`${"measure".padEnd(w)}  ${"value".padStart(14)}  target`);
  for (const r of rows) console.log(`${`${r.group}: ${r.name}`.padEnd(w)}  ${`${r.value} ${r.unit}`.padStart(14)}  ${r.target} ${r.target ? (r.ok ? "✓" : "✗ missed") : ""}`);
  console.log(`\nmachine: ${JSON.stringify(machine)}`);
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ machine, results: rows, excelSizes: sizes }, null, 2) + "\n");
})();
