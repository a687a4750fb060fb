/**
 * Regenerating after the data changed: what the user wrote into placeholder paragraphs of the
 * 自评报告 sheet is kept, the generated paragraphs take the new figures, and the user is told
 * which changed. The 自评汇总 and 自评报告 this tool wrote are updated in place, never stacked as 自评报告(2);
 * the input workbook itself is never written.
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
  expect(out.worksheets.map((w) => w.name)).toEqual(["评分表", "基础数据表", "自评汇总", "自评报告"]);
  const texts: string[] = [];
  out.getWorksheet("自评报告")!.eachRow((row) => texts.push(String(row.getCell(1).value)));
  // Body paragraphs are indented two characters in the sheet.
  expect(texts).toContain("\u3000\u3000负责全区科技、工业、商务和信息化工作。");
  expect(texts.join("\n")).toContain("自评分数为93分");
});

test("switching outline on a second run: text for a section the new outline lacks is kept below the report and comes back", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-refresh-"));
  const first = path.join(dir, "第一次.xlsx");
  expect((await perfeval(["evaluate", path.join(__dirname, "fixtures/standard/miit-2020-corrected.xlsx"), "-o", first, "--outline", "湛江式"])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  wb.getWorksheet("自评报告")!.eachRow((row) => {
    if (row.getCell(3).value === "team") row.getCell(1).value = "局长任组长，各科室负责人为成员。";
    if (row.getCell(3).value === "organisation") row.getCell(1).value = "局机关设14个内设机构。";
  });
  const edited = path.join(dir, "填写后.xlsx");
  await wb.xlsx.writeFile(edited);

  const haizhu = path.join(dir, "海珠式.xlsx");
  const r = await perfeval(["evaluate", edited, "-o", haizhu, "--outline", "海珠式", "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.narrative.text).toContain("（一）部门职能\n局机关设14个内设机构。");
  expect(json.narrative.text).not.toContain("局长任组长");
  expect(r.stderr).toContain("您为其他体例填写的 1 段（自评工作小组的组成和分工）在海珠式中没有对应段落，已保留在“自评报告”末尾");

  // Back to 湛江式 from the 海珠式 result: the kept paragraph returns to its place.
  const back = await perfeval(["evaluate", haizhu, "-o", path.join(dir, "湛江式.xlsx"), "--outline", "湛江式", "--json"]);
  expect(JSON.parse(back.stdout).narrative.text).toContain("（一）评价小组情况\n局长任组长，各科室负责人为成员。");
  // Without --outline a second run keeps the outline the report was written in.
  const again = await perfeval(["evaluate", haizhu, "-o", path.join(dir, "再次.xlsx"), "--json"]);
  expect(JSON.parse(again.stdout).narrative.outline).toBe("海珠式");
});

test("what the user wrote survives every later run, and a rewritten generated paragraph is kept while its data stays", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-refresh-"));
  const first = path.join(dir, "第一次.xlsx");
  expect((await perfeval(["evaluate", path.join(__dirname, "fixtures/standard/haizhu-2023-corrected.xlsx"), "-o", first])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  let rewritten = "";
  wb.getWorksheet("自评报告")!.eachRow((row) => {
    const id = String(row.getCell(3).value ?? "");
    if (id === "functions") row.getCell(1).value = "负责全区科技、工业、商务和信息化工作。";
    // A generated paragraph the accountant adds a sentence to.
    if (!rewritten && id.startsWith("analysis") && String(row.getCell(1).value).length > 20) {
      rewritten = `${String(row.getCell(1).value).trim()}我局将继续加强预算编制工作。`;
      row.getCell(1).value = rewritten;
    }
  });
  expect(rewritten).not.toBe("");
  const edited = path.join(dir, "改过.xlsx");
  await wb.xlsx.writeFile(edited);

  // Two more runs in a chain, the data unchanged.
  const second = path.join(dir, "第二次.xlsx");
  const third = path.join(dir, "第三次.xlsx");
  expect((await perfeval(["evaluate", edited, "-o", second])).code).toBe(0);
  const r = await perfeval(["evaluate", second, "-o", third, "--json"]);
  const text = JSON.parse(r.stdout).narrative.text as string;
  expect(text).toContain("负责全区科技、工业、商务和信息化工作。");
  expect(text).toContain("我局将继续加强预算编制工作。");
  expect(r.stderr).toMatch(/沿用“自评报告”中您填写的 1 段；您改写过、数据未变而保留的 1 段/);
  // Paragraphs are named by how they begin, not by internal ids.
  expect(r.stderr).not.toMatch(/analysis\.|spending\./);
});
