/**
 * Regenerating after the data changed: what the user wrote into placeholder paragraphs of the
 * 自评报告 sheet is kept, the generated paragraphs take the new figures, and the user is told
 * which changed. Always into a new sheet (自评报告(2)), never over the old one.
 */
import * as ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval } from "./helpers/cli";

test("edit a placeholder and a score, evaluate again: the edit stays, the figures follow", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-refresh-"));
  const first = path.join(dir, "第一次.xlsx");
  expect((await perfeval(["evaluate", path.join(__dirname, "fixtures/standard/haizhu-2023-corrected.xlsx"), "-o", first])).code).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const report = wb.getWorksheet("自评报告")!;
  let edited = 0;
  report.eachRow((row) => {
    if (row.getCell(3).value === "functions") {
      row.getCell(1).value = "负责全区科技、工业、商务和信息化工作。";
      edited++;
    }
  });
  expect(edited).toBe(1);
  const scoring = wb.getWorksheet("评分表")!;
  scoring.eachRow((row) => {
    if (row.getCell(2).value === "运行成本") {
      row.getCell(8).value = 3;
      row.getCell(9).value = "“三公”经费超预算，扣1分";
    }
  });
  const edited1 = path.join(dir, "改过.xlsx");
  await wb.xlsx.writeFile(edited1);

  const second = path.join(dir, "第二次.xlsx");
  const r = await perfeval(["evaluate", edited1, "-o", second, "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.total).toBe(93);
  expect(json.narrative.text).toContain("负责全区科技、工业、商务和信息化工作。");
  expect(json.narrative.text).toContain("“三公”经费超预算");
  expect(r.stderr).toMatch(/沿用“自评报告”中您填写的 1 段；随数据更新 \d+ 段/);

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(second);
  expect(out.worksheets.map((w) => w.name)).toEqual(["评分表", "基础数据表", "自评汇总", "自评报告", "自评汇总(2)", "自评报告(2)"]);
  const texts: string[] = [];
  out.getWorksheet("自评报告(2)")!.eachRow((row) => texts.push(String(row.getCell(1).value)));
  expect(texts).toContain("负责全区科技、工业、商务和信息化工作。");
  expect(texts.join("\n")).toContain("自评分数为93分");
});
