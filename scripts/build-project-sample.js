#!/usr/bin/env node
"use strict";
// Writes samples/项目支出绩效自评表-示例.xlsx: two project tables in the shapes departments
// publish (the national form as Anhui prints it, and the Sichuan variant; our own figures), from
// test/helpers/published-layouts.ts. Run: node scripts/build-project-sample.js
const path = require("path");
const ExcelJS = require("exceljs");

require("./require-ts");

const root = path.join(__dirname, "..");
const { anhuiProject, sichuanProject } = require(path.join(root, "test", "helpers", "published-layouts.ts"));
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

(async () => {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效自评助手";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const [grid, name] of [[anhuiProject, "委托业务项目"], [sichuanProject, "工资性支出"]]) {
    const ws = wb.addWorksheet(name);
    grid.rows.forEach((row, r) =>
      (row || []).forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value;
        target.alignment = { wrapText: true, vertical: "middle" };
      }),
    );
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    ws.columns.forEach((col, i) => (col.width = i === 3 ? 28 : 14));
  }
  const out = path.join(root, "samples", "项目支出绩效自评表-示例.xlsx");
  await wb.xlsx.writeFile(out);
  console.log(path.relative(root, out));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
