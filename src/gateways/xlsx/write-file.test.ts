import * as ExcelJS from "exceljs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "./read-workbook";
import { excelJsBytes } from "./scratch-sheets";
import { writeBytesAtomically } from "./write-file";

function sample(text: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("自评汇总").getCell("A1").value = text;
  return wb;
}

const writeWorkbookAtomically = async (wb: ExcelJS.Workbook, out: string) => writeBytesAtomically(out, await excelJsBytes(wb));

describe("writeBytesAtomically", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "perfeval-write-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a readable workbook and leaves no temporary file", async () => {
    const out = join(dir, "评价表.自评结果.xlsx");
    await writeWorkbookAtomically(sample("第一次"), out);
    await writeWorkbookAtomically(sample("第二次"), out); // replaces the earlier result
    expect(await readdir(dir)).toEqual(["评价表.自评结果.xlsx"]);
    const { grids } = await loadWorkbook(await readFile(out), "评价表.自评结果.xlsx");
    expect(grids.sheets[0].rows[0]?.[0]).toEqual({ value: "第二次" });
  });

  it("creates nothing when the folder does not exist", async () => {
    const out = join(dir, "没有这个文件夹", "结果.xlsx");
    await expect(writeWorkbookAtomically(sample("x"), out)).rejects.toMatchObject({ name: "WorkbookError", message: "无法写入文件（文件夹不存在或无法访问）。", location: { file: out } });
    expect(await readdir(dir)).toEqual([]);
  });

  it("removes the temporary file when the final rename fails", async () => {
    // The target is a non-empty folder: the temp file gets written, the rename cannot succeed.
    const out = join(dir, "结果.xlsx");
    await mkdir(out);
    await writeFile(join(out, "keep.txt"), "x");
    await expect(writeWorkbookAtomically(sample("x"), out)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["结果.xlsx"]);
    expect(await readdir(out)).toEqual(["keep.txt"]);
  });
});

describe("excelJsBytes", () => {
  it("returns xlsx bytes", async () => {
    const bytes = await excelJsBytes(sample("x"));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
