import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { CellRange, Grid, WorkbookGrids } from "../../core/grid/grid";
import { FakeWorkbook } from "../../../test/fakes/fake-workbook";
import { FakeOfficeHost } from "../../../test/fakes/office-fake";
import { loadWorkbook } from "../xlsx/read-workbook";
import { createExcelGateway } from "./gateway";

const FIXTURES = path.join(__dirname, "../../../test/fixtures");

async function readBack(grids: WorkbookGrids): Promise<{ read: WorkbookGrids; syncs: number }> {
  const wb = FakeWorkbook.fromGrids(grids);
  const { grids: read } = await createExcelGateway(new FakeOfficeHost(wb)).read();
  return { read, syncs: wb.syncCount };
}

const scoring: Grid = {
  name: "附件2 自评评分表",
  hidden: false,
  merges: [
    { top: 2, left: 2, bottom: 2, right: 6 },
    { top: 4, left: 2, bottom: 6, right: 2 },
  ],
  // Nothing in rows 0–1 or columns A–B: the used range starts at C3.
  rows: [
    undefined,
    undefined,
    [undefined, undefined, { value: "部门整体支出绩效自评评分表" }],
    [undefined, undefined, { value: "一级指标" }, { value: "分值" }, { value: "得分" }, { value: "比率" }, { value: "日期" }],
    [
      undefined,
      undefined,
      { value: "预算执行" },
      { value: 20, numFmt: "0.00" },
      { value: 18.5, formula: "SUM(E6:E7)" },
      { value: { error: "#DIV/0!" }, formula: "E5/0" },
      { value: "2023-12-31", numFmt: "yyyy-mm-dd", isDate: true },
    ],
    [undefined, undefined, undefined, { value: "=1+1" }, { value: true }, { value: { error: "#N/A" } }, { value: "-5" }],
    [undefined, undefined, undefined, { value: 0.9907, numFmt: "0.00%" }, { value: null, formula: "JX.EXECUTIONRATE(D6,D7)" }],
  ],
};
const grids: WorkbookGrids = {
  sheets: [
    scoring,
    { name: "隐藏", hidden: true, merges: [], rows: [[{ value: 1 }]] },
    { name: "空白", hidden: false, merges: [], rows: [] },
  ],
};


describe("readGrids", () => {
  it("gives back the same grids: offsets, merges, formulas, errors, dates, text that looks like a formula", async () => {
    const { read } = await readBack(grids);
    expect(read).toEqual(grids);
  });

  it("takes three syncs whatever the number of normal sheets", async () => {
    const many: WorkbookGrids = { sheets: Array.from({ length: 30 }, (_, i) => ({ ...scoring, name: `表${i}` })) };
    expect((await readBack(grids)).syncs).toBe(3);
    expect((await readBack(many)).syncs).toBe(3);
  });

  const fixtures = ["standard", "messy"].flatMap((layout) =>
    readdirSync(path.join(FIXTURES, layout))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(layout, f)),
  );

  it.each(fixtures)("reads the fixture %s as the file gateway does", async (file) => {
    const { grids: fromFile } = await loadWorkbook(readFileSync(path.join(FIXTURES, file)), file);
    const { read } = await readBack(fromFile);
    expect(read).toEqual(fromFile);
  });
});

describe("reading at any size", () => {
  /** A sheet of `rows` rows × 10 columns of Chinese text and numbers, each row's A:B merged. */
  function detailSheet(name: string, rows: number, text = "按规定执行"): Grid {
    const out: Grid["rows"][number][] = [];
    const merges: CellRange[] = [];
    for (let r = 0; r < rows; r++) {
      out.push([
        { value: `第${r + 1}项 部门整体支出明细` },
        undefined,
        ...Array.from({ length: 8 }, (_, c) => (c % 2 ? { value: r * 10 + c } : { value: `说明文字${r}-${c}，${text}` })),
      ]);
      merges.push({ top: r, left: 0, bottom: r, right: 1 });
    }
    return { name, hidden: false, merges, rows: out };
  }

  it("reads a sheet with thousands of merged areas: no request asks for more than 512 (the fake fails those)", async () => {
    const grids: WorkbookGrids = { sheets: [detailSheet("明细", 2000)] };
    const wb = FakeWorkbook.fromGrids(grids);
    const { grids: read } = await createExcelGateway(new FakeOfficeHost(wb)).read();
    expect(read.sheets[0].merges).toHaveLength(2000);
    expect(new Set(read.sheets[0].merges.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`)).size).toBe(2000);
    expect(read).toEqual(grids);
  });

  it("asking the whole sheet for its merged areas, as before, fails past 512 (the limit the fake enforces)", async () => {
    const wb = FakeWorkbook.fromGrids({ sheets: [detailSheet("明细", 600)] });
    const host = new FakeOfficeHost(wb);
    await expect(
      host.run(undefined, async (context) => {
        const areas = context.workbook.worksheets.getItem("明细").getRange().getMergedAreasOrNullObject();
        areas.load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("merged areas over whole rows (1:1) and whole columns (C:D) are read, cut to the used range", async () => {
    const wb = FakeWorkbook.fromGrids({
      sheets: [{ name: "表", hidden: false, merges: [], rows: [[{ value: "标题" }], [{ value: 1 }, { value: 2 }, { value: 3 }, undefined, { value: 5 }]] }],
    });
    wb.sheet("表")!.merges.push({ top: 0, left: 0, bottom: 0, right: 16_383 }, { top: 0, left: 2, bottom: 1_048_575, right: 3 });
    const { grids } = await createExcelGateway(new FakeOfficeHost(wb)).read();
    expect(grids.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 0, left: 2, bottom: 1, right: 3 },
    ]);
  });

  it("on Excel on the web, a sheet of 12 MB of text is read in chunks: no request or response over 4 MB", async () => {
    const rows = 2_000;
    const grids: WorkbookGrids = { sheets: [detailSheet("明细", rows, "资金使用符合规定，项目按计划推进并通过验收，绩效目标基本实现".repeat(2))] };
    const wb = FakeWorkbook.fromGrids(grids);
    const { grids: read } = await createExcelGateway(new FakeOfficeHost(wb, { host: "web" })).read();
    expect(read).toEqual(grids);
    const largest = Math.max(...wb.syncPayloads.flatMap((p) => [p.request, p.response]));
    expect(largest).toBeLessThanOrEqual(4 * 1024 * 1024);
    // A normal workbook is three syncs; beyond it the count grows with size, never per cell.
    expect(wb.syncCount).toBeGreaterThanOrEqual(3);
    expect(wb.syncCount).toBeLessThan(rows / 100);
  });

  it("one sheet Excel will not read is left out and named; the others are read as usual", async () => {
    const wb = FakeWorkbook.fromGrids({ sheets: [scoring, { name: "坏表", hidden: false, merges: [], rows: [[{ value: 1 }]] }, { name: "空白", hidden: false, merges: [], rows: [] }] });
    wb.sheet("坏表")!.failReads = true;
    const { grids: read, unreadable } = await createExcelGateway(new FakeOfficeHost(wb)).read();
    expect(read.sheets.map((s) => s.name)).toEqual(["附件2 自评评分表", "空白"]);
    expect(read.sheets[0]).toEqual(scoring);
    expect(unreadable).toEqual([{ sheet: "坏表", reason: "Excel 处理请求时出现内部错误。" }]);
  });

  it.each([
    { case: "in the sync it shares with the other sheets", rows: 40, cell: "C10" },
    { case: "mid-sheet, after its first chunks were read", rows: 3000, cell: "C2500" },
  ])("a sheet whose contents Excel refuses ($case) is left out and named; the other sheets are read", async ({ rows, cell }) => {
    const wb = FakeWorkbook.fromGrids({ sheets: [scoring, detailSheet("坏表", rows), detailSheet("明细", 50)] });
    wb.sheet("坏表")!.failContentsAt = cell; // its used range still loads
    const { grids: read, unreadable } = await createExcelGateway(new FakeOfficeHost(wb)).read();
    expect(read.sheets).toEqual([scoring, detailSheet("明细", 50)]);
    expect(unreadable).toEqual([{ sheet: "坏表", reason: "Excel 处理请求时出现内部错误。" }]);
  });

  it("a sheet whose merged areas Excel refuses in one tile is left out and named; the others are read", async () => {
    const wb = FakeWorkbook.fromGrids({ sheets: [detailSheet("明细", 50), detailSheet("坏合并", 50), scoring] });
    wb.sheet("坏合并")!.failMergedAreasAt = "A40";
    const { grids: read, unreadable } = await createExcelGateway(new FakeOfficeHost(wb)).read();
    expect(read.sheets).toEqual([detailSheet("明细", 50), scoring]);
    expect(unreadable).toEqual([{ sheet: "坏合并", reason: "Excel 处理请求时出现内部错误。" }]);
  });

  it("a chunk Excel refuses as too large is halved and read again until it fits: nothing is lost", async () => {
    // The estimate is wrong here: the gateway plans 3 MB a sync, this Excel refuses above 1 MB.
    const limit = 1024 * 1024;
    const grids: WorkbookGrids = { sheets: [detailSheet("明细", 2_000, "资金使用符合规定，项目按计划推进并通过验收，绩效目标基本实现".repeat(2)), scoring] };
    const wb = FakeWorkbook.fromGrids(grids);
    wb.payloadLimit = limit;
    const { grids: read, unreadable } = await createExcelGateway(new FakeOfficeHost(wb)).read();
    expect(unreadable).toEqual([]);
    expect(read).toEqual(grids);
    const refused = wb.syncPayloads.filter((p) => p.response > limit);
    expect(refused.length).toBeGreaterThan(0); // the halving was needed
    expect(wb.syncCount).toBeLessThan(2_000 / 50); // in chunks, never row by row
  });

  it("cells still showing #BUSY! are read again after a short wait", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    wb.busy.set("附件2 自评评分表!E7", 1);
    const host = new FakeOfficeHost(wb);
    const { grids: read } = await createExcelGateway(host).read();
    expect(read).toEqual(grids);
    expect(host.waits).toEqual([1500]);
  });

  it("cells still calculating after the wait: the read says so, naming the cell, instead of reading an error", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    wb.busy.set("附件2 自评评分表!E5", 2);
    const gateway = createExcelGateway(new FakeOfficeHost(wb));
    await expect(gateway.read()).rejects.toMatchObject({ name: "WorkbookError", location: { sheet: "附件2 自评评分表", cell: "E5" } });
    await expect(createExcelGateway(new FakeOfficeHost(FakeWorkbook.fromGrids(grids))).read()).resolves.toBeDefined();
  });
});
