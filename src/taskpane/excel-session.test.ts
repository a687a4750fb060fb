import * as ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import type { Grid, WorkbookGrids } from "../core/grid/grid";
import { basicSheet, scoringSheet } from "../../test/helpers/grids";
import { FakeWorkbook, looks, noFill, type FakeSheet } from "../../test/fakes/fake-workbook";
import { FakeOfficeHost } from "../../test/fakes/office-fake";
import { createExcelGateway } from "../gateways/excel";
import { MARKS_SETTING } from "../gateways/excel/mark-store";
import { loadWorkbook } from "../gateways/xlsx/read-workbook";
import { jxCalculator, registeredJx } from "../../test/fakes/custom-functions-fake";
import type { EvaluatedWorkbook } from "../core";
import { jxFunction } from "../core/jx/catalog";
import { NO_FILE_MESSAGE } from "../gateways/excel/file-bytes";
import versions from "../gateways/excel/versions.json";
import { ExcelSession, NO_DOWNLOAD_MESSAGE } from "./excel-session";

/** A 评分表 of `treeRows` indicator rows: four 一级, the rest 二级 (every third deducted). */
function workbook(treeRows: number): WorkbookGrids {
  const leaves = treeRows - 4;
  const rows: Parameters<typeof scoringSheet>[0] = [];
  ["预算编制", "预算执行", "产出", "效果"].forEach((name, block) => {
    rows.push([1, name, 25]);
    const count = Math.floor(leaves / 4) + (block < leaves % 4 ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const weight = 25 / count;
      const deducted = i % 3 === 0;
      rows.push([2, `${name}指标${i + 1}`, weight, deducted ? weight / 2 : weight, deducted ? "部分未完成" : undefined]);
    }
  });
  return {
    sheets: [
      scoringSheet(rows),
      basicSheet([
        ["年初预算数", 1000],
        ["全年预算数", 1200],
        ["实际支出", 1100],
      ]),
    ],
  };
}

function session(grids: WorkbookGrids, options: ConstructorParameters<typeof FakeOfficeHost>[1] = {}) {
  const wb = FakeWorkbook.fromGrids(grids);
  const host = new FakeOfficeHost(wb, options);
  return { wb, host, session: new ExcelSession(createExcelGateway(host)) };
}

type Action = "read" | "writeSummary" | "markDeductions" | "clearMarks" | "writeFormulas";
const ACTIONS: Action[] = ["read", "writeSummary", "markDeductions", "clearMarks", "writeFormulas"];

interface ActionCost {
  readonly syncs: number;
  /** The largest request or response of the action's syncs, in bytes. */
  readonly largest: number;
  readonly bytes: number;
}

async function costPerAction(treeRows: number): Promise<{ costs: Record<Action, ActionCost>; deducted: number; sheets: string[] }> {
  const { wb, session: s } = session(workbook(treeRows), { host: "web" });
  const costs = {} as Record<Action, ActionCost>;
  let deducted = 0;
  for (const action of ACTIONS) {
    wb.syncCount = 0;
    const before = wb.syncPayloads.length;
    const result = await s[action]();
    if (action === "markDeductions") deducted = Number(/已标注 (\d+) 个扣分单元格/.exec((result as { message: string }).message)?.[1]);
    const payloads = wb.syncPayloads.slice(before);
    costs[action] = {
      syncs: wb.syncCount,
      largest: Math.max(...payloads.flatMap((p) => [p.request, p.response])),
      bytes: payloads.reduce((n, p) => n + p.request + p.response, 0),
    };
  }
  return { costs, deducted, sheets: wb.sheets.map((x) => x.name) };
}

const syncsOf = (costs: Record<Action, ActionCost>) => Object.fromEntries(ACTIONS.map((a) => [a, costs[a].syncs]));

describe("context.sync() calls per action (Excel on the web, with its 5 MB limit)", () => {
  const bySize: Record<number, Awaited<ReturnType<typeof costPerAction>>> = {};
  beforeAll(async () => {
    for (const n of [10, 100, 1000]) bySize[n] = await costPerAction(n);
    // `npm run bench` runs this measurement and reports it (bench/run.js).
    const out = process.env.PERFEVAL_SYNC_COUNTS_OUT;
    if (out) writeFileSync(out, JSON.stringify(Object.fromEntries(Object.entries(bySize).map(([n, r]) => [n, syncsOf(r.costs)])), null, 1));
  });

  it("did the work at every size", () => {
    for (const n of [10, 100, 1000]) {
      // Every third 二级 row is deducted; its marked cells span the 评分表's columns.
      expect(bySize[n].deducted).toBeGreaterThanOrEqual(Math.floor((n - 4) / 3));
      expect(bySize[n].sheets).toEqual(["评分表", "基础数据表", "自评汇总", "自评报告"]);
    }
  });

  it("are fixed for a normal workbook: reads three (sheet list, used-range sizes, contents), actions that write four, 清除标注 three", () => {
    const normal = { read: 3, writeSummary: 4, markDeductions: 4, clearMarks: 3, writeFormulas: 4 };
    expect(syncsOf(bySize[10].costs)).toEqual(normal);
    expect(syncsOf(bySize[100].costs)).toEqual(normal);
  });

  it("grow only with size: a 1,000-row 评分表 (9,000 cells) is first probed, one sync more", () => {
    for (const action of ACTIONS) expect(bySize[1000].costs[action].syncs - bySize[100].costs[action].syncs).toBeLessThanOrEqual(1);
  });

  it("no request or response over 4 MB at any size", () => {
    for (const n of [10, 100, 1000]) for (const action of ACTIONS) expect(bySize[n].costs[action].largest).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});

describe("ExcelSession", () => {
  it("reads and evaluates the workbook", async () => {
    const { session: s } = session(workbook(10));
    const result = await s.read();
    expect(result.evaluation.deductions.length).toBeGreaterThan(0);
    expect(s.lastEvaluation).toBe(result);
  });

  it("writeSummary twice gives 自评汇总 and 自评汇总(2), never an overwrite", async () => {
    const { wb, session: s } = session(workbook(10));
    const first = await s.writeSummary();
    const second = await s.writeSummary();
    expect(wb.sheets.map((x) => x.name)).toEqual(["评分表", "基础数据表", "自评汇总", "自评报告", "自评汇总(2)", "自评报告(2)"]);
    expect(first.cells).toEqual(["自评汇总!A1"]);
    expect(second.message).toContain("“自评汇总(2)”和“自评报告(2)”");
    // The summary is written with its chart, and no marks: marking is its own action.
    expect(wb.sheet("自评汇总")!.charts).toHaveLength(1);
    expect(looks(wb.sheet("评分表")!)).toEqual(looks(FakeWorkbook.fromGrids(workbook(10)).sheet("评分表")!));
  });

  it("标注扣分 then 清除标注 restores every original fill exactly, including cells that had none", async () => {
    const grids = workbook(10);
    const { wb, host, session: s } = session(grids);
    const ws = wb.sheet("评分表")!;
    // A user's own fill on one deducted row; every other cell has none.
    ws.at("H5")!.format.fill = { ...noFill(), color: "#92D050", pattern: "Solid" };
    const before = looks(ws);
    const marked = await s.markDeductions();
    expect(marked.message).toMatch(/已标注 \d+ 个扣分单元格/);
    expect(looks(ws)).not.toEqual(before);
    expect(host.settings.get(MARKS_SETTING)).not.toBeNull();
    // Marking again must not take the first marks for originals.
    await s.markDeductions();
    const cleared = await s.clearMarks();
    expect(cleared.message).toMatch(/已清除 \d+ 个单元格的标注/);
    expect(looks(ws)).toEqual(before);
  });

  it("清除标注 with nothing recorded is a friendly no-op", async () => {
    const { wb, session: s } = session(workbook(10));
    expect((await s.clearMarks()).message).toBe("当前工作簿中没有本助手添加的标注，无需清除。");
    expect(wb.syncCount).toBe(0);
  });

  it("写入公式 writes JX formulas into empty cells only, and says how many it skipped", async () => {
    const { wb, session: s } = session(workbook(10));
    const first = await s.writeFormulas();
    const ws = wb.sheet("基础数据表")!;
    const formulas = [...ws.cells.values()].filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.some((c) => c.formula!.startsWith("JX."))).toBe(true);
    expect(first.message).toContain("基础数据表");
    // Again: whatever the core plans now, no cell that holds something is overwritten.
    const filled = () =>
      new Map([...ws.cells].filter(([, c]) => c.value !== null || c.formula).map(([k, c]) => [k, `${c.value}|${c.formula}`]));
    const before = filled();
    await s.writeFormulas();
    const after = filled();
    for (const [key, content] of before) expect({ key, content: after.get(key) }).toEqual({ key, content });
  });

  it("reports progress up to done", async () => {
    const { session: s } = session(workbook(10));
    const steps: [string, number][] = [];
    await s.writeSummary((step, fraction) => steps.push([step, fraction]));
    expect(steps.map(([step]) => step)).toEqual(["正在读取工作表…", "正在计算评分…", "正在写入工作簿…", "完成"]);
    expect(steps.map(([, f]) => f)).toEqual([...steps.map(([, f]) => f)].sort((a, b) => a - b));
  });

  it("turns a workbook the core cannot use into a Chinese error, writing nothing", async () => {
    const grids: WorkbookGrids = { sheets: [{ name: "Sheet1", hidden: false, merges: [], rows: [[{ value: "无关" }]] } as Grid] };
    const { wb, session: s } = session(grids);
    await expect(s.writeSummary()).rejects.toMatchObject({ name: "WorkbookError" });
    expect(wb.sheets.map((x) => x.name)).toEqual(["Sheet1"]);
    expect(wb.syncCount).toBe(3);
  });

  it("no action deletes, renames or reorders the user's sheets (a real fixture read from .xlsx)", async () => {
    const file = path.join(__dirname, "../../test/fixtures/messy/haizhu-2023-printed.xlsx");
    const { grids } = await loadWorkbook(readFileSync(file), "haizhu.xlsx");
    const { wb, session: s } = session(grids);
    for (const action of [
      "read",
      "writeFormulas",
      "writeSummary",
      "markDeductions",
      "markDeductions",
      "clearMarks",
      "writeSummary",
    ] as const)
      await s[action]();
    expect(wb.sheets.slice(0, grids.sheets.length).map((x) => x.name)).toEqual(grids.sheets.map((g) => g.name));
    expect(wb.sheets.map((x) => x.name).slice(grids.sheets.length)).toEqual(["自评汇总", "自评报告", "自评汇总(2)", "自评报告(2)"]);
  });
});

describe("转为普通公式", () => {
  async function xlsxWithJx(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("基础数据表");
    ws.getCell("A1").value = 1100;
    ws.getCell("A2").value = 1200;
    // As Excel saves a custom function, and as another tool would write it.
    ws.getCell("B1").value = { formula: "_xldudf_JX_GROWTH_RATE(A1,A2)", result: -0.0833 };
    ws.getCell("B2").value = { formula: "JX.GROWTH_RATE(A1,A2)*100", result: -8.33 };
    ws.getCell("B3").value = { formula: "JX.AMOUNT_IN_WORDS(A1)", result: "壹仟壹佰元整" };
    ws.getCell("B4").value = { formula: "SUM(A1:A2)", result: 2300 };
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("opens a copy with standard formulas; the user's workbook is untouched", async () => {
    const { host, wb, session: s } = session(workbook(10), { fileBytes: await xlsxWithJx() });
    const before = JSON.stringify(wb.sheets.map((x) => [...x.cells]));
    const steps: string[] = [];
    const result = await s.convertToPlainFormulas((step) => steps.push(step));
    expect(steps[steps.length - 1]).toBe("完成");
    expect(JSON.stringify(wb.sheets.map((x) => [...x.cells]))).toBe(before);
    expect(wb.syncCount).toBe(0);
    expect(host.createdWorkbooks).toHaveLength(1);
    expect(result.message).toContain("当前工作簿未作改动");

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(Buffer.from(host.createdWorkbooks[0], "base64") as unknown as ExcelJS.Buffer);
    const ws = copy.getWorksheet("基础数据表")!;
    const formulaOf = (a: string) => (ws.getCell(a).value as { formula?: string }).formula;
    expect(formulaOf("B1")).toBeDefined();
    expect(formulaOf("B1")).not.toMatch(/JX|xldudf/i);
    expect(formulaOf("B2")).not.toMatch(/JX/);
    expect(ws.getCell("B3").value).toBe("壹仟壹佰元整");
    expect(formulaOf("B4")).toBe("SUM(A1:A2)");
  });

  it("says so when there is nothing to convert", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("表").getCell("A1").value = { formula: "1+1", result: 2 };
    const { host, session: s } = session(workbook(10), { fileBytes: new Uint8Array(await plain.xlsx.writeBuffer()) });
    expect((await s.convertToPlainFormulas()).message).toContain("无需转换");
    expect(host.createdWorkbooks).toHaveLength(0);
  });
});

/** Every JX cell of a sheet with the engine's value for its rate, and what the fake calculated. */
function jxCells(ws: FakeSheet, evaluated: EvaluatedWorkbook): { formula: string; value: unknown; engine: number | undefined }[] {
  return [...ws.cells.values()]
    .filter((c) => c.formula && /^JX\./.test(c.formula) && jxFunction(/^JX\.(\w+)\(/.exec(c.formula)![1])?.rate)
    .map((c) => {
      const rate = jxFunction(/^JX\.(\w+)\(/.exec(c.formula!)![1])!.rate;
      return { formula: c.formula!, value: c.value, engine: evaluated.evaluation.rates.find((r) => r.spec.id === rate)?.value?.toNumber() };
    });
}

describe("JX formulas in the Excel the accountants use", () => {
  /** A 基础数据表 with the allocation and carry-over rows present but left blank. */
  const withBlanks = (): WorkbookGrids => ({
    sheets: [
      workbook(10).sheets[0],
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
  });

  async function jxSession(language: "en-US" | "zh-CN", host: ConstructorParameters<typeof FakeOfficeHost>[1] = {}) {
    const s = session(withBlanks(), host);
    s.wb.calculator = jxCalculator(await registeredJx(language, s.host.profile.blankForAny));
    return s;
  }

  it("写入公式 and 生成汇总 in a Chinese Excel: every JX cell resolves (no #NAME?) to the engine's value", async () => {
    const { wb, session: s } = await jxSession("zh-CN");
    await s.writeFormulas();
    await s.writeSummary();
    const cells = [...jxCells(wb.sheet("基础数据表")!, s.lastEvaluation!), ...jxCells(wb.sheet("自评汇总")!, s.lastEvaluation!)];
    expect(cells.length).toBeGreaterThanOrEqual(4);
    for (const c of cells) expect({ formula: c.formula, value: c.value }).toEqual({ formula: c.formula, value: c.engine });
  });

  it("the same on an older desktop build that passes blanks as 0: the add-in's formulas never reference a blank cell", async () => {
    const { wb, session: s } = await jxSession("zh-CN");
    wb.calculator = jxCalculator(await registeredJx("zh-CN", 0));
    await s.writeFormulas();
    const cells = jxCells(wb.sheet("基础数据表")!, s.lastEvaluation!);
    // The allocation and carry-over are blank: the call leaves them out rather than point at them.
    expect(cells.map((c) => c.formula).join(" ")).toMatch(/JX\.EXECUTION_RATE\([^,()]+,,,[^,()]+\)/);
    for (const c of cells) expect({ formula: c.formula, value: c.value }).toEqual({ formula: c.formula, value: c.engine });
  });

  it("where Excel has no custom functions (LTSC 2021), the pane says so and writes standard formulas", async () => {
    const { wb, session: s } = session(withBlanks(), { host: "ltsc-2021" });
    expect(s.dialect).toBe("standard");
    expect(s.startupNotice).toContain("标准 Excel 公式");
    const result = await s.writeFormulas();
    expect(result.message).toContain("公式为标准 Excel 公式");
    await s.writeSummary();
    const formulas = [...wb.sheet("基础数据表")!.cells.values(), ...wb.sheet("自评汇总")!.cells.values()].filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /JX\./i.test(f))).toEqual([]);
  });

  it("opened by the task-pane-only manifest, a host that has custom functions still gets standard formulas (none are registered)", () => {
    const { session: s } = session(withBlanks(), { taskpaneOnly: true });
    expect(s.dialect).toBe("standard");
  });
});

describe("what Excel cannot do, said instead of failing silently", () => {
  it("Office for Mac: 下载 Word 报告 explains and names the browser page and the command line", async () => {
    const { session: s } = session(workbook(10), { host: "m365-mac" });
    await s.read();
    await expect(s.downloadReport()).rejects.toMatchObject({ name: "WorkbookError", message: NO_DOWNLOAD_MESSAGE });
    expect(NO_DOWNLOAD_MESSAGE).toMatch(/浏览器页面/);
    expect(NO_DOWNLOAD_MESSAGE).toMatch(/perfeval evaluate/);
  });

  it("Excel on the web: 转为普通公式 explains instead of calling getFileAsync(Compressed)", async () => {
    const { host, session: s } = session(workbook(10), { host: "web" });
    await expect(s.convertToPlainFormulas()).rejects.toMatchObject({ name: "WorkbookError", message: NO_FILE_MESSAGE });
    expect(host.createdWorkbooks).toHaveLength(0);
  });

  it("Excel 2016/2019 (ExcelApi 1.1/1.7): every action says which Excel is needed, in the words README and the loading screen use", async () => {
    for (const host of ["office-2016", "office-2019"] as const) {
      const { wb, session: s } = session(workbook(10), { host });
      await expect(s.read()).rejects.toThrow(versions.requirement);
      expect(wb.syncCount).toBe(0);
    }
  });
});
