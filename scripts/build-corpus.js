#!/usr/bin/env node
"use strict";
// Builds test/corpus/: the bad-input corpus (issue 5). Each file comes with its expected
// outcome in test/corpus/expectations.json: exit status 0 or 2, and for 0 the error-level
// checks that must fire; for 2 the message. Run: node scripts/build-corpus.js
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const ExcelJS = require("exceljs");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "test", "corpus");
const FIX = path.join(ROOT, "test", "fixtures");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
const expectations = [];
let n = 0;

function name(slug, ext = "xlsx") {
  n++;
  return `${String(n).padStart(2, "0")}-${slug}.${ext}`;
}

async function standard(id = "haizhu-2023-corrected") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIX, "standard", `${id}.xlsx`));
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Row number (1-based) of the first row of a sheet whose column `col` holds `text`. */
function rowOf(ws, col, text) {
  let found;
  ws.eachRow((row, r) => {
    if (!found && row.getCell(col).value === text) found = r;
  });
  if (!found) throw new Error(`${ws.name}: no row with ${text} in column ${col}`);
  return found;
}

async function save(wb, slug, expectation) {
  const file = name(slug);
  await wb.xlsx.writeFile(path.join(OUT, file));
  expectations.push({ file, ...expectation });
}

function raw(slug, ext, bytes, expectation) {
  const file = name(slug, ext);
  fs.writeFileSync(path.join(OUT, file), bytes);
  expectations.push({ file, ...expectation });
}

/** A zip with one stored entry: enough to look like a zip and not like a workbook. */
function zipWith(entry, content) {
  const data = Buffer.from(content);
  const nameBuf = Buffer.from(entry);
  const crc = zlib.crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const localSize = local.length + nameBuf.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const bad = (f) => fs.readFileSync(path.join(FIX, "bad", f));
  const good = fs.readFileSync(path.join(FIX, "standard", "haizhu-2023-corrected.xlsx"));

  // ── wrong file types ──────────────────────────────────────────────────────────────
  raw("legacy", "xls", bad("legacy.xls"), { exit: 2, message: "\\.xls" });
  raw("legacy-renamed", "xlsx", bad("legacy.xls"), { exit: 2, message: "\\.xls" });
  raw("csv-renamed", "xlsx", Buffer.from("一级指标,二级指标,分值,自评得分\n预算编制,,20,20\n", "utf8"), { exit: 2, message: "不是 Excel 工作簿" });
  raw("zip-not-workbook", "xlsx", zipWith("readme.txt", "not a workbook"), { exit: 2, message: "不是 Excel 工作簿" });
  raw("empty", "xlsx", Buffer.alloc(0), { exit: 2, message: "空的" });
  raw("password-protected", "xlsx", bad("encrypted.xlsx"), { exit: 2, message: "加密" });
  raw("truncated", "xlsx", good.subarray(0, Math.floor(good.length / 2)), { exit: 2, message: "损坏|不是 Excel" });
  raw("docx-renamed", "xlsx", zipWith("word/document.xml", "<w:document/>"), { exit: 2, message: "不是 Excel 工作簿" });

  // ── structure ─────────────────────────────────────────────────────────────────────
  raw("no-scoring-table", "xlsx", bad("no-scoring-table.xlsx"), { exit: 2, message: "没有找到评分表" });
  raw("two-scoring-tables", "xlsx", bad("two-scoring-tables.xlsx"), { exit: 2, message: "两张评分表.*评分表.*评分表\\(2\\)" });
  raw("empty-scoring-table", "xlsx", bad("empty-scoring-table.xlsx"), { exit: 2, message: "工作表“评分表”，单元格 A4：.*没有指标行" });
  {
    const wb = await standard();
    wb.getWorksheet("评分表").getCell("D3").value = "说明";
    await save(wb, "header-missing-weight", { exit: 2, message: "工作表“评分表”，单元格 A3：第 3 行像是评分表的表头，但没有找到“分值" });
  }
  {
    const wb = await standard();
    wb.getWorksheet("评分表").getCell("H3").value = "备用";
    await save(wb, "header-missing-score", { exit: 2, message: "工作表“评分表”，单元格 A3：第 3 行像是评分表的表头，但没有找到“自评得分" });
  }
  {
    const wb = await standard();
    wb.getWorksheet("评分表").spliceRows(1, 0, [], [], [], [], [], [], [], [], [], []);
    // Titles, info lines and funds blocks push real headers down: the first 40 rows are searched.
    await save(wb, "header-below-row-10", { exit: 0, total: 94 });
  }
  {
    const wb = await standard("miit-2020-corrected");
    const ws = wb.getWorksheet("评分表");
    ws.spliceRows(3, 0, [], ["填报说明：本表由财政局统一制发"], [], []);
    ws.spliceColumns(1, 0, ["序号"]);
    await save(wb, "header-on-row-7-with-seq", { exit: 0, total: 99.83 });
  }
  {
    // One 一级 without 二级: its label merged across the 一级 and 二级 columns.
    const wb = await standard("edz-2023");
    const ws = wb.getWorksheet("评分表");
    const r = rowOf(ws, 1, "预算监督");
    ws.mergeCells(r, 1, r, 2);
    await save(wb, "merged-across-levels", { exit: 0, total: 99 });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("评分表");
    ws.addRow(["四级指标评分表"]);
    ws.addRow(["一级指标", "二级指标", "三级指标", "四级指标", "分值", "自评得分", "扣分原因"]);
    ws.addRow(["产出", null, null, null, 60]);
    ws.addRow([null, "数量", null, null, 30]);
    ws.addRow([null, null, "甲类", null, 30]);
    ws.addRow([null, null, null, "甲一", 15, 15]);
    ws.addRow([null, null, null, "甲二", 15, 14, "扣1分"]);
    ws.addRow([null, "质量", null, null, 30, 30]);
    ws.addRow(["效益", null, null, null, 40, 40]);
    await save(wb, "four-levels-deep", { exit: 0, total: 99, framework: "custom" });
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("评分表");
    ws.addRow(["一级指标", "二级指标", "三级指标", "分值", "自评得分", "扣分原因"]);
    for (let i = 0; i < 4; i++) {
      ws.addRow([`一级${i}`, null, null, 25]);
      for (let j = 0; j < 10; j++) {
        ws.addRow([null, `二级${i}-${j}`, null, 2.5]);
        for (let k = 0; k < 250; k++) {
          const lost = k === 0 && j === 0 ? 0.01 : 0;
          ws.addRow([null, null, `三级${i}-${j}-${k}`, 0.01, 0.01 - lost, lost ? "扣0.01分" : null]);
        }
      }
    }
    await save(wb, "ten-thousand-rows", { exit: 0, total: 99.96 });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getRow(rowOf(ws, 2, "采购管理")).hidden = true;
    ws.getRow(rowOf(ws, 2, "资产管理")).hidden = true;
    await save(wb, "hidden-rows", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const notes = wb.addWorksheet("填报说明");
    notes.addRow(["本表数据以决算为准"]);
    notes.state = "hidden";
    await save(wb, "hidden-notes-sheet", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const copy = wb.addWorksheet("旧评分表");
    wb.getWorksheet("评分表").eachRow((row, r) => copy.getRow(r).values = row.values);
    copy.state = "veryHidden";
    // The visible table is the one in use; the hidden copy is named in a note.
    await save(wb, "hidden-second-scoring-table", { exit: 0, total: 94, warnings: ["reading"] });
  }
  {
    const wb = await standard();
    wb.removeWorksheet(wb.getWorksheet("基础数据表").id);
    await save(wb, "no-basic-data-sheet", { exit: 0, total: 94, rateErrors: ["budget_completion_rate"] });
  }
  {
    const wb = await standard("miit-2020-corrected");
    wb.getWorksheet("评分表").name = "O'Brien's 评分表";
    wb.getWorksheet("基础数据表").name = "数据'表 (2020)";
    await save(wb, "sheet-names-with-quotes", { exit: 0, total: 99.83, rates: { execution_rate: 99.07 } });
  }
  {
    const wb = await standard();
    wb.getWorksheet("评分表").name = "附件 2（评分表）[终稿]".replace(/[[\]]/g, "");
    await save(wb, "sheet-name-with-spaces", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    wb.addWorksheet("自评汇总").addRow(["上次的汇总，请勿覆盖"]);
    await save(wb, "existing-summary-sheet", { exit: 0, total: 94, sheets: ["自评汇总", "自评汇总(2)", "自评报告(2)"] });
  }
  {
    const wb = await standard();
    for (let i = 0; i < 40; i++) wb.addWorksheet(`附表${i + 1}`).addRow([`附表${i + 1}`]);
    await save(wb, "many-sheets", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.spliceRows(rowOf(ws, 1, "合计"), 2);
    await save(wb, "no-total-no-grade-rows", { exit: 0, total: 94, noChecks: ["total", "grade"] });
  }
  {
    // A score merged down over the next leaf's score: the covered leaf is blank, not counted twice.
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    const r = rowOf(ws, 2, "预算编制");
    ws.getCell(r + 1, 8).value = null;
    ws.mergeCells(r, 8, r + 1, 8);
    await save(wb, "score-merged-over-two-rows", { exit: 0, total: 90, incomplete: true });
  }

  // ── values ────────────────────────────────────────────────────────────────────────
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "信息公开"), 8).value = "4分";
    ws.getCell(rowOf(ws, 2, "采购管理"), 8).value = " 8.5 ";
    ws.getCell(rowOf(ws, 2, "运行成本"), 8).value = "４";
    await save(wb, "scores-as-text", { exit: 0, total: 94, noChecks: ["score-range"] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "预算编制"), 8).value = -1;
    await save(wb, "negative-score", { exit: 0, errors: [{ id: "score-range", cell: "H" }] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "预算执行"), 8).value = 5;
    await save(wb, "score-above-weight", { exit: 0, errors: [{ id: "score-range" }] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "信息公开"), 8).value = "满分";
    await save(wb, "score-in-words", { exit: 0, errors: [{ id: "score-range" }], incomplete: true });
  }
  {
    const wb = await standard("miit-2020-corrected");
    const ws = wb.getWorksheet("基础数据表");
    const set = (label, value, fmt) => {
      const c = ws.getCell(rowOf(ws, 2, label), 3);
      c.value = value;
      // A fresh style object: loaded cells share theirs, and numFmt would change them all.
      c.style = { ...c.style, numFmt: fmt };
    };
    set("支出完成率", "99.07%", "@");
    set("结转结余率", 0.0094, "0.00%");
    set("政府采购执行率", 100, "General");
    set("固定资产利用率", "100.00 %", "@");
    await save(wb, "percentages-four-ways", { exit: 0, total: 99.83, noChecks: ["reported-rate"] });
  }
  {
    const wb = await standard("miit-2020-corrected");
    const ws = wb.getWorksheet("基础数据表");
    const r = rowOf(ws, 2, "上年结转");
    ws.getCell(r, 3).value = 189.916828;
    ws.getCell(r, 4).value = "万元";
    await save(wb, "amounts-yuan-and-wan-mixed", { exit: 0, rates: { execution_rate: 99.07 }, noChecks: ["carry-identity"] });
  }
  {
    const wb = await standard("miit-2020-corrected");
    const ws = wb.getWorksheet("基础数据表");
    ws.getCell(rowOf(ws, 2, "实际采购金额"), 3).value = { error: "#DIV/0!" };
    const sc = wb.getWorksheet("评分表");
    sc.getCell(rowOf(sc, 2, "信息公开"), 8).value = { error: "#N/A" };
    await save(wb, "excel-error-values", { exit: 0, errors: [{ id: "missing-input" }, { id: "score-range" }] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("基础数据表");
    const c = ws.getCell(rowOf(ws, 2, "实际支出"), 3);
    c.value = new Date(Date.UTC(2024, 5, 11));
    c.style = { ...c.style, numFmt: "yyyy-mm-dd" };
    await save(wb, "date-instead-of-amount", { exit: 0, errors: [{ id: "missing-input" }] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "绩效管理"), 8).value = { formula: "D10-2" };
    await save(wb, "formula-without-cached-value", { exit: 0, errors: [{ id: "score-range" }], incomplete: true });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    const r = rowOf(ws, 2, "绩效管理");
    ws.getCell(r, 8).value = { formula: `D${r}-2`, result: 13 };
    await save(wb, "formula-with-cached-value", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.eachRow((row, r) => {
      if (r > 3) row.getCell(8).value = null;
    });
    await save(wb, "all-scores-blank", { exit: 0, total: null, incomplete: true });
  }
  {
    const wb = await standard("edz-2023");
    const ws = wb.getWorksheet("基础数据表");
    ws.getCell(rowOf(ws, 2, "上年实际支出"), 3).value = "待定";
    ws.getCell(rowOf(ws, 2, "上年年初预算数"), 3).value = "—";
    ws.getCell(rowOf(ws, 2, "编制人数"), 3).value = "无";
    await save(wb, "amounts-pending-dash-none", { exit: 0, errors: [{ id: "missing-input" }] });
  }
  {
    const wb = await standard("edz-2023");
    const ws = wb.getWorksheet("基础数据表");
    ws.getCell(rowOf(ws, 2, "实际支出"), 3).value = "１４，９２０．４４万元";
    ws.getCell(rowOf(ws, 2, "全年预算数"), 3).value = " 3,972.00 万元 ";
    await save(wb, "full-width-and-units", { exit: 0, rates: { budget_completion_rate: 375.64 } });
  }

  // ── hostile content ───────────────────────────────────────────────────────────────
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "采购管理"), 9).value = "=cmd|' /C calc'!A0，扣1.5分";
    await save(wb, "reason-starts-with-equals", { exit: 0, total: 94, strings: ["=cmd|' /C calc'!A0"] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "采购管理"), 2).value = "+采购管理";
    ws.getCell(rowOf(ws, 2, "资产管理"), 2).value = "-资产管理";
    ws.getCell(rowOf(ws, 2, "绩效管理"), 9).value = "@SUM(1+1)，扣2分";
    await save(wb, "names-start-with-plus-minus-at", { exit: 0, total: 94, strings: ["+采购管理", "-资产管理", "@SUM(1+1)"] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "资产管理"), 9).value = "资产".repeat(16000) + "，扣2.5分";
    await save(wb, "reason-32000-characters", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "采购管理"), 9).value = "未及时\u0007公开\u0001采购\u001f意向，扣1.5分";
    await save(wb, "control-characters", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "采购管理"), 9).value = { richText: [{ text: "未能及时公开", font: { bold: true } }, { text: "，扣1.5分" }] };
    ws.getCell(rowOf(ws, 2, "预算编制"), 2).value = { text: "预算编制", hyperlink: "https://example.invalid/" };
    await save(wb, "rich-text-and-hyperlinks", { exit: 0, total: 94, noChecks: ["deduction-reason"] });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "运行成本"), 9).value = "👍 说明：无扣分 𠀀";
    await save(wb, "emoji-and-rare-characters", { exit: 0, total: 94 });
  }
  {
    const wb = await standard();
    const ws = wb.getWorksheet("评分表");
    ws.getCell(rowOf(ws, 2, "绩效管理"), 9).value = "内容有缺漏，扣3分";
    await save(wb, "reason-points-disagree", { exit: 0, total: 94, warnings: ["reason-points"] });
  }
  {
    const wb = await standard();
    wb.getWorksheet("评分表").getCell("G8").value = "看情况给分";
    await save(wb, "unreadable-rule", { exit: 0, total: 94, warnings: ["rule-text"] });
  }
  {
    const wb = await standard("miit-2020-printed");
    await save(wb, "published-errors-miit", { exit: 0, errors: [{ id: "score-sum" }, { id: "total" }, { id: "reported-rate" }] });
  }
  {
    const wb = await standard("haizhu-2023-printed");
    await save(wb, "published-errors-haizhu", { exit: 0, errors: [{ id: "weight-sum" }, { id: "parts-sum" }] });
  }

  {
    const wb = await standard();
    wb.getWorksheet("评分表").spliceRows(1, 0, ...Array.from({ length: 45 }, () => []));
    await save(wb, "header-below-row-40", { exit: 2, message: "第 48 行像是评分表的表头，但评分表的表头应在前 40 行内" });
  }
  {
    // A weight column under a word the reader does not know: the message names the candidate.
    const wb = await standard();
    wb.getWorksheet("评分表").getCell("D3").value = "标准分数（分）";
    await save(wb, "header-unknown-weight-word", { exit: 2, message: "第 3 行像是评分表的表头，但没有找到“分值（或权重）”列；“标准分数（分）”是分值吗？" });
  }

  fs.writeFileSync(path.join(OUT, "expectations.json"), JSON.stringify(expectations, null, 1) + "\n");
  console.log(`${expectations.length} corpus files in ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
