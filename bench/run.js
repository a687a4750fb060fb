#!/usr/bin/env node
"use strict";
// npm run bench: speed of the engine and the command line, printed as a table and written to
// bench/results.json (committed). Not a test: numbers vary by machine; targets are in docs.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const { evaluateWorkbook } = require(path.join(root, "lib", "core"));
const { loadWorkbook, applyPlan, workbookToBuffer } = require(path.join(root, "lib", "gateways", "xlsx"));
const { run } = require(path.join(root, "lib", "cli", "main"));

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

function time(fn, minMs = 300) {
  fn();
  const runs = [];
  const start = process.hrtime.bigint();
  do {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  } while (Number(process.hrtime.bigint() - start) / 1e6 < minMs && runs.length < 200);
  runs.sort((a, b) => a - b);
  return { medianMs: +runs[Math.floor(runs.length / 2)].toFixed(2), runs: runs.length };
}

async function timeAsync(fn, n = 5) {
  await fn();
  const runs = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { medianMs: +runs[Math.floor(runs.length / 2)].toFixed(2), runs: n };
}

(async () => {
  const results = [];
  const sample = path.join(root, "samples", fs.readdirSync(path.join(root, "samples")).filter((f) => f.endsWith(".xlsx")).sort()[0]);
  const bytes = new Uint8Array(fs.readFileSync(sample));
  const loaded = await loadWorkbook(bytes, path.basename(sample));
  results.push({ name: `engine: standard workbook (${path.basename(sample)})`, target: "< 50 ms", ...time(() => evaluateWorkbook(loaded.grids)) });
  for (const rows of [100, 1000, 2000, 10000]) {
    const grids = scoringGrid(rows);
    const target = rows === 2000 ? "< 1000 ms" : rows === 10000 ? "< 1000 ms" : "";
    results.push({ name: `engine: 评分表 of ${rows} rows`, target, ...time(() => evaluateWorkbook(grids)) });
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-bench-"));
  const quiet = { stdout() {}, stderr() {}, interactive: false, cwd: tmp };
  const cli = await timeAsync(() => run(["evaluate", sample, "-o", path.join(tmp, "out.xlsx"), "--force"], quiet));
  const bare = await timeAsync(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(sample));
    await wb.xlsx.writeBuffer();
  });
  results.push({ name: "perfeval evaluate (one workbook, in-process)", target: "≤ 1.25 × ExcelJS", ...cli });
  results.push({ name: "bare ExcelJS read + write of the same file", target: "", ...bare });
  results.push({ name: "overhead over ExcelJS", target: "≤ 25%", medianMs: null, ratio: +((cli.medianMs / bare.medianMs - 1) * 100).toFixed(1) + "%" });
  void applyPlan;
  void workbookToBuffer;

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${"measure".padEnd(width)}  median ms  target`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.medianMs ?? r.ratio).padStart(9)}  ${r.target}`);
  console.log(`\nmachine: ${JSON.stringify(machine)}`);
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ machine, results }, null, 2) + "\n");
})();
