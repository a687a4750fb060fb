#!/usr/bin/env node
/**
 * Gzipped sizes of the task pane's JavaScript in dist/ (run `npm run build` first).
 *
 *   node scripts/bundle-sizes.js [distDir]
 *
 * "Initial" is what taskpane.html loads before the pane can be used (functions.js and
 * taskpane.js: the shared runtime loads both); everything else is a lazy chunk fetched by
 * import() when needed (ExcelJS, the engine, the Excel or file session). Prints a table, writes
 * bench/bundle-sizes.json, and exits 1 when the initial JavaScript is over the budget.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_INITIAL_GZIP = 200 * 1024;
const root = path.resolve(__dirname, "..");
const dist = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const out = path.join(root, "bench", "bundle-sizes.json");

function fail(message) {
  console.error(`bundle-sizes: ${message}`);
  process.exit(2);
}

const page = path.join(dist, "taskpane.html");
if (!fs.existsSync(page)) fail(`${page} not found: run \`npm run build\` first.`);

// Scripts of our own build that the page loads (office.js is Microsoft's, from the CDN or a copy):
// script tags, and the list the page's loader adds (<script type="application/json" id="pe-bundles">).
const html = fs.readFileSync(page, "utf8");
const listed = /<script[^>]*id="?pe-bundles"?[^>]*>([^<]*)<\/script>/.exec(html);
const initial = [...[...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]), ...(listed ? JSON.parse(listed[1]) : [])]
  .map((src) => src.split("?")[0])
  .filter((src) => !/^https?:/.test(src) && !src.startsWith("office/"));

/** "exceljs.ff3bdf37.js" → "exceljs"; "431.1030826a.js" → "431". */
const chunkName = (file) => file.replace(/\.js$/, "").replace(/\.[0-9a-f]{8}$/, "");

const files = fs
  .readdirSync(dist)
  .filter((f) => f.endsWith(".js"))
  .map((file) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return {
      file,
      chunk: chunkName(file),
      kind: initial.includes(file) ? "initial" : "lazy",
      bytes: bytes.length,
      gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length,
    };
  })
  .sort((a, b) => (a.kind === b.kind ? b.gzipBytes - a.gzipBytes : a.kind === "initial" ? -1 : 1));

const missing = initial.filter((src) => !files.some((f) => f.file === src));
if (missing.length) fail(`taskpane.html loads ${missing.join(", ")}, which dist/ does not have.`);

const initialGzip = files.filter((f) => f.kind === "initial").reduce((n, f) => n + f.gzipBytes, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const rows = [["chunk", "kind", "size", "gzipped"], ...files.map((f) => [f.chunk, f.kind, kb(f.bytes), kb(f.gzipBytes)])];
rows.push(["initial total", "", "", kb(initialGzip)]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
rows.slice(1, -1).forEach((r) => console.log(line(r)));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
console.log(line(rows[rows.length - 1]));

const withinBudget = initialGzip <= BUDGET_INITIAL_GZIP;
console.log(
  `\nInitial task pane JavaScript: ${kb(initialGzip)} gzipped (budget ${kb(BUDGET_INITIAL_GZIP)}): ${withinBudget ? "OK" : "OVER BUDGET"}`,
);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  JSON.stringify(
    {
      note: "Gzipped (level 9) sizes of dist/*.js from `npm run build`; initial = loaded by taskpane.html before the pane is usable.",
      budgetInitialGzipBytes: BUDGET_INITIAL_GZIP,
      initialGzipBytes: initialGzip,
      withinBudget,
      files,
    },
    null,
    2,
  ) + "\n",
);
console.log(`Written to ${path.relative(root, out)}`);
process.exit(withinBudget ? 0 : 1);
