/**
 * One table drives both gateways: each workbook is built twice from the same grids, once into
 * the Excel fake (Office.js) and once into the ET fake (WPS), the same pane actions run on both
 * through their sessions, and what each leaves in the workbook must be the same: sheets, values,
 * formulas, number formats, fills, borders, fonts, merges and charts, JX cells calculated by each
 * host's own function registry. Then the ET fake's call counts: independent of the number of
 * rows (100 and 2,000), and the guarantees marks carry in WPS.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import type { WorkbookGrids } from "../src/core/grid/grid";
import { createExcelGateway } from "../src/gateways/excel";
import { loadWorkbook } from "../src/gateways/xlsx/read-workbook";
import { createWpsGateway, wpsHost, WPS_MARKS_SETTING } from "../src/gateways/wps";
import { registerWpsFunctions, wpsFunctionsJson } from "../src/functions/wps-functions";
import { ExcelSession } from "../src/taskpane/excel-session";
import { WpsSession } from "../src/taskpane/wps-session";
import { jxCalculator, registeredJx } from "./fakes/custom-functions-fake";
import { EtFake, type EtFakeOptions } from "./fakes/et-fake";
import { FakeWorkbook, defaultFormat, noFill, type FakeSheet } from "./fakes/fake-workbook";
import { FakeOfficeHost } from "./fakes/office-fake";
import { wpsJxCalculator } from "./fakes/wps-functions-fake";
import { basicSheet, scoringSheet } from "./helpers/grids";

/** A 评分表 of `treeRows` rows: four 一级, the rest 二级; `deducted` picks the deducted ones. */
function workbook(treeRows: number, deducted: (i: number) => boolean = (i) => i % 3 === 0): WorkbookGrids {
  const leaves = treeRows - 4;
  const rows: Parameters<typeof scoringSheet>[0] = [];
  ["预算编制", "预算执行", "产出", "效果"].forEach((name, block) => {
    rows.push([1, name, 25]);
    const count = Math.floor(leaves / 4) + (block < leaves % 4 ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const weight = 25 / count;
      const off = deducted(i);
      rows.push([2, `${name}指标${i + 1}`, weight, off ? weight / 2 : weight, off ? "部分未完成" : undefined]);
    }
  });
  return {
    sheets: [
      scoringSheet(rows),
      basicSheet([
        ["年初预算数", 1000],
        ["全年预算数", 1200],
        ["本年财政下达预算数", ""],
        ["上年结转", ""],
        ["实际支出", 1100],
        ["政府采购计划金额", 500],
        ["实际采购金额", 480],
      ]),
    ],
  };
}

async function excelSide(grids: WorkbookGrids) {
  const wb = FakeWorkbook.fromGrids(grids);
  const host = new FakeOfficeHost(wb);
  wb.calculator = jxCalculator(await registeredJx("zh-CN", null));
  return { wb, session: new ExcelSession(createExcelGateway(host)) };
}

function wpsSide(grids: WorkbookGrids, options: EtFakeOptions = {}) {
  const wb = FakeWorkbook.fromGrids(grids);
  const fake = new EtFake(wb, options);
  registerWpsFunctions(fake.wps);
  fake.calculator = wpsJxCalculator(fake, wpsFunctionsJson());
  const session = new WpsSession(createWpsGateway(wpsHost({ Application: fake.application, wps: fake.wps })));
  return { wb, fake, session };
}

/** Everything a user sees of a sheet, cell by cell (the default look where never set). */
function contents(ws: FakeSheet) {
  const cells = [...ws.cells]
    .map(([key, c]) => {
      const f = c.format ?? defaultFormat();
      return [key, { value: c.value, formula: c.formula, numberFormat: c.numberFormat, fill: f.fill, borders: f.borders, font: f.font, h: f.horizontalAlignment, v: f.verticalAlignment, wrap: f.wrapText ?? false }] as const;
    })
    .filter(([, c]) => c.value !== null || c.formula !== undefined || JSON.stringify(c) !== JSON.stringify({ ...c, ...blankLook() }))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.parse(JSON.stringify({ cells, merges: [...ws.merges].sort((a, b) => a.top - b.top || a.left - b.left), charts: ws.charts, frozen: ws.frozenRows, orientation: ws.orientation ?? null }));
}
function blankLook() {
  const f = defaultFormat();
  return { value: null, formula: undefined, numberFormat: "General", fill: f.fill, borders: f.borders, font: f.font, h: undefined, v: undefined, wrap: false };
}
const workbookContents = (wb: FakeWorkbook) => wb.sheets.map((s) => ({ name: s.name, ...contents(s) }));

const ACTIONS = ["read", "writeFormulas", "markDeductions", "markDeductions", "clearMarks", "writeSummary", "markDeductions"] as const;

async function loadFixture(file: string): Promise<WorkbookGrids> {
  return (await loadWorkbook(readFileSync(path.join(__dirname, file)), path.basename(file))).grids;
}

const TABLE: { name: string; grids: () => Promise<WorkbookGrids>; options?: EtFakeOptions }[] = [
  { name: "a generated 评分表 of 40 rows", grids: async () => workbook(40) },
  { name: "the same with blanks read as null and errors as scodes", grids: async () => workbook(40), options: { blank: "null", errors: "scode" } },
  { name: "海珠 2023 as printed (merged headers, hidden rows)", grids: () => loadFixture("fixtures/messy/haizhu-2023-printed.xlsx") },
  { name: "工信部 2020 as printed", grids: () => loadFixture("fixtures/messy/miit-2020-printed.xlsx") },
  { name: "湛江 form with a three-row header", grids: () => loadFixture("fixtures/real-layouts/zhanjiang-form-three-row-header.xlsx") },
];

describe.each(TABLE)("Excel and WPS leave the same workbook: $name", ({ grids, options }) => {
  it("after every pane action, and answer with the same messages", async () => {
    const g = await grids();
    const excel = await excelSide(g);
    const wps = wpsSide(g, options);
    for (const action of ACTIONS) {
      const a = await excel.session[action]();
      const b = await wps.session[action]();
      if (action === "read") {
        expect((b as { json: unknown }).json).toEqual((a as { json: unknown }).json);
      } else {
        expect({ action, message: (b as { message: string }).message }).toEqual({ action, message: (a as { message: string }).message });
      }
      expect({ action, sheets: workbookContents(wps.wb) }).toEqual({ action, sheets: workbookContents(excel.wb) });
    }
  });
});

describe("the ET fake's object-model calls per action", () => {
  /** The same four deductions at every size: what grows is only the table's length. */
  const firstOfEachBlock = (i: number) => i === 0;
  async function callsPerAction(rows: number) {
    const { fake, session } = wpsSide(workbook(rows, firstOfEachBlock));
    const calls: Record<string, number> = {};
    for (const action of ["read", "writeFormulas", "markDeductions", "clearMarks", "writeSummary", "convertToPlainFormulas"] as const) {
      const before = fake.calls;
      await session[action]();
      calls[action] = fake.calls - before;
    }
    return { calls, fake };
  }

  it("do not grow with the rows: 20 times the rows, the same calls but for the digits of row numbers in addresses", async () => {
    const small = await callsPerAction(100);
    const large = await callsPerAction(2000);
    // Reading and writing formulas: exactly the same.
    expect({ read: large.calls.read, writeFormulas: large.calls.writeFormulas }).toEqual({ read: small.calls.read, writeFormulas: small.calls.writeFormulas });
    // Actions that group cells into addresses of at most 255 characters: "H2003" is longer
    // than "H103", so a group can need one more range (a few calls), never one per row.
    for (const action of Object.keys(small.calls)) expect(Math.abs(large.calls[action] - small.calls[action])).toBeLessThanOrEqual(8);
    for (const n of Object.values(large.calls)) expect(n).toBeLessThan(1000);
    // Logged for docs/wps.md and the report.
    if (process.env.PERFEVAL_WPS_CALLS_OUT) writeFileSync(process.env.PERFEVAL_WPS_CALLS_OUT, JSON.stringify({ 100: small.calls, 2000: large.calls }, null, 1));
    // Values and formulas of the 2,000-row 评分表 came in one Value2 and one Formula read.
    expect(large.fake.callsByName.get("Range.Value2")).toBeLessThanOrEqual(2 * 6);
  });
});

describe("marks in WPS keep Excel's guarantees", () => {
  it("清除标注 restores every original fill exactly, including No Fill, after marking twice", async () => {
    const { wb, fake, session } = wpsSide(workbook(12));
    const ws = wb.sheet("评分表")!;
    ws.at("H5")!.format.fill = { ...noFill(), color: "#92D050", pattern: "Solid" };
    const before = contents(ws);
    await session.markDeductions();
    expect(contents(ws)).not.toEqual(before);
    expect(fake.propertiesOf(wb).get(WPS_MARKS_SETTING)).toBeDefined();
    await session.markDeductions();
    const cleared = await session.clearMarks();
    expect(cleared.message).toMatch(/已清除 \d+ 个单元格的标注/);
    expect(contents(ws)).toEqual(before);
    // Every custom property holds at most 255 characters (the fake refuses more).
    for (const v of fake.propertiesOf(wb).values()) expect(v.length).toBeLessThanOrEqual(255);
  });

  it("an undone mark is left alone: 清除标注 restores only cells still showing their mark", async () => {
    const { wb, session } = wpsSide(workbook(12));
    const ws = wb.sheet("评分表")!;
    await session.markDeductions();
    const marked = [...ws.cells.values()].filter((c) => c.format.fill.pattern === "Solid");
    expect(marked.length).toBeGreaterThan(1);
    // The user undoes one mark and gives that cell a green fill of their own.
    marked[0].format.fill = { ...noFill(), color: "#00B050", pattern: "Solid" };
    const result = await session.clearMarks();
    expect(result.message).toContain("保持现状");
    expect(marked[0].format.fill.color).toBe("#00B050");
    expect(marked.slice(1).every((c) => c.format.fill.pattern === "None")).toBe(true);
  });

  it("a sheet protected since marking is refused in Chinese and nothing is changed", async () => {
    const { wb, session } = wpsSide(workbook(12));
    await session.markDeductions();
    const ws = wb.sheet("评分表")!;
    const marked = contents(ws);
    ws.protected = true;
    await expect(session.clearMarks()).rejects.toThrow("设置了保护");
    await expect(session.markDeductions()).rejects.toThrow("受保护");
    expect(contents(ws)).toEqual(marked);
  });

  it("the record survives the workbook being closed and opened again (document properties)", async () => {
    const first = wpsSide(workbook(12));
    await first.session.markDeductions();
    const props = first.fake.propertiesOf(first.wb);
    // A new pane on the same file: a new fake over the same workbook and properties.
    const again = new EtFake(first.wb);
    for (const [k, v] of props) again.propertiesOf(first.wb).set(k, v);
    const session = new WpsSession(createWpsGateway(wpsHost({ Application: again.application, wps: again.wps })));
    expect((await session.clearMarks()).message).toMatch(/已清除 \d+ 个单元格的标注/);
    expect([...first.wb.sheet("评分表")!.cells.values()].every((c) => c.format.fill.pattern === "None")).toBe(true);
  });
});

describe("what each WPS version gets", () => {
  it("without add-in custom functions (before 12.1.0.20540) the pane says so and writes standard formulas", async () => {
    const { wb, session } = wpsSide(workbook(12), { customFunctions: false, build: "11.1.0.11830" });
    expect(session.dialect).toBe("standard");
    expect(session.startupNotice).toContain("12.1.0.20540");
    await session.writeFormulas();
    await session.writeSummary();
    const formulas = wb.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((c) => /JX\./.test(c.formula!))).toEqual([]);
  });

  it("with them, JX cells calculate to the engine's values in WPS as in Excel", async () => {
    const { wb, session } = wpsSide(workbook(12));
    expect(session.dialect).toBe("jx");
    await session.writeFormulas();
    const jx = [...wb.sheet("基础数据表")!.cells.values()].filter((c) => c.formula?.startsWith("JX."));
    expect(jx.length).toBeGreaterThan(0);
    const rates = session.lastEvaluation!.evaluation.rates;
    for (const c of jx) expect(typeof c.value).toBe("number");
    expect(jx.map((c) => c.value)).toEqual(expect.arrayContaining([rates.find((r) => r.spec.id === "procurement_rate")!.value!.toNumber()]));
  });

  it("转为普通公式 copies the workbook inside WPS: the copy has no JX formula, the original is untouched", async () => {
    const { wb, fake, session } = wpsSide(workbook(12));
    await session.writeFormulas();
    const before = JSON.stringify(workbookContents(wb));
    const result = await session.convertToPlainFormulas();
    expect(result.message).toContain("当前工作簿未作改动");
    expect(JSON.stringify(workbookContents(wb))).toBe(before);
    expect(fake.workbooks).toHaveLength(2);
    const copy = fake.workbooks[1];
    const formulas = copy.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((c) => /JX\./.test(c.formula!))).toEqual([]);
  });

  it("下载 Word 报告 builds the report in the pane (no Office download restriction)", async () => {
    const { session } = wpsSide(workbook(12));
    await session.read();
    const saved: string[] = [];
    // The pane's document, as far as a download link needs it.
    const g = globalThis as { document?: unknown };
    g.document ??= { createElement: () => ({ click() {}, remove() {}, style: {} }), body: { appendChild() {} } };
    const original = URL.createObjectURL;
    // The download itself is the browser's; the test only sees that one was offered.
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => (saved.push("blob"), "blob:x");
    try {
      const info = await session.downloadReport();
      expect(info.fileName).toMatch(/自评报告\.docx$/);
      expect(saved).toHaveLength(1);
    } finally {
      URL.createObjectURL = original;
    }
  });

  it("a hidden sheet cannot be jumped to; a visible one is activated and selected", async () => {
    const g = workbook(12);
    const { fake, session } = wpsSide({ sheets: [...g.sheets, { name: "备注", hidden: true, merges: [], rows: [[{ value: "x" }]] }] });
    await expect(session.selectCell("备注!A1")).rejects.toThrow("已隐藏");
    await session.selectCell("评分表!H5");
    expect(fake.log).toContain("select 评分表!H5");
  });
});
