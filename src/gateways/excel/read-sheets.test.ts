import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { Grid, WorkbookGrids } from "../../core/grid/grid";
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

describe("readGrids", () => {
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
