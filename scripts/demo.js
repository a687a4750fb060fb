#!/usr/bin/env node
"use strict";
// npm run demo: evaluates every workbook in samples/ with the perfeval command line (result
// workbook and Word report each), runs the batch over them, and shows where the results are.
// The samples are built from the public reference reports.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const main = path.join(root, "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  console.error("请先运行 npm install（它会编译命令行工具）。");
  process.exit(2);
}
const { run } = require(main);

(async () => {
  const samples = path.join(root, "samples");
  const outDir = path.join(root, "out", "demo");
  fs.mkdirSync(outDir, { recursive: true });
  const files = fs.readdirSync(samples).filter((f) => f.endsWith(".xlsx")).sort();
  const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), interactive: false, cwd: root };
  for (const f of files) {
    process.stdout.write(`\n━━ ${f} ━━\n`);
    const out = path.join(outDir, f.replace(/\.xlsx$/, ".自评结果.xlsx"));
    const docx = path.join(outDir, f.replace(/\.xlsx$/, ".自评报告.docx"));
    const code = await run(["evaluate", path.join(samples, f), "-o", out, "--docx", docx, "--force"], io);
    if (code !== 0) process.exitCode = code;
  }
  process.stdout.write(`\n━━ 批量处理（perfeval batch） ━━\n`);
  await run(["batch", samples, "-o", path.join(outDir, "batch"), "--force"], io);
  process.stdout.write(`\n全部结果在 ${outDir}\n`);
})();
