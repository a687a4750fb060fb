"use strict";
// Files in and out: the cost of validations of any extent against the same workbook without
// them, one `evaluate` split into reading / the tool's own work / writing, and `batch` on 200
// and 2,000 workbooks with one worker against all cores. Run by bench/run.js.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const JSZip = require("jszip");

const ROOT = path.join(__dirname, "..");
const lib = (p) => require(path.join(ROOT, "lib", p));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;

/** Peak memory (maxRSS, MB) and wall time of `perfeval evaluate FILE` in a child process of its own. */
function evaluateInChild(file) {
  const out = path.join(os.tmpdir(), `perfeval-bench-${process.pid}.xlsx`);
  const code = `const {run}=require(${JSON.stringify(path.join(ROOT, "lib", "cli", "main"))});const t=process.hrtime.bigint();run(["evaluate",${JSON.stringify(file)},"-o",${JSON.stringify(out)},"--force"],{stdout(){},stderr(){},interactive:false,cwd:process.cwd()}).then(c=>{process.stdout.write(JSON.stringify({code:c,ms:Number(process.hrtime.bigint()-t)/1e6,rssMB:process.resourceUsage().maxRSS/1024}))})`;
  const r = JSON.parse(execFileSync(process.execPath, ["-e", code], { encoding: "utf8", timeout: 600000 }));
  fs.rmSync(out, { force: true });
  return r;
}

/** Median time (ms) of read + evaluate + apply + result bytes of each file, in-process, files taken in turn so drift hits all alike. */
async function evaluateTimes(files) {
  const { loadWorkbook, applyPlan, packageBytes } = lib("gateways/xlsx");
  const { evaluateWorkbook } = lib("core");
  const times = files.map(() => []);
  for (let round = 0; round < 15; round++) {
    for (const [i, file] of files.entries()) {
      const t = process.hrtime.bigint();
      const loaded = await loadWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file));
      await applyPlan(loaded.package, evaluateWorkbook(loaded.grids, path.basename(file)).plan);
      await packageBytes(loaded.package);
      if (round >= 3) times[i].push(ms(t));
    }
  }
  return times.map((t) => +median(t).toFixed(1));
}

/** Validations of every extent against the same workbook without them (≤ 1.2× time and memory). */
async function measureValidations() {
  const { VARIANTS, makeAll } = require(path.join(ROOT, "scripts", "real-conditions.js"));
  const all = await makeAll();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-bench-dv-"));
  const names = ["base", ...Object.keys(VARIANTS).filter((n) => VARIANTS[n][0] === "validations")];
  const rows = {};
  for (const n of names) {
    const file = path.join(dir, `${n}.xlsx`);
    fs.writeFileSync(file, all[n]);
    // Memory: the whole command in a process of its own; time: the same work in-process, warmed up.
    const runs = [0, 1, 2].map(() => evaluateInChild(file));
    if (runs.some((r) => r.code !== 0)) throw new Error(`${n}: exit ${runs.map((r) => r.code)}`);
    rows[n] = { file, rssMB: +median(runs.map((r) => r.rssMB)).toFixed(1) };
  }
  const times = await evaluateTimes(names.map((n) => rows[n].file));
  names.forEach((n, i) => {
    delete rows[n].file;
    rows[n].ms = times[i];
    rows[n].timeRatio = +(times[i] / times[0]).toFixed(2);
    rows[n].memoryRatio = +(rows[n].rssMB / rows.base.rssMB).toFixed(2);
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

/** One `evaluate` of a sample in-process, split: reading, the tool's own work, writing. */
async function measureSplit(sample) {
  const { loadWorkbook, applyPlan, packageBytes, writeBytesAtomically } = lib("gateways/xlsx");
  const { evaluateWorkbook } = lib("core");
  const out = path.join(os.tmpdir(), `perfeval-bench-split-${process.pid}.xlsx`);
  const parts = { reading: [], work: [], writing: [] };
  for (let i = 0; i < 15; i++) {
    let t = process.hrtime.bigint();
    const bytes = new Uint8Array(fs.readFileSync(sample));
    const loaded = await loadWorkbook(bytes, path.basename(sample));
    parts.reading.push(ms(t));
    t = process.hrtime.bigint();
    const result = evaluateWorkbook(loaded.grids, path.basename(sample));
    parts.work.push(ms(t));
    t = process.hrtime.bigint();
    await applyPlan(loaded.package, result.plan);
    await writeBytesAtomically(out, await packageBytes(loaded.package));
    parts.writing.push(ms(t));
  }
  fs.rmSync(out, { force: true });
  const m = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, +median(v.slice(3)).toFixed(2)]));
  return { ...m, workShareOfIo: +((m.work / (m.reading + m.writing)) * 100).toFixed(0) };
}

/** `count` department workbooks from the samples, each with its own 部门名称 (edited in the shared strings). */
async function generate(dir, count) {
  const samples = fs.readdirSync(path.join(ROOT, "samples")).filter((f) => f.endsWith(".xlsx")).sort();
  const zips = await Promise.all(samples.map(async (f) => JSZip.loadAsync(fs.readFileSync(path.join(ROOT, "samples", f)))));
  const sst = await Promise.all(zips.map((z) => z.file("xl/sharedStrings.xml").async("string")));
  for (let i = 0; i < count; i++) {
    const k = i % zips.length;
    const name = `测试部门${String(i + 1).padStart(4, "0")}`;
    zips[k].file("xl/sharedStrings.xml", sst[k].replace(/(<t[^>]*>)([^<]*(?:局|委员会)[^<]*本级|[^<]*局)(<\/t>)/, `$1${name}$3`));
    fs.writeFileSync(path.join(dir, `部门${String(i + 1).padStart(4, "0")}.xlsx`), await zips[k].generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }
}

/** `perfeval batch` in a child process (its maxRSS includes its worker threads). */
function batchInChild(dir, jobs) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-bench-batch-out-"));
  const code = `const {run}=require(${JSON.stringify(path.join(ROOT, "lib", "cli", "main"))});const t=process.hrtime.bigint();run(["batch",${JSON.stringify(dir)},"-o",${JSON.stringify(out)},"--jobs","${jobs}"],{stdout(){},stderr(){},interactive:true,cwd:process.cwd()}).then(c=>{process.stdout.write(JSON.stringify({code:c,ms:Math.round(Number(process.hrtime.bigint()-t)/1e6),maxRssMB:Math.round(process.resourceUsage().maxRSS/1024),files:require("fs").readdirSync(${JSON.stringify(out)}).length}))})`;
  const r = JSON.parse(execFileSync(process.execPath, ["-e", code], { encoding: "utf8", timeout: 1800000 }));
  fs.rmSync(out, { recursive: true, force: true });
  return r;
}

async function measureBatches(counts = [200, 2000]) {
  const cores = os.availableParallelism();
  const rows = [];
  for (const count of counts) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-bench-batch-in-"));
    await generate(dir, count);
    const one = batchInChild(dir, 1);
    const all = batchInChild(dir, cores);
    rows.push({ workbooks: count, cores, one, all, speedup: +(one.ms / all.ms).toFixed(2) });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

module.exports = { measureValidations, measureSplit, measureBatches, generate };
if (require.main === module) {
  (async () => {
    console.log(JSON.stringify({ validations: await measureValidations(), split: await measureSplit(path.join(ROOT, "samples", "湛江市工业和信息化局-2020-更正版.xlsx")), batches: await measureBatches(process.argv[2] ? process.argv.slice(2).map(Number) : [200]) }, null, 2));
  })();
}
