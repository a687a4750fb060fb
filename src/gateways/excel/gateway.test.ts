import { EngineUsageError, WorkbookError } from "../../core/errors";
import type { WorkbookGrids } from "../../core/grid/grid";
import type { PlannedSheet, WritePlan } from "../../core/plan/plan";
import { FakeWorkbook, defaultFormat, noBorder, noFill, type FakeSheet } from "../../../test/fakes/fake-workbook";
import { FakeOfficeHost } from "../../../test/fakes/office-fake";
import { createExcelGateway, type ExcelGateway } from "./gateway";
import { MARKS_SETTING } from "./mark-store";

/** The user's workbook: a small 评分表 with a merged title, a formula and some formats. */
function userGrids(): WorkbookGrids {
  return {
    sheets: [
      {
        name: "评分表",
        hidden: false,
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        rows: [
          [{ value: "评分表" }],
          [{ value: "指标" }, { value: "分值" }, { value: "得分" }],
          [{ value: "预算执行" }, { value: 20 }, { value: 18 }],
          [{ value: "产出" }, { value: 30 }, { value: 30 }],
          [{ value: "合计" }, { value: 50 }, { value: 48, formula: "SUM(C3:C4)" }],
        ],
      },
      {
        name: "基础数据表",
        hidden: false,
        merges: [],
        rows: [
          [{ value: "项目" }, { value: "数值" }],
          [{ value: "预算数" }, { value: 100 }],
        ],
      },
    ],
  };
}

function setup(excelApi = "1.20"): { wb: FakeWorkbook; host: FakeOfficeHost; gateway: ExcelGateway } {
  const wb = FakeWorkbook.fromGrids(userGrids());
  // Original looks to restore: a yellow fill and thin borders on C3; B4 has a blue fill.
  const c3 = wb.sheet("评分表")!.touch(2, 2).format;
  c3.fill = { ...noFill(), color: "#FFFF00", pattern: "Solid" };
  c3.borders.top = { ...noBorder(), style: "Continuous" };
  c3.borders.bottom = { ...noBorder(), style: "Continuous", weight: "Medium", color: "#0000FF" };
  wb.sheet("评分表")!.touch(3, 1).format.fill = { ...noFill(), color: "#DDEBF7", pattern: "Solid", tintAndShade: 0.4 };
  const host = new FakeOfficeHost(wb, { excelApi });
  return { wb, host, gateway: createExcelGateway(host) };
}

const summary: PlannedSheet = {
  name: "自评汇总",
  role: "summary",
  cells: [
    { row: 0, col: 0, value: "部门整体支出绩效自评汇总", style: "title" },
    { row: 1, col: 0, value: "项目", style: "header" },
    { row: 1, col: 1, value: "得分", style: "header" },
    { row: 2, col: 0, value: "合计", style: "total" },
    { row: 2, col: 1, formula: "SUM(评分表!C3:C4)", result: 48, numFmt: "0.00", style: "score" },
    { row: 3, col: 0, value: "=1+1" },
    { row: 3, col: 1, value: "+8613800" },
    { row: 4, col: 0, value: "-x" },
    { row: 4, col: 1, value: "@sum" },
    { row: 5, col: 0, value: "查看评分表", link: "#'评分表'!A2", style: "link" },
    { row: 5, col: 1, value: 0.9907, numFmt: "0.00%" },
    { row: 6, col: 0, value: "2023-01-01" },
    { row: 6, col: 1, value: "50%", style: "percent" },
    { row: 7, col: 0, value: '说"明"', link: "#'自评汇总'!A1" },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  columnWidths: [30, 12],
  rowHeights: [{ row: 7, height: 30 }],
  frozenRows: 2,
  landscape: true,
  chart: {
    title: "二级指标得分率",
    type: "column",
    categories: { top: 2, bottom: 5, col: 0 },
    values: { top: 2, bottom: 5, col: 1 },
    anchor: { row: 8, col: 3 },
  },
};

const plan = (p: Partial<WritePlan>): WritePlan => ({ sheets: [], marks: [], ...p });
/** Fill and borders of a cell; a cell never touched has the default look. */
const look = (sheet: FakeSheet, address: string) => {
  const format = sheet.at(address)?.format ?? defaultFormat();
  return JSON.parse(JSON.stringify({ fill: format.fill, borders: format.borders }));
};

describe("applyPlan: new sheets", () => {
  let wb: FakeWorkbook;
  let sheet: FakeSheet;
  beforeAll(async () => {
    ({ wb } = await (async () => {
      const s = setup();
      await s.gateway.applyPlan(plan({ sheets: [summary] }));
      return s;
    })());
    sheet = wb.sheet("自评汇总")!;
  });

  it("adds the sheet after the user's sheets and activates it", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["评分表", "基础数据表", "自评汇总"]);
    expect(wb.log).toContain("activate 自评汇总");
  });

  it("writes text as text, never as a formula or a number", () => {
    for (const [address, text] of [
      ["A4", "=1+1"],
      ["B4", "+8613800"],
      ["A5", "-x"],
      ["B5", "@sum"],
      ["A7", "2023-01-01"],
      ["B7", "50%"],
    ]) {
      expect({ address, value: sheet.at(address)?.value, formula: sheet.at(address)?.formula }).toEqual({
        address,
        value: text,
        formula: undefined,
      });
    }
  });

  it("writes formulas, links as HYPERLINK formulas, numbers and number formats", () => {
    expect(sheet.at("B3")).toMatchObject({ formula: "SUM(评分表!C3:C4)", numberFormat: "0.00" });
    expect(sheet.at("A6")?.formula).toBe(`HYPERLINK("#'评分表'!A2","查看评分表")`);
    expect(sheet.at("A8")?.formula).toBe(`HYPERLINK("#'自评汇总'!A1","说""明""")`);
    expect(sheet.at("B6")).toMatchObject({ value: 0.9907, numberFormat: "0.00%" });
    expect(sheet.at("B7")?.numberFormat).toBe("0.00%"); // the percent style's format
  });

  it("formats by style; a merge's covered cells take the master's look", () => {
    expect(sheet.at("A2")?.format.fill).toMatchObject({ color: "#D9D9D9", pattern: "Solid" });
    expect(sheet.at("A2")?.format.borders.top).toMatchObject({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(sheet.at("A1")?.format.font).toMatchObject({ name: "黑体", size: 16, bold: true });
    expect(sheet.at("B1")?.format).toEqual(sheet.at("A1")?.format);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("sets widths, heights, frozen rows and landscape", () => {
    expect([...sheet.columnWidths]).toEqual([
      [0, 161.25],
      [1, 66.75],
    ]);
    expect(sheet.rowHeights.get(7)).toBe(30);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.orientation).toBe("Landscape");
  });

  it("adds a clustered column chart of the values with the categories on the x-axis", () => {
    expect(sheet.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "自评汇总!B3:B6",
        seriesBy: "Columns",
        title: "二级指标得分率",
        legendVisible: false,
        seriesName: "二级指标得分率",
        xAxisValues: "自评汇总!A3:A6",
        position: "D9:K23", // the planned area: 16 rows × 8 columns when the plan gives no end
      },
    ]);
  });

  it("reads (sheet list, used-range sizes, contents), then writes everything in one batch: four syncs", () => {
    expect(wb.syncCount).toBe(4);
  });

  it("does not suspend calculation when formulas are written (they must calculate)", () => {
    expect(wb.log).toContain("suspendScreenUpdatingUntilNextSync");
    expect(wb.log).not.toContain("suspendApiCalculationUntilNextSync");
  });
});

describe("applyPlan: refusals", () => {
  it("refuses a sheet name that is taken (any case) and writes nothing", async () => {
    const { wb, gateway } = setup();
    await expect(gateway.applyPlan(plan({ sheets: [{ ...summary, name: "评分表" }] }))).rejects.toThrow(EngineUsageError);
    await expect(gateway.applyPlan(plan({ sheets: [{ ...summary, name: "基础数据表" }] }))).rejects.toThrow("已有名为“基础数据表”");
    expect(wb.sheets.map((s) => s.name)).toEqual(["评分表", "基础数据表"]);
  });

  it("refuses to write on a protected sheet, in Chinese", async () => {
    const { wb, gateway } = setup();
    wb.sheet("评分表")!.protected = true;
    await expect(gateway.applyPlan(plan({ marks: [{ sheet: "评分表", cells: ["C3"], kind: "check" }] }))).rejects.toThrow(WorkbookError);
    await expect(gateway.applyPlan(plan({ marks: [{ sheet: "评分表", cells: ["C3"], kind: "check" }] }))).rejects.toThrow("受保护");
  });

  it("turns an Office error code into a Chinese WorkbookError", async () => {
    const { gateway } = setup();
    await expect(gateway.selectCell("不存在!A1")).rejects.toThrow("找不到要操作的工作表");
  });
});

describe("applyPlan: edits into the user's sheets", () => {
  it("writes only cells that are empty, and counts the others", async () => {
    const { wb, gateway } = setup();
    const report = await gateway.applyPlan(
      plan({
        edits: [
          {
            sheet: "评分表",
            cells: [
              { row: 2, col: 3, formula: "C3/B3", numFmt: "0.00%", style: "percent" }, // D3: empty
              { row: 3, col: 3, value: "说明" }, // D4: empty
              { row: 2, col: 2, value: 99 }, // C3: holds 18
              { row: 4, col: 2, formula: "1" }, // C5: holds a formula
              { row: 0, col: 1, value: "x" }, // B1: covered by the title's merge
              { row: 9, col: 5, value: "=x" }, // F10: outside the used range
            ],
          },
        ],
      }),
    );
    const ws = wb.sheet("评分表")!;
    expect(report).toMatchObject({ cellsWritten: 3, cellsSkipped: 3 });
    expect(ws.at("D3")).toMatchObject({ formula: "C3/B3", numberFormat: "0.00%" });
    expect(ws.at("D4")?.value).toBe("说明");
    expect(ws.at("C3")?.value).toBe(18);
    expect(ws.at("C5")).toMatchObject({ value: 48, formula: "SUM(C3:C4)" });
    expect(ws.at("F10")).toMatchObject({ value: "=x", formula: undefined });
    expect(wb.syncCount).toBe(4);
  });
});

describe("marks and 清除标注", () => {
  const marks: WritePlan["marks"] = [
    { sheet: "评分表", cells: ["A3", "B3", "C3"], kind: "deduction-partial" },
    { sheet: "评分表", cells: ["A1", "C3", "B4"], kind: "check" },
  ];

  it("colours deductions, frames checks, merged cells as a whole", async () => {
    const { wb, gateway } = setup();
    await gateway.applyPlan(plan({ marks }));
    const ws = wb.sheet("评分表")!;
    expect(ws.at("A3")?.format.fill).toMatchObject({ color: "#FFF2CC", pattern: "Solid" });
    // C3 is both: the deduction fill and the red frame.
    expect(ws.at("C3")?.format.fill.color).toBe("#FFF2CC");
    expect(ws.at("C3")?.format.borders.left).toMatchObject({ style: "Continuous", weight: "Medium", color: "#FF0000" });
    // A1 is the master of A1:C1: the whole merge is framed.
    expect(ws.cell(0, 2)?.format.borders.right).toMatchObject({ weight: "Medium", color: "#FF0000" });
    // Values untouched.
    expect(ws.at("C3")?.value).toBe(18);
  });

  it("restores every original fill and border exactly, including cells that had none", async () => {
    const { wb, host, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    const cells = ["A1", "B1", "C1", "A3", "B3", "C3", "B4"];
    const before = cells.map((a) => look(ws, a));
    await gateway.applyPlan(plan({ marks }));
    expect(cells.map((a) => look(ws, a))).not.toEqual(before);
    expect(host.settings.get(MARKS_SETTING)).not.toBeNull();
    expect(gateway.hasMarks()).toBe(true);
    wb.syncCount = 0;
    const cleared = await gateway.clearMarks();
    expect(cleared).toEqual({ restored: 7, changed: 0, missing: 0 });
    expect(wb.syncCount).toBe(3);
    expect(cells.map((a) => look(ws, a))).toEqual(before);
    expect(ws.at("A3")?.format.fill).toEqual(noFill());
    expect(ws.at("C3")?.format.fill).toEqual({ ...noFill(), color: "#FFFF00", pattern: "Solid" });
    expect(ws.at("C3")?.format.borders.bottom).toEqual({ ...noBorder(), style: "Continuous", weight: "Medium", color: "#0000FF" });
    expect(ws.at("B4")?.format.fill).toEqual({ ...noFill(), color: "#DDEBF7", pattern: "Solid", tintAndShade: 0.4 });
    // The record stays, so a Ctrl+Z that brings the marks back can be cleared again.
    expect(gateway.hasMarks()).toBe(true);
    expect(await gateway.clearMarks()).toEqual({ restored: 0, changed: 7, missing: 0 });
  });

  it("marking twice keeps the true originals; cells no longer marked get theirs back at once", async () => {
    const { wb, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    const original = look(ws, "C3");
    await gateway.applyPlan(plan({ marks }));
    await gateway.applyPlan(plan({ marks: [{ sheet: "评分表", cells: ["C3"], kind: "deduction-heavy" }] }));
    expect(ws.at("C3")?.format.fill.color).toBe("#F8CBAD");
    expect(ws.at("C3")?.format.borders.left.color).toBe("#000000"); // the frame of the first marking is gone
    expect(ws.at("A3")?.format.fill).toEqual(noFill());
    await gateway.clearMarks();
    expect(look(ws, "C3")).toEqual(original);
  });

  it("clearing with nothing recorded touches nothing", async () => {
    const { wb, gateway } = setup();
    expect(await gateway.clearMarks()).toEqual({ restored: 0, changed: 0, missing: 0 });
    expect(wb.syncCount).toBe(0);
  });

  it("keeps the record small: one entry per distinct look", async () => {
    const { wb, host, gateway } = setup();
    const rows = Array.from({ length: 3000 }, (_, r) => [{ value: `行${r}` }, { value: r }]);
    wb.sheets.push(FakeWorkbook.fromGrids({ sheets: [{ name: "大表", hidden: false, merges: [], rows }] }).sheets[0]);
    const cells = rows.flatMap((_, r) => [`A${r + 1}`, `B${r + 1}`]);
    await gateway.applyPlan(plan({ marks: [{ sheet: "大表", cells, kind: "deduction-partial" }] }));
    expect(host.settings.size()).toBeLessThan(100_000);
    await gateway.clearMarks();
    expect(wb.sheet("大表")!.at("B3000")?.format.fill).toEqual(noFill());
  });

  it("says when the record could not be saved", async () => {
    const { host, gateway } = setup();
    host.settings.failSaves = true;
    expect((await gateway.applyPlan(plan({ marks }))).marksRecorded).toBe(false);
  });
});

describe("undo grouping and selection", () => {
  it("runs an action as one undo group where ExcelApi 1.20 is supported", async () => {
    const { host, gateway } = setup("1.20");
    await gateway.read();
    expect(host.runs).toEqual([{ mergeUndoGroup: true, delayForCellEdit: true }]);
  });

  it("runs without the undo group where ExcelApi 1.20 is missing, and plainly on older hosts", async () => {
    const newer = setup("1.19");
    await newer.gateway.read();
    expect(newer.host.runs).toEqual([{ delayForCellEdit: true }]);
    const old = setup("1.10");
    await old.gateway.selectCell("评分表!A1");
    expect(old.host.runs).toEqual([undefined]);
  });

  it("refuses, in Chinese, where merged cells cannot be read (before ExcelApi 1.13)", async () => {
    const { wb, gateway } = setup("1.12");
    await expect(gateway.read()).rejects.toThrow("ExcelApi 1.13");
    expect(wb.syncCount).toBe(0);
  });

  it("selects a cell on a quoted sheet name in two syncs (visibility, then the jump)", async () => {
    const wb = FakeWorkbook.fromGrids({ sheets: [{ name: "附件2 自评评分表", hidden: false, merges: [], rows: [] }] });
    const gateway = createExcelGateway(new FakeOfficeHost(wb));
    await gateway.selectCell("'附件2 自评评分表'!H5");
    expect(wb.log).toEqual(["activate 附件2 自评评分表", "select '附件2 自评评分表'!H5"]);
    expect(wb.syncCount).toBe(2);
  });
});

describe("workbook bytes", () => {
  it("joins the file's slices and closes the file", async () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => i % 251);
    const host = new FakeOfficeHost(new FakeWorkbook(), { fileBytes: bytes, sliceSize: 65_536 });
    const gateway = createExcelGateway(host);
    expect(Buffer.from(await gateway.workbookBytes()).equals(Buffer.from(bytes))).toBe(true);
    expect(host.slicesClosed).toBe(1);
    await gateway.openWorkbookCopy(Buffer.from(bytes).toString("base64"));
    expect(Buffer.from(host.createdWorkbooks[0], "base64").equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses to open a copy where Excel.createWorkbook is missing", async () => {
    const host = new FakeOfficeHost(new FakeWorkbook(), { excelApi: "1.7" });
    await expect(createExcelGateway(host).openWorkbookCopy("AQ==")).rejects.toThrow("不能从加载项新建工作簿");
  });
});

const valuesOf = (range: Excel.Range) => range.values;

describe("the fake keeps the gateway honest", () => {
  it("throws if anything deletes or renames a sheet", async () => {
    const host = new FakeOfficeHost(FakeWorkbook.fromGrids(userGrids()));
    await expect(host.run(undefined, async (context) => context.workbook.worksheets.getItem("评分表").delete())).rejects.toThrow(
      "undo history",
    );
    await expect(
      host.run(undefined, async (context) => {
        context.workbook.worksheets.getItem("评分表").name = "改名";
      }),
    ).rejects.toThrow("undo history");
  });

  it("throws PropertyNotLoaded (with its code, as OfficeExtension.Error has) when a property is read before load and sync", async () => {
    const host = new FakeOfficeHost(FakeWorkbook.fromGrids(userGrids()));
    await expect(
      host.run(undefined, async (context) => {
        const range = context.workbook.worksheets.getItem("评分表").getRange("A1");
        range.load("values");
        return valuesOf(range); // deliberately before context.sync()
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

/** What Ctrl+Z does to formats: puts back a snapshot (document settings are not undone). */
function snapshotFormats(sheet: FakeSheet): () => void {
  const saved = new Map([...sheet.cells].map(([key, cell]) => [key, JSON.parse(JSON.stringify(cell.format))]));
  return () => {
    for (const [key, cell] of sheet.cells) cell.format = saved.get(key) ?? defaultFormat();
  };
}

describe("marks that survive Excel", () => {
  const deduct: WritePlan["marks"] = [{ sheet: "评分表", cells: ["A3", "B3", "C3"], kind: "deduction-partial" }];

  it("No Fill comes back as No Fill, a white fill as white: Excel reports both as #FFFFFF", async () => {
    const { wb, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    ws.touch(2, 1).format.fill = { ...noFill(), color: "#FFFFFF", pattern: "Solid" }; // B3 white on purpose
    await gateway.applyPlan(plan({ marks: deduct }));
    expect(ws.at("A3")?.format.fill.color).toBe("#FFF2CC");
    await gateway.clearMarks();
    expect(ws.at("A3")?.format.fill).toEqual(noFill());
    expect(ws.at("B3")?.format.fill).toEqual({ ...noFill(), color: "#FFFFFF", pattern: "Solid" });
  });

  it("Ctrl+Z after 标注扣分, then the user's own fill: 清除标注 leaves the cells alone", async () => {
    const { wb, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    const undo = snapshotFormats(ws);
    await gateway.applyPlan(plan({ marks: deduct }));
    undo();
    ws.touch(2, 0).format.fill = { ...noFill(), color: "#92D050", pattern: "Solid" }; // A3 green, by the user
    const before = ["A3", "B3", "C3"].map((a) => look(ws, a));
    expect(await gateway.clearMarks()).toEqual({ restored: 0, changed: 3, missing: 0 });
    expect(["A3", "B3", "C3"].map((a) => look(ws, a))).toEqual(before);
  });

  it("Ctrl+Z after 清除标注 brings the marks back: 清除标注 clears them again", async () => {
    const { wb, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    const original = ["A3", "B3", "C3"].map((a) => look(ws, a));
    await gateway.applyPlan(plan({ marks: deduct }));
    const undo = snapshotFormats(ws);
    await gateway.clearMarks();
    expect(["A3", "B3", "C3"].map((a) => look(ws, a))).toEqual(original);
    undo(); // the marks are back, the record was kept
    expect(ws.at("A3")?.format.fill.color).toBe("#FFF2CC");
    expect(gateway.hasMarks()).toBe(true);
    expect(await gateway.clearMarks()).toEqual({ restored: 3, changed: 0, missing: 0 });
    expect(["A3", "B3", "C3"].map((a) => look(ws, a))).toEqual(original);
  });

  it("marking again after an undo takes the cells as they are now, not a stale original", async () => {
    const { wb, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    const undo = snapshotFormats(ws);
    await gateway.applyPlan(plan({ marks: deduct }));
    undo();
    ws.touch(2, 0).format.fill = { ...noFill(), color: "#92D050", pattern: "Solid" };
    const now = look(ws, "A3");
    await gateway.applyPlan(plan({ marks: deduct }));
    await gateway.clearMarks();
    expect(look(ws, "A3")).toEqual(now);
  });

  it("a sheet protected since marking: a Chinese message naming it, and nothing changed anywhere", async () => {
    const { wb, gateway } = setup();
    const ws = wb.sheet("评分表")!;
    await gateway.applyPlan(plan({ marks: deduct }));
    ws.protected = true;
    const marked = ["A3", "B3", "C3"].map((a) => look(ws, a));
    await expect(gateway.clearMarks()).rejects.toMatchObject({ name: "WorkbookError", location: { sheet: "评分表" }, message: expect.stringContaining("保护") });
    expect(["A3", "B3", "C3"].map((a) => look(ws, a))).toEqual(marked);
    // Marking another sheet would put the protected sheet's cells back first: refused too.
    const basic = wb.sheet("基础数据表")!;
    const basicBefore = look(basic, "B2");
    await expect(gateway.applyPlan(plan({ marks: [{ sheet: "基础数据表", cells: ["B2"], kind: "check" }] }))).rejects.toMatchObject({
      location: { sheet: "评分表" },
    });
    expect(look(basic, "B2")).toEqual(basicBefore);
    expect(["A3", "B3", "C3"].map((a) => look(ws, a))).toEqual(marked);
  });

  it("restores thousands of scattered No Fill cells: every getRanges address stays under Excel's 8,192 characters", async () => {
    const { wb, gateway } = setup();
    const rows = Array.from({ length: 3000 }, (_, r) => [{ value: `行${r}` }, { value: r }, { value: r }]);
    wb.sheets.push(FakeWorkbook.fromGrids({ sheets: [{ name: "大表", hidden: false, merges: [], rows }] }).sheets[0]);
    // Every other row, alternating columns: no two marked cells form a rectangle.
    const cells = rows.flatMap((_, r) => (r % 2 ? [] : [`${r % 4 ? "A" : "C"}${r + 1}`]));
    await gateway.applyPlan(plan({ marks: [{ sheet: "大表", cells, kind: "deduction-heavy" }] }));
    await gateway.clearMarks();
    const big = wb.sheet("大表")!;
    expect(cells.filter((a) => JSON.stringify(big.at(a)?.format.fill) !== JSON.stringify(noFill()))).toEqual([]);
  });

  it("jumping to a cell on a hidden sheet says so instead of failing", async () => {
    const { wb, gateway } = setup();
    wb.sheet("基础数据表")!.visibility = "Hidden";
    await expect(gateway.selectCell("基础数据表!B2")).rejects.toMatchObject({ name: "WorkbookError", message: expect.stringContaining("隐藏") });
    expect(wb.log.filter((l) => l.startsWith("activate"))).toEqual([]);
  });
});

describe("link texts", () => {
  it("a link text over 255 characters is shortened, so the summary still writes (Excel refuses longer text in a formula)", async () => {
    const { wb, gateway } = setup();
    const long = "指标解释".repeat(100);
    await gateway.applyPlan(plan({ sheets: [{ ...summary, cells: [{ row: 0, col: 0, value: long, link: "#'评分表'!A2" }], chart: undefined }] }));
    const formula = wb.sheet("自评汇总")!.at("A1")!.formula!;
    const text = /,"(.*)"\)$/.exec(formula)![1];
    expect(text.length).toBe(255);
    expect(text.endsWith("…")).toBe(true);
  });
});

describe("a chart planned with an end cell and a series name", () => {
  it("is placed over the same cells as in files and names its series", async () => {
    const { wb, gateway } = setup();
    const chart = {
      title: "二级指标得分率",
      type: "column" as const,
      seriesName: "得分率",
      categories: { top: 0, bottom: 1, col: 0 },
      values: { top: 0, bottom: 1, col: 1 },
      anchor: { row: 4, col: 0 },
      to: { row: 20, col: 8 },
    };
    await gateway.applyPlan(plan({ sheets: [{ name: "自评汇总", role: "summary", cells: [{ row: 0, col: 0, value: "甲" }, { row: 0, col: 1, value: 0.5 }, { row: 1, col: 0, value: "乙" }, { row: 1, col: 1, value: 1 }], merges: [], columnWidths: [], chart }] }));
    expect(wb.sheet("自评汇总")!.charts[0]).toMatchObject({ seriesName: "得分率", position: "A5:H20" });
  });
});
