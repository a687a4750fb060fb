#!/usr/bin/env node
"use strict";
// Renders the layouts the reader accepts to docs/images/layout-*.png, for docs/workbook-layout.md:
// each layout is written as an .xlsx (test/helpers/published-layouts, test/helpers/layouts),
// printed to PDF by LibreOffice headless and turned into a PNG by pdftoppm (trimmed with
// to the text's bounding box from pdftotext -bbox). Run: node scripts/layout-pictures.js
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");

require("./require-ts");

const root = path.join(__dirname, "..");
const published = require(path.join(root, "test", "helpers", "published-layouts.ts"));
const { layOut } = require(path.join(root, "test", "helpers", "layouts.ts"));

const TREE = [
  { name: "投入", weight: 20, children: [{ name: "预算配置", weight: 20, children: [
    { name: "财政供养人员控制率", weight: 10, score: 9, reason: "超编1人，扣1分", children: [] },
    { name: "重点支出安排率", weight: 10, score: 10, children: [] },
  ] }] },
  { name: "过程", weight: 70, children: [
    { name: "预算执行", weight: 40, children: [{ name: "支付进度", weight: 20, score: 20, children: [] }, { name: "资金结余", weight: 20, score: 18, reason: "结余偏高，扣2分", children: [] }] },
    { name: "预算管理", weight: 30, children: [{ name: "管理制度健全性", weight: 30, score: 30, children: [] }] },
  ] },
];
const BASE = {
  headerRows: 1, rows: "outline", weights: "column", department: "pair", funds: "none", goalsBlock: false, statedTotalAbove: false,
  blankRowsAbove: 0, seq: false, totalRow: true, subtotals: false, placeholders: false, spaced: false, wording: 0, statedParents: true,
};

/** name → grid; the names are the picture files' names. */
const LAYOUTS = {
  "standard": layOut(TREE, BASE).grid,
  "three-row-header": layOut(TREE, { ...BASE, headerRows: 3, rows: "leaf-merged", weights: "per-level", statedParents: false }).grid,
  "weights-in-labels": layOut(TREE, { ...BASE, rows: "leaf-merged", weights: "labels", spaced: true, statedParents: false }).grid,
  "subtotals": published.guangdongSubtotals,
  "funds-block-flat-list": published.chongqingDepartment,
  "project-form": published.anhuiProject,
  "project-form-sichuan": published.sichuanProject,
};

async function writeXlsx(grid, file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  const thin = { style: "thin", color: { argb: "FF999999" } };
  let width = 0;
  grid.rows.forEach((row) => (width = Math.max(width, row ? row.length : 0)));
  grid.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const v = row && row[c];
      if (v && v.value !== null) cell.value = v.value;
      cell.alignment = { wrapText: true, vertical: "middle" };
      cell.font = { name: "WenQuanYi Zen Hei", size: 9 };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  });
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // Rows as tall as their longest wrapped text (LibreOffice does not re-fit rows it is given).
  grid.rows.forEach((row, r) => {
    let lines = 1;
    for (const v of row || []) {
      const text = v && typeof v.value === "string" ? v.value : "";
      lines = Math.max(lines, ...text.split("\n").map((l) => Math.ceil(l.length / 11) || 1).map((n, i, a) => (i === 0 ? a.reduce((s, x) => s + x, 0) : 0)));
    }
    ws.getRow(r + 1).height = Math.min(14 * lines, 60);
  });
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = 12;
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1, margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 } };
  await wb.xlsx.writeFile(file);
}

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-layouts-"));
  const profile = path.join(tmp, "profile");
  const images = path.join(root, "docs", "images");
  for (const [name, grid] of Object.entries(LAYOUTS)) {
    const xlsx = path.join(tmp, `${name}.xlsx`);
    await writeXlsx(grid, xlsx);
    execFileSync("libreoffice", ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "pdf", "--outdir", tmp, xlsx], { stdio: "pipe", timeout: 120000 });
    const pdf = path.join(tmp, `${name}.pdf`);
    const png = path.join(images, `layout-${name}`);
    // Crop to the printed table: the words' bounding box on page 1, plus a margin for the borders.
    const boxes = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    const words = [...boxes.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    const dpi = 110;
    const px = (pt) => Math.round((pt * dpi) / 72);
    const x0 = Math.max(0, Math.min(...words.map((w) => w[0])) - 8);
    const y0 = Math.max(0, Math.min(...words.map((w) => w[1])) - 8);
    const x1 = Math.max(...words.map((w) => w[2])) + 14;
    const y1 = Math.max(...words.map((w) => w[3])) + 8;
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-singlefile", "-f", "1", "-l", "1", "-x", String(px(x0)), "-y", String(px(y0)), "-W", String(px(x1 - x0)), "-H", String(px(y1 - y0)), pdf, png], { stdio: "pipe" });
    console.log(path.relative(root, `${png}.png`));
  }
  fs.rmSync(tmp, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
