import JSZip from "jszip";
import * as ExcelJS from "exceljs";
import { WorkbookError } from "../../core/errors";
import type { Grid } from "../../core/grid/grid";
import { loadWorkbook, READ_MESSAGES } from "./read-workbook";
import { excelJsBytes as workbookToBuffer } from "./scratch-sheets";

async function sampleBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("评分表");
  ws.getCell("A1").value = "部门整体支出绩效自评评分表";
  ws.mergeCells("A1:C1");
  ws.mergeCells("A3:A4");
  ws.getCell("A3").value = "预算编制";
  ws.getCell("B2").value = 2;
  ws.getCell("C2").value = { formula: "B2*2", result: 4 };
  ws.getCell("B3").value = 3;
  ws.getCell("C3").value = { sharedFormula: "C2", result: 6 };
  ws.getCell("B5").value = { richText: [{ text: "扣" }, { text: "分", font: { bold: true } }] };
  ws.getCell("B6").value = new Date(Date.UTC(2020, 11, 31));
  ws.getCell("B7").value = { error: "#DIV/0!" };
  ws.getCell("B8").value = 0.9907;
  ws.getCell("B8").numFmt = "0.00%";
  ws.getCell("B9").value = { text: "见基础数据表", hyperlink: "#'基础数据表'!A1" };
  ws.getCell("B10").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("B11").value = { formula: "B2" };
  ws.getCell("B12").value = true;
  ws.getCell("B13").value = "=1+1";
  const hidden = wb.addWorksheet("基础数据表", { state: "hidden" });
  hidden.getCell("A1").value = "年初预算数";
  wb.addWorksheet("隐藏很深", { state: "veryHidden" });
  return workbookToBuffer(wb);
}

describe("loadWorkbook", () => {
  let grids: readonly Grid[];
  beforeAll(async () => {
    grids = (await loadWorkbook(await sampleBytes(), "a.xlsx")).grids.sheets;
  });
  const cell = (a1: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    return grids[0].rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
  };

  it("lists sheets in workbook order with their hidden state", () => {
    expect(grids.map((g) => [g.name, g.hidden])).toEqual([
      ["评分表", false],
      ["基础数据表", true],
      ["隐藏很深", true],
    ]);
    expect(grids[1].rows[0]?.[0]).toEqual({ value: "年初预算数" });
    expect(grids[2].rows).toEqual([]);
  });

  it("reads merges as zero-based ranges and keeps only the top-left value", () => {
    expect(grids[0].merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ]),
    );
    expect(grids[0].merges).toHaveLength(2);
    expect(cell("A1")).toEqual({ value: "部门整体支出绩效自评评分表" });
    expect(cell("B1")).toBeUndefined();
    expect(cell("C1")).toBeUndefined();
    expect(cell("A4")).toBeUndefined();
  });

  it("reads formulas with their cached results, shared formulas translated", () => {
    expect(cell("C2")).toEqual({ value: 4, formula: "B2*2" });
    expect(cell("C3")).toEqual({ value: 6, formula: "B3*2" });
    expect(cell("B10")).toEqual({ value: { error: "#DIV/0!" }, formula: "1/0" });
    expect(cell("B11")).toEqual({ value: null, formula: "B2" });
  });

  it("flattens rich text and hyperlinks to plain text", () => {
    expect(cell("B5")).toEqual({ value: "扣分" });
    expect(cell("B9")).toEqual({ value: "见基础数据表" });
  });

  it("reads dates as YYYY-MM-DD text marked isDate", () => {
    expect(cell("B6")).toMatchObject({ value: "2020-12-31", isDate: true });
    expect(cell("B6")?.numFmt).toBeTruthy();
  });

  it("reads error values, numbers with formats, booleans and formula-looking text", () => {
    expect(cell("B7")).toEqual({ value: { error: "#DIV/0!" } });
    expect(cell("B8")).toEqual({ value: 0.9907, numFmt: "0.00%" });
    expect(cell("B2")).toEqual({ value: 2 });
    expect(cell("B12")).toEqual({ value: true });
    expect(cell("B13")).toEqual({ value: "=1+1" });
  });

  it("converts a 10,000-row sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    for (let r = 1; r <= 10000; r++) {
      ws.getRow(r).values = [r, `项目${r}`, r * 1.5, { formula: `A${r}*2`, result: r * 2 }, "备注"];
    }
    const loaded = await loadWorkbook(await workbookToBuffer(wb), "big.xlsx");
    const grid = loaded.grids.sheets[0];
    expect(grid.rows).toHaveLength(10000);
    expect(grid.rows[9999]?.[3]).toEqual({ value: 20000, formula: "A10000*2" });
  });
});

describe("loadWorkbook refuses what it cannot read, with one Chinese message", () => {
  async function failure(bytes: Uint8Array): Promise<WorkbookError> {
    try {
      await loadWorkbook(bytes, "自评.xlsx");
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookError);
      return e as WorkbookError;
    }
    throw new Error("expected loadWorkbook to throw");
  }

  it("explains an .xls file", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await failure(ole);
    expect(e.message).toContain("97-2003");
    expect(e.location).toEqual({ file: "自评.xlsx" });
  });

  it("explains an empty file and a text file", async () => {
    expect((await failure(new Uint8Array())).message).toBe("文件是空的（0 字节）。");
    expect((await failure(new TextEncoder().encode("项目,数值\n"))).message).toBe(
      "这不是 Excel 工作簿（.xlsx）文件。",
    );
  });

  it("names an OpenDocument spreadsheet (.ods) and says to save it as .xlsx", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    const e = await failure(await zip.generateAsync({ type: "uint8array" }));
    expect(e.message).toContain("OpenDocument 表格（.ods）");
    expect(e.message).toContain("另存为");
  });

  it("reports a damaged workbook without a stack trace from the parser", async () => {
    const good = await sampleBytes();
    const damaged = Uint8Array.from(good);
    // Keep the zip's directory (so it still looks like a workbook) but wreck the entries.
    damaged.fill(0x41, 40, Math.floor(good.length / 2));
    const e = await failure(damaged);
    expect(e.message).toBe(READ_MESSAGES.zip);
    expect(e.message).not.toContain("文件可能已损坏");
    expect(e.describe()).toMatch(/^文件“自评.xlsx”：文件不完整或已损坏.*另存为 \.xlsx 后再试。$/);
  });

  it("says what is wrong with a workbook whose parts are missing or broken, never 文件可能已损坏", async () => {
    const JSZip = (await import("jszip")).default;
    const edit = async (fn: (zip: InstanceType<typeof JSZip>) => void) => {
      const zip = await JSZip.loadAsync(await sampleBytes());
      fn(zip);
      return zip.generateAsync({ type: "uint8array" });
    };
    const noSheets = await failure(await edit((z) => z.file("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>')));
    expect(noSheets.message).toBe(READ_MESSAGES.noSheets);
    const broken = await failure(await edit((z) => z.file("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c>')));
    expect(broken.message).toMatch(/^工作簿的内容无法解析（.*）。请在 Excel 或 WPS 中打开并另存为 \.xlsx 后再试。$/);
    for (const e of [noSheets, broken]) expect(e.message).not.toContain("文件可能已损坏");
  });
});
