import * as ExcelJS from "exceljs";
import { docxSectionTexts } from "../../test/helpers/docx-sections";
import { WorkbookError } from "../core/errors";
import { heavyWork, inlineHeavyWork, receivedError, sendableError } from "./heavy-work";
import { runHeavyTask } from "./heavy-work-tasks";

test("转为普通公式's copy: standard formulas, in base64 for Excel.createWorkbook", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.getCell("A1").value = 8;
  ws.getCell("A2").value = 10;
  ws.getCell("B1").value = { formula: "_xldudf_JX_SCORE_RATE(A1,A2)", result: 0.8 };
  const { base64, report } = await inlineHeavyWork.plainCopy(new Uint8Array(await wb.xlsx.writeBuffer()), "当前工作簿.xlsx");
  expect(report).toEqual({ formulas: 1, values: 0 });
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(Buffer.from(base64, "base64") as unknown as ExcelJS.Buffer);
  expect((copy.getWorksheet("表")!.getCell("B1").value as { formula: string }).formula).toBe("(A1/A2)");
});

test("the Word report's bytes, handed over without a copy", async () => {
  const { result, transfer } = await runHeavyTask({ kind: "report-docx", narrative: { outline: "湛江式", unit: "万元", paragraphs: [{ id: "p", role: "body", spans: [{ text: "正文" }] }] }, tables: [] });
  expect((result as Uint8Array).byteLength).toBeGreaterThan(1000);
  expect(transfer).toEqual([(result as Uint8Array).buffer]);
});

test("the Word report of several tables: one file, a section (new page) each, in order", async () => {
  const part = (text: string) => ({ narrative: { outline: "项目支出" as const, unit: "万元" as const, paragraphs: [{ id: "p", role: "body" as const, spans: [{ text }] }] }, tables: [] });
  const bytes = await inlineHeavyWork.reportsDocx([part("第一个项目的正文"), part("第二个项目的正文")]);
  const sections = await docxSectionTexts(bytes);
  expect(sections).toEqual([expect.stringContaining("第一个项目的正文"), expect.stringContaining("第二个项目的正文")]);
  expect(sections[1]).not.toContain("第一个项目的正文");
});

test("a WorkbookError from the worker arrives as one, with its Chinese message and place", async () => {
  const sent = sendableError(new WorkbookError("这不是 Excel 工作簿。", { file: "当前工作簿.xlsx" }));
  const back = receivedError(JSON.parse(JSON.stringify(sent)));
  expect(back).toBeInstanceOf(WorkbookError);
  expect((back as WorkbookError).describe()).toBe("文件“当前工作簿.xlsx”：这不是 Excel 工作簿。");
  // Through a runner that fails the way the worker client does.
  const failing = heavyWork(async () => Promise.reject(receivedError(sent)));
  await expect(failing.plainCopy(new Uint8Array([1]), "x.xlsx")).rejects.toMatchObject({ name: "WorkbookError" });
  await expect(inlineHeavyWork.plainCopy(new Uint8Array([1, 2, 3]), "当前工作簿.xlsx")).rejects.toMatchObject({ name: "WorkbookError" });
});
