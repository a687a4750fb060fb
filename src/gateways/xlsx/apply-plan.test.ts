import * as ExcelJS from "exceljs";
import type { Grid } from "../../core/grid/grid";
import { MARK_COLOURS, type PlannedSheet, type WritePlan } from "../../core/plan/plan";
import { applyPlan } from "./apply-plan";
import { readPackage, workbookSheets, type XlsxPackage } from "./package";
import { loadWorkbook } from "./read-workbook";
import { packageBytes } from "./result-bytes";
import { excelJsBytes } from "./scratch-sheets";

/** The user's workbook: a scoring sheet with values, a formula, a shared style and a merge. */
async function userWorkbook(): Promise<XlsxPackage> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("评分表");
  ws.getCell("A1").value = "评分表";
  ws.mergeCells("A1:C1");
  for (let r = 2; r <= 5; r++) {
    ws.getCell(`A${r}`).value = `指标${r}`;
    ws.getCell(`B${r}`).value = r;
    ws.getCell(`B${r}`).numFmt = "0.00"; // one shared style for B2:B5 after loading
    ws.getCell(`B${r}`).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  }
  ws.getCell("B6").value = { formula: "SUM(B2:B5)", result: 14 };
  ws.getCell("C2").value = { formula: "B2*2", result: 4 };
  ws.getCell("C3").value = { sharedFormula: "C2", result: 6 };
  return (await loadWorkbook(await excelJsBytes(wb), "user.xlsx")).package;
}

/** The result as the user gets it: read by our reader (grids) and by ExcelJS (formats). */
async function roundTrip(pkg: XlsxPackage): Promise<{ wb: ExcelJS.Workbook; grids: readonly Grid[] }> {
  const bytes = await packageBytes(pkg);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, grids: (await loadWorkbook(bytes, "out.xlsx")).grids.sheets };
}

const summary: PlannedSheet = {
  name: "自评汇总",
  role: "summary",
  cells: [
    { row: 0, col: 0, value: "部门整体支出绩效自评汇总", style: "title" },
    { row: 1, col: 0, value: "项目", style: "header" },
    { row: 1, col: 1, value: "得分", style: "header" },
    { row: 2, col: 0, value: "合计", style: "total" },
    { row: 2, col: 1, formula: "SUM(评分表!B2:B5)", result: 14, numFmt: "0.00", style: "score" },
    { row: 3, col: 0, value: "=1+1" },
    { row: 3, col: 1, value: "+8613800" },
    { row: 4, col: 0, value: "-x" },
    { row: 4, col: 1, value: "@sum" },
    { row: 5, col: 0, value: "查看评分表", link: "#'评分表'!A2", style: "link" },
    { row: 5, col: 1, value: 0.9907, numFmt: "0.00%" },
    { row: 6, col: 0, formula: "B6*100", result: 99.07 },
    { row: 6, col: 1, value: true },
    { row: 7, col: 0, value: '说"明"', link: "#'自评汇总'!A1" },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  columnWidths: [30, 12],
  frozenRows: 2,
  landscape: true,
  chart: {
    title: "得分",
    type: "column",
    categories: { top: 2, bottom: 2, col: 0 },
    values: { top: 2, bottom: 2, col: 1 },
    anchor: { row: 8, col: 0 },
  },
};

describe("applyPlan: new sheets", () => {
  let out: ExcelJS.Workbook;
  let grid: Grid;
  beforeAll(async () => {
    const wb = await userWorkbook();
    await applyPlan(wb, { sheets: [summary], marks: [] });
    const rt = await roundTrip(wb);
    out = rt.wb;
    grid = rt.grids.find((g) => g.name === "自评汇总")!;
  });

  it("adds the sheet after the user's sheets", () => {
    expect(out.worksheets.map((ws) => ws.name)).toEqual(["评分表", "自评汇总"]);
  });

  it("writes formulas with their cached results", () => {
    expect(grid.rows[2]?.[1]).toEqual({ value: 14, formula: "SUM(评分表!B2:B5)", numFmt: "0.00" });
    expect(grid.rows[6]?.[0]).toEqual({ value: 99.07, formula: "B6*100" });
  });

  it("keeps text that starts with = + - @ as text, never a formula", () => {
    expect(grid.rows[3]?.[0]).toEqual({ value: "=1+1" });
    expect(grid.rows[3]?.[1]).toEqual({ value: "+8613800" });
    expect(grid.rows[4]?.[0]).toEqual({ value: "-x" });
    expect(grid.rows[4]?.[1]).toEqual({ value: "@sum" });
    const ws = out.getWorksheet("自评汇总")!;
    for (const a of ["A4", "B4", "A5", "B5"]) {
      expect(ws.getCell(a).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(a).formula).toBeUndefined();
    }
  });

  it("writes internal links as HYPERLINK formulas showing their text", () => {
    expect(grid.rows[5]?.[0]).toEqual({ value: "查看评分表", formula: `HYPERLINK("#'评分表'!A2","查看评分表")` });
    expect(grid.rows[7]?.[0]).toEqual({ value: '说"明"', formula: `HYPERLINK("#'自评汇总'!A1","说""明""")` });
  });

  it("writes number formats and booleans", () => {
    expect(grid.rows[5]?.[1]).toEqual({ value: 0.9907, numFmt: "0.00%" });
    expect(grid.rows[6]?.[1]).toEqual({ value: true });
  });

  it("applies merges, widths, frozen header rows and print setup", () => {
    const ws = out.getWorksheet("自评汇总")!;
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it("applies named styles", () => {
    const ws = out.getWorksheet("自评汇总")!;
    expect(ws.getCell("A1").font).toMatchObject({ name: "黑体", size: 16, bold: true });
    expect(ws.getCell("A2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(ws.getCell("B2").border.left).toMatchObject({ style: "thin" });
    expect(ws.getCell("A3").font).toMatchObject({ name: "宋体", bold: true });
    expect(ws.getCell("A6").font).toMatchObject({ underline: true });
  });
});

describe("applyPlan: marks on the user's sheets", () => {
  let before: Grid;
  let after: Grid;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = await userWorkbook();
    before = (await roundTrip(wb)).grids[0];
    const plan: WritePlan = {
      sheets: [],
      marks: [
        { sheet: "评分表", cells: ["B3"], kind: "deduction-partial" },
        { sheet: "评分表", cells: ["B4", "A2"], kind: "deduction-heavy", note: "扣分较多" },
        { sheet: "评分表", cells: ["B3", "C3", "A1"], kind: "check" },
      ],
    };
    await applyPlan(wb, plan);
    const rt = await roundTrip(wb);
    after = rt.grids[0];
    ws = rt.wb.getWorksheet("评分表")!;
  });

  it("leaves every value and formula of the sheet unchanged", () => {
    expect(after).toEqual(before);
    expect(after.rows[2]?.[2]).toEqual({ value: 6, formula: "B3*2" });
    expect(after.rows[5]?.[1]).toEqual({ value: 14, formula: "SUM(B2:B5)" });
  });

  it("fills the marked cells only, not the cells that shared their style", () => {
    expect(ws.getCell("B3").fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-partial"] } });
    expect(ws.getCell("B4").fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-heavy"] } });
    expect(ws.getCell("A2").fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-heavy"] } });
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B5").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B2").border?.top).toBeUndefined();
  });

  it("draws a red medium border for a check and keeps the cell's fill", () => {
    const b = ws.getCell("B3");
    for (const side of ["top", "left", "bottom", "right"] as const) {
      expect(b.border[side]).toMatchObject({ style: "medium", color: { argb: MARK_COLOURS.check } });
    }
    expect(b.fill).toMatchObject({ fgColor: { argb: MARK_COLOURS["deduction-partial"] } });
    expect(ws.getCell("C3").border.top).toMatchObject({ style: "medium" });
  });

  it("borders the whole merge when a merged cell is checked", () => {
    expect(ws.getCell("C1").border.right).toMatchObject({ style: "medium", color: { argb: MARK_COLOURS.check } });
    expect(ws.getCell("A1").value).toBe("评分表");
  });
});

describe("applyPlan refuses a plan that would damage the workbook", () => {
  it("throws when a planned sheet name exists (in any letter case) and changes nothing", async () => {
    const wb = await userWorkbook();
    const before = new Map(wb.parts);
    const ok: PlannedSheet = { ...summary, name: "自评汇总" };
    await expect(applyPlan(wb, { sheets: [ok, { ...summary, name: "评分表" }], marks: [] })).rejects.toThrow("评分表");
    await expect(applyPlan(wb, { sheets: [{ ...summary, name: "评分表".toUpperCase() }], marks: [] })).rejects.toThrow("评分表");
    expect(wb.parts).toEqual(before);
    expect(workbookSheets(wb).map((s) => s.name)).toEqual(["评分表"]);
  });

  it("throws on marks for a missing sheet and on bad sheet names", async () => {
    const wb = await userWorkbook();
    await expect(applyPlan(wb, { sheets: [], marks: [{ sheet: "没有", cells: ["A1"], kind: "check" }] })).rejects.toThrow("没有");
    await expect(applyPlan(wb, { sheets: [{ ...summary, name: "a/b" }], marks: [] })).rejects.toThrow();
    await expect(applyPlan(wb, { sheets: [{ ...summary, name: "x".repeat(32) }], marks: [] })).rejects.toThrow();
    expect(workbookSheets(wb)).toHaveLength(1);
  });
});

describe("applyPlan on a real package", () => {
  it("keeps the input's parts byte for byte except the ones it has reason to change", async () => {
    const wb = await userWorkbook();
    const before = new Map(wb.parts);
    await applyPlan(wb, { sheets: [summary], marks: [{ sheet: "评分表", cells: ["B3"], kind: "check" }] });
    const after = await readPackage(await packageBytes(wb));
    const changed = [...before.keys()].filter((k) => !Buffer.from(before.get(k)!).equals(Buffer.from(after.parts.get(k) ?? new Uint8Array())));
    // _rels/.rels: the package now links docProps/custom.xml, where the marks are recorded.
    expect(changed.sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
  });
});

describe("evaluating a result again", () => {
  const marks = (kind: "deduction-partial" | "check", cells: string[]): WritePlan => ({ sheets: [], marks: [{ sheet: "评分表", cells, kind }] });
  const style = (pkg: XlsxPackage, cell: string) => {
    const xml = new TextDecoder().decode(pkg.parts.get(workbookSheets(pkg).find((s) => s.name === "评分表")!.part!)!);
    return new RegExp(`<c r="${cell}"[^>]*?\\ss="(\\d+)"`).exec(xml)?.[1] ?? "0";
  };

  it("first puts every cell the earlier run marked back to its own style", async () => {
    const pkg = await userWorkbook();
    const own = { B3: style(pkg, "B3"), A4: style(pkg, "A4") };
    await applyPlan(pkg, marks("deduction-partial", ["A3", "B3"]));
    const again = await readPackage(await packageBytes(pkg));
    expect(style(again, "B3")).not.toBe(own.B3);
    // The row was corrected: this run marks only A4, and B3 shows its own style again.
    await applyPlan(again, marks("check", ["A4"]));
    expect(style(again, "B3")).toBe(own.B3);
    expect(style(again, "A4")).not.toBe(own.A4);
    // A run with nothing to mark clears the earlier marks and the record.
    await applyPlan(again, { sheets: [], marks: [], edits: [] });
    const third = await readPackage(await packageBytes(again));
    await applyPlan(third, marks("check", ["C5"]));
    expect(style(third, "A4")).toBe(own.A4);
  });

  it("leaves alone a cell whose style was changed after it was marked", async () => {
    const pkg = await userWorkbook();
    await applyPlan(pkg, marks("deduction-partial", ["B3"]));
    const part = workbookSheets(pkg).find((s) => s.name === "评分表")!.part!;
    const xml = new TextDecoder().decode(pkg.parts.get(part)!);
    pkg.parts.set(part, new TextEncoder().encode(xml.replace(/(<c r="B3"[^>]*?\ss=")\d+"/, '$10"')));
    await applyPlan(pkg, marks("check", ["A5"]));
    expect(style(pkg, "B3")).toBe("0");
  });
});
