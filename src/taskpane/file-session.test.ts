/**
 * The browser mode's session without a browser: every action on an in-memory copy of a real
 * fixture, and the copy checked with ExcelJS. (The page itself: test/browser.)
 */
import * as ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WorkbookError } from "../core/errors";
import { createFileSession, resultFileName } from "./file-session";
import type { WorkbookSession } from "./session";

const FIXTURES = join(__dirname, "../../test/fixtures");
const fixture = (path: string) => new File([readFileSync(join(FIXTURES, path))], path.split("/").pop()!);

/** The session's current copy, as the user would download it. */
async function currentCopy(session: WorkbookSession): Promise<ExcelJS.Workbook> {
  const gateway = await import("../gateways/xlsx");
  const workbook = (session as unknown as { workbook: Parameters<typeof gateway.packageBytes>[0] }).workbook;
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await gateway.packageBytes(workbook)) as unknown as ArrayBuffer);
  return copy;
}

const fillOf = (wb: ExcelJS.Workbook, sheet: string, ref: string) => JSON.stringify(wb.getWorksheet(sheet)!.getCell(ref).fill ?? null);

test("读取评价表 evaluates the file like the command line", async () => {
  const session = createFileSession(fixture("standard/miit-2020-printed.xlsx"));
  expect(session.kind).toBe("file");
  expect(session.title).toBe("miit-2020-printed.xlsx");
  const steps: string[] = [];
  const { json } = await session.read((step) => steps.push(step));
  expect(json.total).toBe(100);
  expect(json.grade).toBe("优");
  expect(json.checks.some((c) => c.severity === "error" && c.message.includes("正负号相反"))).toBe(true);
  expect(steps.length).toBeGreaterThan(2);
});

test("the actions change only the in-memory copy, each once, and 清除标注 restores the original formats", async () => {
  const session = createFileSession(fixture("standard/miit-2020-printed.xlsx"));
  const original = await currentCopy((await session.read(), session));
  const marked = "H18"; // 重点工作完成率 lost 0.17

  await expect(session.writeSummary()).resolves.toMatchObject({ message: expect.stringContaining("已生成") });
  // Again, with another outline: the same two sheets, updated in place, never "nothing to do".
  const again = await session.writeSummary(undefined, { outline: "海珠式", edits: { functions: "负责全市工业和信息化工作。" } });
  expect(again.message).toContain("已按当前的体例和您填写的内容更新");
  expect(again.nothingDone).toBeUndefined();
  const updated = await currentCopy(session);
  expect(updated.worksheets.map((ws) => ws.name).filter((n) => n.startsWith("自评"))).toEqual(["自评汇总", "自评报告"]);
  expect(String(updated.getWorksheet("自评报告")!.getCell("A1").value)).toMatch(/^自评报告（海珠式/);
  await session.markDeductions();
  const afterMarks = await currentCopy(session);
  expect(fillOf(afterMarks, "评分表", marked)).not.toBe(fillOf(original, "评分表", marked));

  await expect(session.markDeductions()).resolves.toMatchObject({ nothingDone: true });
  await expect(session.clearMarks()).resolves.toMatchObject({ message: expect.stringContaining("原文件从未被改动") });
  const cleared = await currentCopy(session);
  expect(fillOf(cleared, "评分表", marked)).toBe(fillOf(original, "评分表", marked));
  // The summary survives clearing the marks.
  expect(cleared.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["自评汇总", "自评报告"]));

  await expect(session.convertToPlainFormulas()).resolves.toMatchObject({ message: expect.stringContaining("不需要转换"), nothingDone: true });
});

test("a file that is not a workbook is a WorkbookError with a Chinese message", async () => {
  const session = createFileSession(fixture("bad/not-a-workbook.xlsx"));
  const failure = session.read().catch((e: unknown) => e);
  await expect(failure).resolves.toBeInstanceOf(WorkbookError);
  expect(((await failure) as WorkbookError).describe()).toContain("这不是 Excel 工作簿");
});

test("the result file is named after the original", () => {
  expect(resultFileName("评价表.xlsx")).toBe("评价表.自评结果.xlsx");
  expect(resultFileName("A.XLSX")).toBe("A.自评结果.xlsx");
  // A result read again: the same base with a number, never .自评结果.自评结果.
  expect(resultFileName("zj.自评结果.xlsx")).toBe("zj.自评结果(2).xlsx");
  expect(resultFileName("zj.自评结果(2).xlsx")).toBe("zj.自评结果(3).xlsx");
});

test("生成汇总 on a workbook that already has a 自评报告 says what was kept and what changed", async () => {
  const { readFileSync } = await import("fs");
  const { join } = await import("path");
  const { evaluateWorkbook: run } = await import("../core");
  const { loadWorkbook: load, applyPlan: apply, packageBytes: toBuffer } = await import("../gateways/xlsx");
  const source = await load(new Uint8Array(readFileSync(join(__dirname, "../../test/fixtures/standard/haizhu-2023-corrected.xlsx"))), "x.xlsx");
  await apply(source.package, run(source.grids, "x.xlsx").plan);
  // The user fills in a placeholder paragraph of 自评报告 in Excel and saves.
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.load((await toBuffer(source.package)) as unknown as ArrayBuffer);
  const report = edited.getWorksheet("自评报告")!;
  report.eachRow((row) => {
    if (row.getCell(3).value === "functions") row.getCell(1).value = "负责全区科技工作。";
  });
  const bytes = new Uint8Array(await edited.xlsx.writeBuffer());
  const { createFileSession } = await import("./file-session");
  const file = { name: "已处理.xlsx", arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } as unknown as File;
  const session = createFileSession(file);
  await session.read();
  const result = await session.writeSummary();
  expect(result.message).toContain("自评报告沿用了您在“自评报告”中填写的 1 段");
  expect(session.narrative().paragraphs.find((p) => p.id === "functions")?.spans[0].text).toBe("负责全区科技工作。");
});

test("下载结果文件 before 生成汇总 gives the results: the 自评汇总 and 自评报告 with the text typed in the pane, and says so", async () => {
  const saved: { blob: Blob; name: string }[] = [];
  const saveFile = jest.spyOn(await import("./save-file"), "saveFile").mockImplementation((blob, name) => void saved.push({ blob, name }));
  try {
    const session = createFileSession(fixture("standard/miit-2020-printed.xlsx"));
    await session.read();
    // The pane's choice as the user left it: an outline and a box typed in, 生成汇总 never clicked.
    const info = await session.download!({ outline: "湛江式", unit: "万元", edits: { functions: "负责全市工业和信息化工作。" } });
    expect(info.fileName).toBe("miit-2020-printed.自评结果.xlsx");
    expect(info.message).toContain("下载前已按当前的体例和您填写的内容生成“自评汇总”和“自评报告”工作表");
    expect(info.message).toContain("扣分没有标注");
    expect(saved.map((s) => s.name)).toEqual(["miit-2020-printed.自评结果.xlsx"]);
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await saved[0].blob.arrayBuffer());
    expect(downloaded.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["评分表", "基础数据表", "自评汇总", "自评报告"]));
    const texts: string[] = [];
    downloaded.getWorksheet("自评报告")!.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts).toContain("\u3000\u3000负责全市工业和信息化工作。");
    // 生成汇总 afterwards updates the same two sheets (never a second pair).
    await expect(session.writeSummary(undefined, { outline: "湛江式", unit: "万元", edits: {} })).resolves.toMatchObject({ message: expect.stringContaining("已按当前的体例和您填写的内容更新") });
    expect((await currentCopy(session)).worksheets.map((ws) => ws.name).filter((n) => n.startsWith("自评"))).toEqual(["自评汇总", "自评报告"]);
  } finally {
    saveFile.mockRestore();
  }
});

test("a block whose points are not all given to its rows: the result says how much is unassigned, beside deductions of 0", async () => {
  const session = createFileSession(fixture("real-layouts/zhanjiang-form-three-row-header.xlsx"));
  const { json } = await session.read();
  expect(json.deductionTotal).toBe(0);
  // 前期准备工作 30 over rows of 18 + 10 (2 unassigned), and 目标设置 10 over one row of 6 (4 more).
  expect(json.unassignedWeight).toBe(6);
  const block = json.tree.find((n) => n.name === "前期准备工作")!;
  expect(block).toMatchObject({ weight: 30, score: 24, deduction: 6, childWeights: 28, unassignedWeight: 6 });
  expect(block.children.find((n) => n.name === "目标设置")).toMatchObject({ weight: 10, childWeights: 6, unassignedWeight: 4 });
  // weight − score = the leaves' deductions below it + its unassigned weight, for every 一级 node.
  for (const n of json.tree) {
    const lost = json.deductions.filter((d) => d.path[0] === n.name).reduce((a, d) => a + d.deduction, 0);
    expect(n.deduction).toBeCloseTo(lost + (n.unassignedWeight ?? 0), 2);
  }
});

test("every weight adds up: no unassigned weight anywhere", async () => {
  const { json } = await createFileSession(fixture("standard/miit-2020-corrected.xlsx")).read();
  expect(json.unassignedWeight).toBeNull();
  expect(JSON.stringify(json.tree)).not.toContain("unassignedWeight");
});
