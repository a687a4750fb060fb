#!/usr/bin/env node
"use strict";
// How to read every .xlsx office software writes, measured side by side (docs/performance.md):
//   exceljs     ExcelJS on the file as it is (the reader before this change)
//   view        the package layer's reading view handed to ExcelJS (the reader now)
//   sheetjs     SheetJS Community Edition (@e965/xlsx), if SHEETJS points at it, for comparison
// on test/real-files, the exit-0 workbooks of the corpus, the families of
// scripts/real-conditions.js and the samples. Each read runs in a child process with a time
// limit, so a hang or a crash is counted, not fatal. Prints one JSON line per file and reader,
// then a summary: how many files each reader read, how many gave as many non-empty cells as
// `view`, how many printed to the console, median time of one warm read, median peak memory
// (which includes loading all three readers' modules).
//
//   npm run build:cli && SHEETJS=/path/to/node_modules/@e965/xlsx node bench/readers.js
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const LIMIT_MS = 40000;

function child(reader, file) {
  // Modules loaded and the reader run once before the clock starts: the time is one warm read.
  const code = `
const fs=require("fs"),path=require("path");const file=${JSON.stringify(file)};const reader=${JSON.stringify(reader)};
const cells=(rows)=>{let n=0;for(const r of rows)if(r)for(const c of r)if(c&&c.value!==null&&c.value!==undefined&&c.value!=="")n++;return n;};
const {loadWorkbook}=require(${JSON.stringify(path.join(ROOT, "lib", "gateways", "xlsx"))});
const ExcelJS=require(${JSON.stringify(require.resolve("exceljs"))});
const X=process.env.SHEETJS?require(process.env.SHEETJS):undefined;
async function read(bytes){let sheets,count=0;
if(reader==="view"){const l=await loadWorkbook(bytes,path.basename(file));sheets=l.grids.sheets.map(s=>s.name);for(const s of l.grids.sheets)count+=cells(s.rows);}
else if(reader==="exceljs"){const wb=new ExcelJS.Workbook();await wb.xlsx.load(bytes);sheets=wb.worksheets.map(w=>w.name);for(const ws of wb.worksheets)ws.eachRow(r=>r.eachCell(c=>{if(c.type!==ExcelJS.ValueType.Merge&&c.value!==null&&c.value!=="")count++;}));}
else {const wb=X.read(bytes,{type:"array"});sheets=wb.SheetNames;for(const n of sheets){const ws=wb.Sheets[n];for(const k of Object.keys(ws))if(k[0]!=="!"&&ws[k].v!==undefined&&ws[k].v!=="")count++;}}
return {sheets,count};}
(async()=>{const bytes=new Uint8Array(fs.readFileSync(file));await read(bytes);const t=process.hrtime.bigint();const r=await read(bytes);
process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,rssMB:process.resourceUsage().maxRSS/1024,sheets:r.sheets,cells:r.count}));})().catch(e=>{process.stdout.write(JSON.stringify({error:String(e&&e.message||e).slice(0,120)}))});`;
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", timeout: LIMIT_MS, stdio: ["ignore", "pipe", "pipe"] });
  if (r.error || r.status === null) return { error: `no result after ${LIMIT_MS / 1000} s` };
  const warnings = r.stderr.trim() ? r.stderr.trim().split("\n").length : 0;
  try {
    return { ...JSON.parse(r.stdout), warnings };
  } catch {
    return { error: `exit ${r.status}`, warnings };
  }
}

async function files() {
  const out = [];
  const add = (set, file) => out.push({ set, file });
  for (const f of fs.readdirSync(path.join(ROOT, "test", "real-files")).filter((n) => n.endsWith(".xlsx"))) add("real-files", path.join(ROOT, "test", "real-files", f));
  const corpus = JSON.parse(fs.readFileSync(path.join(ROOT, "test", "corpus", "expectations.json"), "utf8"));
  for (const e of corpus.filter((x) => x.exit === 0)) add("corpus", path.join(ROOT, "test", "corpus", e.file));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-readers-"));
  const all = await require(path.join(ROOT, "scripts", "real-conditions.js")).makeAll();
  for (const [name, bytes] of Object.entries(all)) {
    fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
    add("families", path.join(dir, `${name}.xlsx`));
  }
  for (const f of fs.readdirSync(path.join(ROOT, "samples")).filter((n) => n.endsWith(".xlsx"))) add("samples", path.join(ROOT, "samples", f));
  return out;
}

(async () => {
  const readers = ["exceljs", "view", ...(process.env.SHEETJS ? ["sheetjs"] : [])];
  const summary = {};
  for (const { set, file } of await files()) {
    const res = Object.fromEntries(readers.map((r) => [r, child(r, file)]));
    for (const r of readers) {
      const x = res[r];
      const s = (summary[`${set}/${r}`] ??= { files: 0, read: 0, sameAsView: 0, warned: 0, ms: [], rssMB: [] });
      s.files++;
      if (!x.error) {
        s.read++;
        s.ms.push(x.ms);
        s.rssMB.push(x.rssMB);
        if (!res.view.error && x.cells === res.view.cells) s.sameAsView++;
      }
      if (x.warnings) s.warned++;
      console.log(JSON.stringify({ set, file: path.basename(file), reader: r, ...x, sheets: undefined }));
    }
  }
  const med = (xs) => (xs.length ? +[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1) : null);
  console.log("\nset/reader: files read, same cell count as view, files with console output, median ms, median peak MB");
  for (const [k, s] of Object.entries(summary)) console.log(`${k}: ${s.read}/${s.files} read, ${s.sameAsView} same, ${s.warned} warned, ${med(s.ms)} ms, ${med(s.rssMB)} MB`);
})();
