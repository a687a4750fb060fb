"use strict";
// `perfeval batch` on 200 generated department workbooks, in a child process so its peak
// memory (maxRSS) is its own. Prints one JSON line: { ms, maxRssMB, files }.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..");

async function generate(dir, count) {
  const ExcelJS = require("exceljs");
  const samples = fs.readdirSync(path.join(ROOT, "samples")).filter((f) => f.endsWith(".xlsx")).sort();
  for (let i = 0; i < count; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, "samples", samples[i % samples.length]));
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => {
        if (row.getCell(1).value === "部门名称") row.getCell(2).value = `测试部门${String(i + 1).padStart(3, "0")}`;
      });
    }
    await wb.xlsx.writeFile(path.join(dir, `部门${String(i + 1).padStart(3, "0")}.xlsx`));
  }
}

async function child(dir, out) {
  const { run } = require(path.join(ROOT, "lib", "cli", "main"));
  const start = process.hrtime.bigint();
  // interactive: the progress bar is drawn (to a sink), as on a terminal.
  const code = await run(["batch", dir, "-o", out], { stdout() {}, stderr() {}, interactive: true, cwd: dir });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ code, ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), files: fs.readdirSync(out).length }) + "\n");
}

async function measureBatch(count = 200) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-batch-in-"));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-batch-out-"));
  await generate(dir, count);
  const line = execFileSync(process.execPath, [__filename, "--child", dir, out], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
  return { workbooks: count, ...JSON.parse(line) };
}

module.exports = { measureBatch };
if (process.argv[2] === "--child") child(process.argv[3], process.argv[4]);
else if (require.main === module) measureBatch(Number(process.argv[2] ?? 200)).then((r) => console.log(r));
