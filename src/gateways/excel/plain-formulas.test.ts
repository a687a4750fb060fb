import * as ExcelJS from "exceljs";
import { hasJxCall, replaceJxFormulas } from "./plain-formulas";

describe("replaceJxFormulas", () => {
  it("recognises JX calls as typed and as Excel saves them, not look-alikes", () => {
    expect(hasJxCall("JX.GROWTH_RATE(A1,A2)")).toBe(true);
    expect(hasJxCall("1+jx.grade(B2)")).toBe(true);
    expect(hasJxCall("_xldudf_JX_GROWTH_RATE(A1,A2)")).toBe(true);
    expect(hasJxCall("MYJX.F(A1)")).toBe(false);
    expect(hasJxCall("SUM(A1:A2)")).toBe(false);
  });

  it("replaces shared formulas' clones too, and keeps error results as errors", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = 10;
    ws.getCell("A2").value = 8;
    ws.getCell("A3").value = 6;
    ws.getCell("B2").value = { formula: "JX.GROWTH_RATE(A2,A1)", result: -0.2 };
    ws.getCell("B3").value = { sharedFormula: "B2", result: -0.25 } as ExcelJS.CellValue;
    ws.getCell("C1").value = { formula: "JX.AMOUNT_IN_WORDS(A9)", result: { error: "#VALUE!" } } as ExcelJS.CellValue;
    // Through a file, as the workbook arrives from Excel.
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await wb.xlsx.writeBuffer());
    const report = replaceJxFormulas(loaded);
    const sheet = loaded.getWorksheet("表")!;
    expect(report).toEqual({ formulas: 2, values: 1 });
    expect(sheet.getCell("B2").formula).not.toMatch(/JX/);
    expect(sheet.getCell("B3").formula).not.toMatch(/JX/);
    expect(sheet.getCell("B3").formula).toContain("A3");
    expect(sheet.getCell("C1").value).toEqual({ error: "#VALUE!" });
    // And it still writes.
    await expect(loaded.xlsx.writeBuffer()).resolves.toBeDefined();
  });
});
