#!/usr/bin/env node
"use strict";
/**
 * Builds the test workbooks in test/fixtures/ from test/fixtures/cases.json:
 *
 *   standard/<case>.xlsx   the project's standard layout (docs/workbook-layout.md)
 *   messy/<case>.xlsx      a bureau-style layout: merged cells, weights inside labels,
 *                          小计 rows, numbers as text, two label/value pairs per row
 *   bad/*                  inputs `perfeval evaluate` must refuse (exit 2) or survive
 *   manifest.json          where every node, field and rate was written (sheet + cell)
 *
 * Usage: node scripts/build-fixtures.js      (idempotent; rewrites everything)
 *
 * The .xlsx files written with exceljs are byte-for-byte reproducible (fixed document dates
 * and zip timestamps). bad/legacy.xls and bad/encrypted.xlsx need LibreOffice: they are
 * rebuilt when standard/edz-2023.xlsx (their source) changed or with --force-lo, and only when
 * `soffice` is on the PATH; otherwise the committed files are kept as they are.
 *
 *   node scripts/build-fixtures.js --force-lo   also rebuild the LibreOffice-made files
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const ExcelJS = require("exceljs");
// exceljs zips with JSZip; we use the same copy to rewrite the zip with fixed timestamps.
const JSZip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs"))] }));

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const CASES_FILE = path.join(FIXTURES, "cases.json");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const CREATOR = "perfeval fixtures";
const LO_PROFILE = path.join(os.tmpdir(), "perfeval-fixtures-lo");
const ENCRYPTED_PASSWORD = "123";

// ---------------------------------------------------------------------------------------------
// Vocabulary (docs/workbook-layout.md, spec/domain.md §2)

/** Standard (first) label and kind of every 基础数据表 field. */
const FIELDS = {
  dept_name: ["部门名称", "text"],
  year: ["评价年度", "year"],
  budget_initial: ["年初预算数", "amount"],
  budget_adjusted: ["全年预算数", "amount"],
  alloc_current: ["本年财政下达预算数", "amount"],
  carryover_prior: ["上年结转", "amount"],
  funds_arrived: ["实际到位资金", "amount"],
  spend_actual: ["实际支出", "amount"],
  spend_basic: ["基本支出", "amount"],
  spend_project: ["项目支出", "amount"],
  src_general: ["一般公共预算", "amount"],
  src_fund: ["政府性基金预算", "amount"],
  src_soe: ["国有资本经营预算", "amount"],
  carry_end: ["年末结转结余", "amount"],
  stock_end: ["本年末存量资金", "amount"],
  stock_prior_end: ["上年末存量资金", "amount"],
  fin_revenue_budget: ["财政拨款收入预算数", "amount"],
  fin_revenue_final: ["财政拨款收入决算数", "amount"],
  proc_plan: ["政府采购计划金额", "amount"],
  proc_actual: ["实际采购金额", "amount"],
  fa_total: ["固定资产总额", "amount"],
  fa_in_use: ["在用固定资产总额", "amount"],
  sangong_budget: ['"三公"经费预算数', "amount"],
  sangong_actual: ['"三公"经费实际支出', "amount"],
  sangong_abroad: ["因公出国(境)费", "amount"],
  sangong_vehicle: ["公务用车购置及运行费", "amount"],
  sangong_reception: ["公务接待费", "amount"],
  prior_budget_initial: ["上年年初预算数", "amount"],
  prior_spend_actual: ["上年实际支出", "amount"],
  project_budget: ["项目预算数", "amount"],
  project_arrived: ["项目资金到位数", "amount"],
  staff_quota: ["编制人数", "count"],
  staff_actual: ["实有在职人数", "count"],
  key_task_rates: ["重点工作完成率", "percent-list"],
  satisfaction: ["满意度", "percent"],
  output_rate: ["产出指标完成率", "percent"],
  outcome_rate: ["效益指标完成率", "percent"],
};

/** Synonyms the messy layout uses instead of the standard label (all listed in the docs). */
const MESSY_LABELS = {
  budget_initial: "年初预算",
  budget_adjusted: "调整后预算数",
  alloc_current: "财政拨款下达数",
  carryover_prior: "上年结转结余",
  spend_actual: "支出决算数",
  stock_end: "当年年末存量资金规模",
  stock_prior_end: "上一年度年末存量资金规模",
  sangong_budget: "“三公”经费预算数",
  sangong_actual: "“三公”经费实际支出",
  satisfaction: "公众或服务对象满意度",
};

/** Amounts the messy layout writes in full-width digits (each matters for a rate). */
const MESSY_FULL_WIDTH = new Set(["spend_actual", "budget_initial"]);

/** Chinese names of the rates (reported rates and rule texts). */
const RATE_NAMES = {
  execution_rate: "支出完成率",
  carryover_rate: "结转结余率",
  stock_change_rate: "国库集中支付结转结余存量资金效率性",
  procurement_rate: "政府采购执行率",
  asset_utilization_rate: "固定资产利用率",
  revenue_variance_rate: "财政拨款收入预决算差异率",
  budget_completion_rate: "部门预算资金支出率",
  key_task_completion: "重点工作完成率",
};

/** Case rule kinds → the project's rule words. */
const RULE_WORDS = { proportional: "按比例", threshold: "下限" };

/** "proportional:key_task_completion" → "按比例 重点工作完成率". */
function ruleText(rule) {
  const [kind, rate] = rule.split(":");
  if (!RULE_WORDS[kind] || !RATE_NAMES[rate]) throw new Error(`unknown rule ${rule}`);
  return `${RULE_WORDS[kind]} ${RATE_NAMES[rate]}`;
}

/** Human 评分标准 text the messy layout shows for the rule rows (no machine rule there). */
const MESSY_STANDARD_TEXT = {
  "proportional:key_task_completion": "按重点工作完成率乘以分值计分",
  "threshold:budget_completion_rate": "支出率≥95%得满分，低于60%不得分，其间按比例计分",
};

// ---------------------------------------------------------------------------------------------
// Values

/** The sheet's money unit: 万元 when the case says so, else 元. */
function sheetUnit(c) {
  return c.fields.unit === "万元" ? "万元" : "元";
}

/** "111082222.47元" → { digits: "111082222.47", unit: "元" }; bare numbers take the case unit. */
function splitAmount(text, caseUnit) {
  const m = /^(-?\d+(?:\.\d+)?)(万元|元)?$/.exec(String(text).trim());
  if (!m) throw new Error(`not an amount: ${text}`);
  const unit = m[2] || caseUnit;
  if (unit !== caseUnit) throw new Error(`amount ${text} is not in the sheet unit ${caseUnit}`);
  return { digits: m[1], unit };
}

/** Decimal string divided by 100, as a double parsed from the exact decimal text. */
function percentToFraction(p) {
  let s = String(p).trim().replace(/%$/, "");
  const neg = s.startsWith("-");
  if (neg) s = s.slice(1);
  let [int, frac = ""] = s.split(".");
  int = int.padStart(3, "0");
  return Number(`${neg ? "-" : ""}${int.slice(0, -2)}.${int.slice(-2)}${frac}`);
}

/** "111082222.47" → "111,082,222.47" (decimals kept exactly as written). */
function withThousands(digits) {
  const [int, frac] = digits.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** ASCII digits and point → full-width (０-９, ．). */
function fullWidth(s) {
  return s.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function fieldKind(key) {
  if (!FIELDS[key]) throw new Error(`unknown field ${key}`);
  return FIELDS[key][1];
}

/** The fields of a case that get a row (everything but dept_name, year, unit), in case order. */
function dataFields(c) {
  return Object.keys(c.fields).filter((k) => !["dept_name", "year", "unit"].includes(k));
}

// ---------------------------------------------------------------------------------------------
// Workbook plumbing

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = undefined;
  return wb;
}

const THIN = { style: "thin" };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function styleTable(ws, fromRow, toRow, nCols) {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = 1; c <= nCols; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", wrapText: true, ...(cell.alignment || {}) };
    }
  }
}

function boldRow(ws, row, nCols) {
  for (let c = 1; c <= nCols; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  }
}

function title(ws, text, lastCol) {
  ws.mergeCells(1, 1, 1, lastCol);
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 28;
}

function printSetup(ws) {
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** Writes the workbook with fixed zip timestamps, so the bytes only change when the content does. */
async function save(wb, file) {
  const raw = await wb.xlsx.writeBuffer();
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  const buf = await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buf);
  written(file);
}

const WRITTEN = [];
const MANIFEST_FILE = path.join(FIXTURES, "manifest.json");
/** The manifest of the previous run (to keep the LibreOffice-made files when nothing changed). */
const PREVIOUS_MANIFEST = fs.existsSync(MANIFEST_FILE) ? JSON.parse(fs.readFileSync(MANIFEST_FILE, "utf8")) : {};
function written(file, note) {
  const rel = path.relative(ROOT, file);
  WRITTEN.push(rel);
  console.log(`wrote ${rel}${note ? `  (${note})` : ""}`);
}

const addr = (row, col) => `${colLetter(col)}${row}`;
function colLetter(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Standard layout

const STD_SCORING_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评分规则", "自评得分", "扣分原因"];
const STD_BASIC_HEADER = ["序号", "项目", "数值", "单位", "备注"];

/**
 * The standard 评分表. `overrides.scores` maps a node path ("预算执行/支出管理") to the value
 * written in its 自评得分 cell instead of the score. Returns the manifest entry.
 */
function addStandardScoring(wb, c, sheetName = "评分表", overrides = {}) {
  const ws = wb.addWorksheet(sheetName);
  title(ws, "部门整体支出绩效自评评分表", 9);
  ws.getCell("A2").value = "部门名称";
  ws.getCell("B2").value = c.fields.dept_name;
  ws.getCell("F2").value = "评价年度";
  ws.getCell("G2").value = Number(c.fields.year);
  ws.getRow(3).values = STD_SCORING_HEADER;

  const nodes = [];
  let row = 4;
  const scoreOverride = (p, v) => (Object.prototype.hasOwnProperty.call(overrides.scores || {}, p) ? overrides.scores[p] : v);

  function walk(node, level, parents) {
    const p = [...parents, node.name];
    const r = row++;
    const isLeaf = !node.children;
    ws.getCell(r, level).value = node.name;
    ws.getCell(r, 4).value = node.weight;
    let scoreCell = null;
    if (isLeaf) {
      ws.getCell(r, 8).value = scoreOverride(p.join("/"), node.score);
      scoreCell = addr(r, 8);
      if (node.reason) ws.getCell(r, 9).value = node.reason;
    } else if (node.statedScore !== undefined) {
      ws.getCell(r, 8).value = node.statedScore;
      scoreCell = addr(r, 8);
    }
    if (node.rule) ws.getCell(r, 7).value = ruleText(node.rule);
    nodes.push({
      path: p,
      level,
      row: r,
      weight: addr(r, 4),
      ...(isLeaf ? { score: scoreCell } : { stated: scoreCell }),
      ...(node.reason ? { reason: addr(r, 9) } : {}),
      ...(node.rule ? { rule: addr(r, 7), ruleText: ruleText(node.rule) } : {}),
    });
    for (const child of node.children || []) walk(child, level + 1, p);
  }
  for (const top of c.tree) walk(top, 1, []);

  const bonus = [];
  for (const b of c.bonus || []) {
    const r = row++;
    ws.getCell(r, 1).value = "加分";
    ws.getCell(r, 2).value = b.name;
    ws.getCell(r, 4).value = b.weight;
    ws.getCell(r, 8).value = b.score;
    if (b.reason) ws.getCell(r, 9).value = b.reason;
    bonus.push({ name: b.name, row: r, weight: addr(r, 4), score: addr(r, 8), ...(b.reason ? { reason: addr(r, 9) } : {}) });
  }
  const totalRow = row++;
  ws.getCell(totalRow, 1).value = "合计";
  ws.getCell(totalRow, 4).value = 100;
  if (c.statedTotal !== undefined) ws.getCell(totalRow, 8).value = c.statedTotal;
  const gradeRow = row++;
  ws.getCell(gradeRow, 1).value = "评价等级";
  if (c.statedGrade !== undefined) ws.getCell(gradeRow, 8).value = c.statedGrade;

  styleTable(ws, 3, gradeRow, 9);
  boldRow(ws, 3, 9);
  ws.columns.forEach((col, i) => (col.width = [14, 14, 30, 8, 16, 16, 24, 10, 44][i]));
  ws.views = [{ state: "frozen", ySplit: 3 }];
  printSetup(ws);
  return {
    sheet: sheetName,
    headerRow: 3,
    nodes,
    bonus,
    total: addr(totalRow, 8),
    grade: addr(gradeRow, 8),
  };
}

/** The standard 基础数据表. `overrides.values` maps a field key to the value written instead. */
function addStandardBasic(wb, c, overrides = {}) {
  const ws = wb.addWorksheet("基础数据表");
  const unit = sheetUnit(c);
  title(ws, "部门整体支出绩效自评基础数据表", 5);
  ws.getRow(2).values = ["部门名称", c.fields.dept_name, "评价年度", Number(c.fields.year), `金额单位：${unit}`];
  ws.getRow(3).values = STD_BASIC_HEADER;

  const fields = {};
  const keyTaskRates = [];
  const reported = {};
  let row = 4;
  let n = 1;
  const put = (label, value, unitText, numFmt) => {
    const r = row++;
    ws.getCell(r, 1).value = n++;
    ws.getCell(r, 2).value = label;
    ws.getCell(r, 3).value = value;
    if (numFmt) ws.getCell(r, 3).numFmt = numFmt;
    ws.getCell(r, 4).value = unitText;
    return addr(r, 3);
  };
  const override = (key, v) => (Object.prototype.hasOwnProperty.call(overrides.values || {}, key) ? overrides.values[key] : v);

  for (const key of dataFields(c)) {
    const [label, kind] = FIELDS[key];
    const raw = c.fields[key];
    if (kind === "amount") {
      const numFmt = "#,##0.00";
      fields[key] = put(label, override(key, Number(splitAmount(raw, unit).digits)), unit, numFmt);
    } else if (kind === "count") {
      fields[key] = put(label, override(key, Number(raw)), "人");
    } else if (kind === "percent") {
      fields[key] = put(label, override(key, Number(String(raw).replace(/%$/, ""))), "%");
    } else if (kind === "percent-list") {
      for (const item of raw) keyTaskRates.push(put(label, percentToFraction(item), "%", "0%"));
    } else {
      throw new Error(`field ${key} of kind ${kind} has no standard row`);
    }
  }
  for (const [rate, pct] of Object.entries(c.reported || {})) {
    if (!RATE_NAMES[rate]) throw new Error(`unknown reported rate ${rate}`);
    reported[rate] = put(RATE_NAMES[rate], percentToFraction(pct), "%", "0.00%");
  }

  styleTable(ws, 3, row - 1, 5);
  boldRow(ws, 3, 5);
  ws.columns.forEach((col, i) => (col.width = [6, 36, 20, 8, 20][i]));
  printSetup(ws);
  return {
    sheet: "基础数据表",
    unit,
    dept: "B2",
    year: "D2",
    unitCell: "E2",
    fields: { ...fields, ...(keyTaskRates.length ? { key_task_rates: keyTaskRates } : {}) },
    reported,
  };
}

async function buildStandard(c, file, overrides = {}) {
  const wb = newWorkbook();
  const scoring = addStandardScoring(wb, c, "评分表", overrides);
  const basic = addStandardBasic(wb, c, overrides);
  await save(wb, file);
  return { layout: "standard", scoring, basic };
}

// ---------------------------------------------------------------------------------------------
// Messy layout

const MESSY_SCORING_HEADER = ["序号", "一级指标", "二级指标", "三级指标", "标准分", "评分标准", "评分", "扣分说明", "备注"];
const COL = { no: 1, l1: 2, l2: 3, l3: 4, weight: 5, standard: 6, score: 7, reason: 8, note: 9 };

/** 一级 label with its weight: full-width brackets for even blocks, ASCII for odd ones. */
function level1Label(node, i) {
  return i % 2 === 0 ? `${node.name}（${node.weight}分）` : `${node.name}(${node.weight}分)`;
}
/** 二级 label (when it has 三级 rows) with its weight after a space. */
function level2Label(node) {
  return `${node.name} ${node.weight}分`;
}
/** Leaf k (0-based, in order): every third weight is text "12分", the others numbers. */
function messyWeight(w, k) {
  return k % 3 === 0 ? `${w}分` : w;
}
/** Leaf k: k%4==1 → "20分", k%4==3 → "8.5" (text), else a number. */
function messyScore(s, k) {
  if (k % 4 === 1) return `${s}分`;
  if (k % 4 === 3) return String(s);
  return s;
}

/**
 * The messy scoring sheet. `merge` false writes the 一级/二级 labels only on the first row of
 * their block instead of merging them vertically.
 */
function addMessyScoring(wb, c, { merge = true } = {}) {
  const sheet = "附件2 自评评分表";
  const ws = wb.addWorksheet(sheet);
  title(ws, `${c.fields.dept_name}${c.fields.year}年度部门整体支出绩效自评评分表`, 9);
  ws.mergeCells(2, 1, 2, 9);
  ws.getCell(2, 1).value = "填报说明：请逐项如实填写，有扣分的须写明原因，本表由单位财务部门填报。";
  ws.getCell(2, 1).font = { italic: true, color: { argb: "FF595959" } };
  ws.getCell(3, 1).value = `单位：${c.fields.dept_name}`;
  ws.getCell(3, 7).value = `年度：${c.fields.year}`;
  // row 4 left blank
  const headerRow = 5;
  ws.getRow(headerRow).values = MESSY_SCORING_HEADER;

  const nodes = [];
  const subtotals = [];
  const merges = [];
  let row = headerRow + 1;
  let leafNo = 0; // 序号
  let k = 0; // leaf index for the text variations

  const leafRow = (node, level, p) => {
    const r = row++;
    ws.getCell(r, COL.no).value = ++leafNo;
    if (level === 2) ws.getCell(r, COL.l2).value = node.name;
    if (level === 3) ws.getCell(r, COL.l3).value = node.name;
    const weight = messyWeight(node.weight, k);
    const score = messyScore(node.score, k);
    k++;
    ws.getCell(r, COL.weight).value = weight;
    ws.getCell(r, COL.score).value = score;
    if (node.reason) ws.getCell(r, COL.reason).value = node.reason;
    if (node.rule) ws.getCell(r, COL.standard).value = MESSY_STANDARD_TEXT[node.rule] || "";
    nodes.push({
      path: p,
      level,
      row: r,
      weight: addr(r, COL.weight),
      weightValue: weight,
      score: addr(r, COL.score),
      scoreValue: score,
      ...(node.reason ? { reason: addr(r, COL.reason) } : {}),
    });
    return r;
  };

  const block = (firstRow, lastRow, col, label) => {
    ws.getCell(firstRow, col).value = label;
    if (merge && lastRow > firstRow) {
      ws.mergeCells(firstRow, col, lastRow, col);
      merges.push(`${addr(firstRow, col)}:${addr(lastRow, col)}`);
    }
    return merge && lastRow > firstRow ? `${addr(firstRow, col)}:${addr(lastRow, col)}` : addr(firstRow, col);
  };

  c.tree.forEach((top, i) => {
    const p1 = [top.name];
    const first1 = row;
    const entry1 = { path: p1, level: 1, label: null, labelText: level1Label(top, i) };
    nodes.push(entry1);
    if (!top.children) {
      // 一级 leaf (not in the reference cases): label without weight, weight in 标准分.
      leafRow(top, 1, p1);
      entry1.label = block(first1, first1, COL.l1, top.name);
      return;
    }
    for (const mid of top.children) {
      const p2 = [...p1, mid.name];
      if (!mid.children) {
        leafRow(mid, 2, p2);
        continue;
      }
      const first2 = row;
      const entry2 = { path: p2, level: 2, label: null, labelText: level2Label(mid) };
      nodes.push(entry2);
      for (const leaf of mid.children) {
        if (leaf.children) throw new Error("four levels are not supported");
        leafRow(leaf, 3, [...p2, leaf.name]);
      }
      if (mid.statedScore !== undefined) {
        const r = row++;
        ws.getCell(r, COL.l3).value = "小计";
        ws.getCell(r, COL.score).value = mid.statedScore;
        entry2.stated = addr(r, COL.score);
        subtotals.push({ of: p2, row: r, label: addr(r, COL.l3), score: addr(r, COL.score) });
      }
      entry2.label = block(first2, row - 1, COL.l2, level2Label(mid));
    }
    if (top.statedScore !== undefined) {
      const r = row++;
      ws.getCell(r, COL.l2).value = "小计";
      ws.getCell(r, COL.score).value = top.statedScore;
      entry1.stated = addr(r, COL.score);
      subtotals.push({ of: p1, row: r, label: addr(r, COL.l2), score: addr(r, COL.score) });
    }
    entry1.label = block(first1, row - 1, COL.l1, level1Label(top, i));
  });

  const bonus = [];
  for (const b of c.bonus || []) {
    const r = row++;
    ws.getCell(r, COL.l1).value = "加分项";
    ws.getCell(r, COL.l2).value = b.name;
    ws.getCell(r, COL.weight).value = b.weight;
    ws.getCell(r, COL.score).value = b.score;
    if (b.reason) ws.getCell(r, COL.reason).value = b.reason;
    bonus.push({
      name: b.name,
      row: r,
      weight: addr(r, COL.weight),
      score: addr(r, COL.score),
      ...(b.reason ? { reason: addr(r, COL.reason) } : {}),
    });
  }
  const totalRow = row++;
  ws.getCell(totalRow, COL.l1).value = "合计";
  ws.getCell(totalRow, COL.weight).value = 100;
  if (c.statedTotal !== undefined) ws.getCell(totalRow, COL.score).value = c.statedTotal;
  const gradeRow = row++;
  ws.getCell(gradeRow, COL.l1).value = "评价等级";
  if (c.statedGrade !== undefined) ws.getCell(gradeRow, COL.l1 + 2).value = c.statedGrade;

  styleTable(ws, headerRow, gradeRow, 9);
  for (let c2 = 1; c2 <= 9; c2++) {
    const cell = ws.getCell(headerRow, c2);
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
  }
  for (let r = headerRow + 1; r <= gradeRow; r++) {
    ws.getCell(r, COL.l1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getCell(r, COL.l2).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  ws.columns.forEach((col, i) => (col.width = [6, 16, 14, 30, 8, 26, 8, 44, 8][i]));
  printSetup(ws);
  return {
    sheet,
    headerRow,
    merged: merge,
    nodes,
    subtotals,
    merges,
    bonus,
    total: addr(totalRow, COL.score),
    grade: addr(gradeRow, COL.l1 + 2),
  };
}

/** Messy text of an amount: "111,082,222.47元", or full-width "１１１９３１８２３．１１元". */
function messyAmount(key, raw, unit) {
  const { digits } = splitAmount(raw, unit);
  return MESSY_FULL_WIDTH.has(key) ? `${fullWidth(digits)}${unit}` : `${withThousands(digits)}${unit}`;
}

function addMessyBasic(wb, c) {
  const sheet = "基础数据";
  const ws = wb.addWorksheet(sheet);
  const unit = sheetUnit(c);
  title(ws, "部门整体支出绩效自评基础数据", 4);
  ws.getCell("A2").value = `金额单位：${unit}`;
  ws.getRow(3).values = ["项目", "数值", "项目", "数值"];

  const pairs = [];
  pairs.push(["dept_name", "部门名称", c.fields.dept_name]);
  pairs.push(["year", "评价年度", Number(c.fields.year)]);
  for (const key of dataFields(c)) {
    const kind = fieldKind(key);
    const label = MESSY_LABELS[key] || FIELDS[key][0];
    const raw = c.fields[key];
    if (kind === "amount") pairs.push([key, label, messyAmount(key, raw, unit)]);
    else if (kind === "count") pairs.push([key, label, Number(raw)]);
    else if (kind === "percent") pairs.push([key, label, `${String(raw).replace(/%$/, "")}%`]);
    else if (kind === "percent-list") pairs.push([key, label, raw.join("、")]);
    else throw new Error(`field ${key} of kind ${kind} has no messy pair`);
  }
  for (const [rate, pct] of Object.entries(c.reported || {})) pairs.push([`reported:${rate}`, RATE_NAMES[rate], `${pct}%`]);

  const fields = {};
  const reported = {};
  pairs.forEach(([key, label, value], i) => {
    const r = 4 + Math.floor(i / 2);
    const col = i % 2 === 0 ? 1 : 3;
    ws.getCell(r, col).value = label;
    ws.getCell(r, col + 1).value = value;
    const where = { label: addr(r, col), value: addr(r, col + 1), text: value };
    if (key.startsWith("reported:")) reported[key.slice(9)] = where;
    else fields[key] = where;
  });
  const lastRow = 3 + Math.ceil(pairs.length / 2);
  styleTable(ws, 3, lastRow, 4);
  for (let c2 = 1; c2 <= 4; c2++) ws.getCell(3, c2).font = { bold: true };
  ws.columns.forEach((col, i) => (col.width = [34, 24, 34, 24][i]));
  printSetup(ws);
  return { sheet, unit, unitCell: "A2", fields, reported };
}

async function buildMessy(c, file, opts = {}) {
  const wb = newWorkbook();
  const scoring = addMessyScoring(wb, c, opts);
  const basic = addMessyBasic(wb, c);
  await save(wb, file);
  return { layout: opts.merge === false ? "messy (labels on first row, no merges)" : "messy", scoring, basic };
}

// ---------------------------------------------------------------------------------------------
// Bad inputs

async function buildBad(cases) {
  const dir = path.join(FIXTURES, "bad");
  fs.mkdirSync(dir, { recursive: true });
  const base = cases["edz-2023"];
  const manifest = {};

  const csv = path.join(dir, "not-a-workbook.xlsx");
  fs.writeFileSync(csv, "部门名称,评价年度,实际支出\n湛江经济技术开发区经济贸易和科技局,2023,14920.44\n", "utf8");
  written(csv, "UTF-8 CSV text with an .xlsx name");
  manifest["bad/not-a-workbook.xlsx"] = { problem: "not a zip: UTF-8 CSV text" };

  const empty = path.join(dir, "empty.xlsx");
  fs.writeFileSync(empty, Buffer.alloc(0));
  written(empty, "0 bytes");
  manifest["bad/empty.xlsx"] = { problem: "0 bytes" };

  {
    const wb = newWorkbook();
    addStandardBasic(wb, base);
    const ws = wb.addWorksheet("Sheet2");
    ws.getCell("A1").value = "说明";
    ws.getCell("A2").value = "本工作簿只有基础数据，评分表另行报送。";
    ws.getCell("A4").value = "联系人";
    ws.getCell("B4").value = "财务科";
    ws.getCell("A5").value = "联系电话";
    ws.getCell("B5").value = "0759-0000000";
    const f = path.join(dir, "no-scoring-table.xlsx");
    await save(wb, f);
    manifest["bad/no-scoring-table.xlsx"] = { problem: "no sheet has a 评分表 header", sheets: ["基础数据表", "Sheet2"] };
  }
  {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("评分表");
    title(ws, "部门整体支出绩效自评评分表", 9);
    ws.getCell("A2").value = "部门名称";
    ws.getCell("B2").value = base.fields.dept_name;
    ws.getCell("F2").value = "评价年度";
    ws.getCell("G2").value = Number(base.fields.year);
    ws.getRow(3).values = STD_SCORING_HEADER;
    boldRow(ws, 3, 9);
    addStandardBasic(wb, base);
    const f = path.join(dir, "empty-scoring-table.xlsx");
    await save(wb, f);
    manifest["bad/empty-scoring-table.xlsx"] = { problem: "评分表 header on row 3 and nothing below", header: "评分表!A3:I3" };
  }
  {
    const wb = newWorkbook();
    addStandardScoring(wb, base, "评分表");
    addStandardScoring(wb, base, "评分表(2)");
    addStandardBasic(wb, base);
    const f = path.join(dir, "two-scoring-tables.xlsx");
    await save(wb, f);
    manifest["bad/two-scoring-tables.xlsx"] = {
      problem: "two sheets with a full 评分表 (edz-2023)",
      sheets: ["评分表", "评分表(2)", "基础数据表"],
    };
  }
  {
    const f = path.join(dir, "unreadable-values.xlsx");
    const m = await buildStandard(base, f, { scores: { "预算执行/支出管理": "二十" }, values: { prior_spend_actual: "待定" } });
    const leaf = m.scoring.nodes.find((n) => n.path.join("/") === "预算执行/支出管理");
    manifest["bad/unreadable-values.xlsx"] = {
      problem: "standard edz-2023 with a score written 二十 and an amount written 待定",
      case: "edz-2023",
      unreadableScore: { path: leaf.path, cell: `评分表!${leaf.score}`, text: "二十" },
      unreadableAmount: { field: "prior_spend_actual", cell: `基础数据表!${m.basic.fields.prior_spend_actual}`, text: "待定" },
    };
  }

  Object.assign(manifest, await buildLibreOfficeFiles(dir));
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// LibreOffice-made files (legacy .xls, encrypted .xlsx)

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function findSoffice() {
  for (const name of ["soffice", "libreoffice"]) {
    for (const dir of (process.env.PATH || "").split(path.delimiter)) {
      const f = dir && path.join(dir, name);
      if (f && fs.existsSync(f) && fs.statSync(f).isFile()) return f;
    }
  }
  return null;
}

function runSoffice(soffice, args) {
  const r = spawnSync(soffice, ["--headless", "--invisible", "--norestore", `-env:UserInstallation=file://${LO_PROFILE}`, ...args], {
    encoding: "utf8",
    timeout: 180000,
  });
  if (r.error) throw r.error;
  return r;
}

/** A StarBasic module that re-saves a workbook as an encrypted .xlsx (ECMA-376 standard encryption). */
const ENCRYPT_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub LogMsg(sLog As String, sMsg As String)
  nFile = FreeFile
  Open sLog For Append As #nFile
  Print #nFile, sMsg
  Close #nFile
End Sub

Sub SaveEncrypted(sIn As String, sOut As String, sPwd As String, sLog As String)
  On Error GoTo Failed
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = &quot;Hidden&quot;
  aLoad(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), &quot;_blank&quot;, 0, aLoad())
  Dim aEnc(1) As New com.sun.star.beans.NamedValue
  aEnc(0).Name = &quot;OOXPassword&quot;
  aEnc(0).Value = sPwd
  aEnc(1).Name = &quot;CryptoType&quot;
  aEnc(1).Value = &quot;Standard&quot;
  Dim aSave(2) As New com.sun.star.beans.PropertyValue
  aSave(0).Name = &quot;FilterName&quot;
  aSave(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  aSave(1).Name = &quot;EncryptionData&quot;
  aSave(1).Value = aEnc()
  aSave(2).Name = &quot;Overwrite&quot;
  aSave(2).Value = True
  oDoc.storeToURL(ConvertToURL(sOut), aSave())
  oDoc.close(True)
  LogMsg(sLog, &quot;ok&quot;)
  Exit Sub
Failed:
  LogMsg(sLog, &quot;error &quot; &amp; Err &amp; &quot; line &quot; &amp; Erl &amp; &quot;: &quot; &amp; Error$)
End Sub
</script:module>
`;

function sha256(buf) {
  return require("crypto").createHash("sha256").update(buf).digest("hex");
}

function isOle(buf) {
  return buf.length >= 8 && buf.subarray(0, 8).equals(OLE_SIGNATURE);
}
const utf16 = (s) => Buffer.from(s, "utf16le");

async function buildLibreOfficeFiles(dir) {
  const legacy = path.join(dir, "legacy.xls");
  const encrypted = path.join(dir, "encrypted.xlsx");
  const source = path.join(FIXTURES, "standard", "edz-2023.xlsx");
  const manifest = {
    "bad/legacy.xls": { problem: "Excel 97-2003 (BIFF8, OLE container) copy of standard/edz-2023.xlsx" },
    "bad/encrypted.xlsx": {
      problem: `password-protected .xlsx (password ${ENCRYPTED_PASSWORD}), OLE container with EncryptionInfo/EncryptedPackage`,
      password: ENCRYPTED_PASSWORD,
    },
  };
  // Both files are made from standard/edz-2023.xlsx. The encrypted one differs on every run
  // (random salt), so they are only rebuilt when that source changed, a file is missing, or
  // --force-lo is given: re-running the script leaves the tree unchanged.
  const sourceSha = sha256(fs.readFileSync(source));
  manifest["bad/legacy.xls"].sourceSha256 = sourceSha;
  manifest["bad/encrypted.xlsx"].sourceSha256 = sourceSha;
  const upToDate =
    !process.argv.includes("--force-lo") &&
    fs.existsSync(legacy) &&
    fs.existsSync(encrypted) &&
    [PREVIOUS_MANIFEST["bad/legacy.xls"], PREVIOUS_MANIFEST["bad/encrypted.xlsx"]].every(
      (m) => m && !m.placeholder && m.sourceSha256 === sourceSha,
    );
  if (upToDate) {
    for (const f of [legacy, encrypted]) {
      console.log(`kept  ${path.relative(ROOT, f)}  (its source is unchanged; --force-lo rebuilds it)`);
      WRITTEN.push(path.relative(ROOT, f));
    }
    return manifest;
  }
  const soffice = findSoffice();
  if (!soffice) {
    for (const [f, what] of [
      [legacy, "legacy"],
      [encrypted, "encrypted"],
    ]) {
      if (fs.existsSync(f)) {
        console.log(`kept  ${path.relative(ROOT, f)}  (LibreOffice not found; committed file left as it is)`);
        WRITTEN.push(path.relative(ROOT, f));
        const prev = PREVIOUS_MANIFEST[`bad/${path.basename(f)}`] || {};
        manifest[`bad/${path.basename(f)}`] = { ...manifest[`bad/${path.basename(f)}`], ...prev };
      } else {
        writeOlePlaceholder(f, what);
        manifest[`bad/${path.basename(f)}`].placeholder = true;
      }
    }
    return manifest;
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-fixtures-"));
  try {
    // legacy .xls (this first run also creates the LibreOffice profile)
    runSoffice(soffice, ["--convert-to", "xls", "--outdir", tmp, source]);
    const xls = path.join(tmp, "edz-2023.xls");
    if (!fs.existsSync(xls) || !isOle(fs.readFileSync(xls)) || !fs.readFileSync(xls).includes(utf16("Workbook"))) {
      throw new Error("LibreOffice did not write a BIFF8 .xls");
    }
    fs.copyFileSync(xls, legacy);
    written(legacy, "LibreOffice --convert-to xls");

    // encrypted .xlsx through a Basic macro in the throwaway profile
    const std = path.join(LO_PROFILE, "user", "basic", "Standard");
    fs.mkdirSync(std, { recursive: true });
    fs.writeFileSync(path.join(std, "Module1.xba"), ENCRYPT_MODULE);
    if (!fs.existsSync(path.join(std, "script.xlb"))) {
      fs.writeFileSync(
        path.join(std, "script.xlb"),
        `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">\n <library:element library:name="Module1"/>\n</library:library>\n`,
      );
    }
    const out = path.join(tmp, "encrypted.xlsx");
    const log = path.join(tmp, "macro.log");
    const q = (s) => s.replace(/"/g, '""');
    runSoffice(soffice, [`macro:///Standard.Module1.SaveEncrypted("${q(source)}","${q(out)}","${ENCRYPTED_PASSWORD}","${q(log)}")`]);
    const logText = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim() : "(no log: macro did not run)";
    const buf = fs.existsSync(out) ? fs.readFileSync(out) : Buffer.alloc(0);
    if (!isOle(buf) || !buf.includes(utf16("EncryptedPackage")) || !buf.includes(utf16("EncryptionInfo"))) {
      throw new Error(`LibreOffice did not write an encrypted .xlsx: ${logText}`);
    }
    fs.copyFileSync(out, encrypted);
    written(encrypted, "LibreOffice, ECMA-376 standard encryption");
  } catch (e) {
    console.warn(`LibreOffice step failed: ${e.message}`);
    for (const [f, what] of [
      [legacy, "legacy"],
      [encrypted, "encrypted"],
    ]) {
      if (WRITTEN.includes(path.relative(ROOT, f))) continue;
      const key = `bad/${path.basename(f)}`;
      if (fs.existsSync(f)) {
        console.log(`kept  ${path.relative(ROOT, f)}  (LibreOffice failed; previous file left as it is)`);
        WRITTEN.push(path.relative(ROOT, f));
        manifest[key] = { ...manifest[key], ...(PREVIOUS_MANIFEST[key] || {}) };
      } else {
        writeOlePlaceholder(f, what);
        manifest[key].placeholder = true;
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return manifest;
}

/** Fallback without LibreOffice: an OLE signature and (for encrypted) the stream names, zero-padded. */
function writeOlePlaceholder(file, what) {
  const buf = Buffer.alloc(4096);
  OLE_SIGNATURE.copy(buf, 0);
  if (what === "encrypted") {
    utf16("EncryptionInfo").copy(buf, 0x400);
    utf16("EncryptedPackage").copy(buf, 0x480);
  } else {
    utf16("Workbook").copy(buf, 0x400);
  }
  fs.writeFileSync(file, buf);
  written(file, "PLACEHOLDER: OLE signature only, LibreOffice unavailable");
}

// ---------------------------------------------------------------------------------------------

/** Messy variants: the three the brief requires merge their cells; edz-2023 shows labels on first rows only. */
const MESSY = {
  "miit-2020-printed": { merge: true },
  "miit-2020-corrected": { merge: true },
  "haizhu-2023-printed": { merge: true },
  "haizhu-2023-corrected": { merge: true },
  "edz-2023": { merge: false },
};

async function main() {
  const cases = JSON.parse(fs.readFileSync(CASES_FILE, "utf8"));
  const manifest = {};
  for (const [id, c] of Object.entries(cases)) {
    manifest[`standard/${id}.xlsx`] = { case: id, ...(await buildStandard(c, path.join(FIXTURES, "standard", `${id}.xlsx`))) };
  }
  for (const [id, c] of Object.entries(cases)) {
    if (!MESSY[id]) continue;
    manifest[`messy/${id}.xlsx`] = { case: id, ...(await buildMessy(c, path.join(FIXTURES, "messy", `${id}.xlsx`), MESSY[id])) };
  }
  Object.assign(manifest, await buildBad(cases));
  const mf = MANIFEST_FILE;
  fs.writeFileSync(mf, JSON.stringify(manifest, null, 1) + "\n");
  written(mf);
  writeSamples();
  console.log(`${WRITTEN.length} files`);
}

/**
 * samples/: what `npm run demo` evaluates. Copies of fixtures under names an accountant
 * recognises; the 印刷版 keep the published reports' errors, the 更正版 are consistent.
 */
const SAMPLES = {
  "湛江市工业和信息化局-2020-印刷版.xlsx": "standard/miit-2020-printed.xlsx",
  "湛江市工业和信息化局-2020-更正版.xlsx": "standard/miit-2020-corrected.xlsx",
  "海珠区科技工业商务和信息化局-2023-印刷版.xlsx": "standard/haizhu-2023-printed.xlsx",
  "海珠区科技工业商务和信息化局-2023-更正版-杂乱格式.xlsx": "messy/haizhu-2023-corrected.xlsx",
  "湛江经开区经济贸易和科技局-2023.xlsx": "standard/edz-2023.xlsx",
};

function writeSamples() {
  const dir = path.join(__dirname, "..", "samples");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, from] of Object.entries(SAMPLES)) {
    fs.copyFileSync(path.join(FIXTURES, from), path.join(dir, name));
    written(path.join(dir, name));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
