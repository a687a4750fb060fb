/**
 * A folder that mixes department and project workbooks (issue 12): one overview with a
 * department sheet and a project sheet, every project of a several-project workbook listed.
 */
import * as ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval } from "./helpers/cli";
import { anhuiProject, sichuanProject } from "./helpers/published-layouts";
import { writeGrids } from "./helpers/write-grid";

const ROOT = path.join(__dirname, "..");

async function sheetRows(file: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (values[c - 1] = cell.value === null || cell.value === undefined ? "" : String((cell.value as { result?: unknown }).result ?? cell.value)));
    rows.push(values);
  });
  return rows;
}

test("batch over department and project workbooks: 批量汇总 lists the departments, 项目汇总 every project", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "perfeval-kinds-"));
  const out = path.join(folder, "out");
  const samples = path.join(ROOT, "samples");
  const department = readdirSync(samples).filter((f) => f.endsWith(".xlsx")).sort()[0];
  copyFileSync(path.join(samples, department), path.join(folder, department));
  await writeGrids(path.join(folder, "两个项目.xlsx"), [anhuiProject, sichuanProject]);
  await writeGrids(path.join(folder, "一个项目.xlsx"), [sichuanProject]);

  const r = await perfeval(["batch", folder, "-o", out]);
  expect(r.code).toBe(0);
  const overview = path.join(out, "批量汇总.xlsx");
  const departments = await sheetRows(overview, "批量汇总");
  expect(departments.filter((row) => row[1]?.endsWith(".xlsx")).map((row) => row[1])).toEqual([department]);
  expect(departments[1][0]).toContain("其中 2 个只有项目支出绩效自评表");

  const projects = await sheetRows(overview, "项目汇总");
  const header = projects.find((row) => row[0] === "序号")!;
  const col = (name: string) => header.indexOf(name);
  const rows = projects.filter((row) => row[col("文件")]?.endsWith(".xlsx"));
  expect(rows.map((row) => [row[col("文件")], row[col("项目名称")], row[col("主管部门")], row[col("自评总分")], row[col("评价等级")]])).toEqual([
    // The folder's order (by pinyin: 两 before 一).
    ["两个项目.xlsx", "委托业务项目", "某区某镇人民政府", "100", "优"],
    ["两个项目.xlsx", "工资性支出", "某县发展和改革局本级", "97", "优"],
    ["一个项目.xlsx", "工资性支出", "某县发展和改革局本级", "97", "优"],
  ]);
  expect(rows.map((row) => row[col("全年预算数")])).toEqual(["90", "251.89", "251.89"]);
  // The Sichuan table's 工资发放及时率 reached 90% of a 100% target.
  expect(rows.map((row) => row[col("未达目标指标数")])).toEqual(["0", "1", "1"]);
  // Projects of one file are told apart by their sheet.
  const sheets = rows.filter((row) => row[col("文件")] === "两个项目.xlsx").map((row) => row[col("工作表")]);
  expect(new Set(sheets).size).toBe(2);
  expect(sheets.every((n) => !!n)).toBe(true);
  // Warnings are counted too: a project with warnings only is not shown as clean.
  expect(rows.every((row) => /^\d+$/.test(row[col("警告数")] ?? ""))).toBe(true);
  expect(departments[0][0]).toBe("部门整体支出绩效自评批量汇总");

  // A folder of project tables only: the first sheet is not titled as a department overview.
  const onlyProjects = mkdtempSync(path.join(tmpdir(), "perfeval-kinds-"));
  await writeGrids(path.join(onlyProjects, "一个项目.xlsx"), [sichuanProject]);
  expect((await perfeval(["batch", onlyProjects, "-o", path.join(onlyProjects, "out")])).code).toBe(0);
  const first = await sheetRows(path.join(onlyProjects, "out", "批量汇总.xlsx"), "批量汇总");
  expect(first[0][0]).toBe("绩效自评批量汇总");
  expect(first[1][0]).toContain("其中 1 个只有项目支出绩效自评表，见“项目汇总”");
});
