/**
 * A project workbook through the command line and the file gateway: the result workbook (one
 * 项目自评汇总 and 项目自评报告 per project, each summary with its chart; LibreOffice recalculates
 * every formula, and the 写入公式 column, to the engine's values), the Word report of all the
 * projects (each starting on a new page, its pages numbered from 1), regeneration in place with
 * the user's text kept, and the blank national form of `perfeval template --kind project`.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { evaluateWorkbook, workbookFormulaPlan } from "../src/core";
import type { Grid } from "../src/core/grid/grid";
import type { EvaluationJson } from "../src/core/result-json";
import { applyPlan, loadWorkbook, packageBytes } from "../src/gateways/xlsx";
import { perfeval } from "./helpers/cli";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";
import { countColour, pageCount, pageText, pagesWith, pageToPng } from "./helpers/render";
import { anhuiProject, sichuanProject } from "./helpers/published-layouts";
import { flawedProject, FLAWED_PROJECT, NATIONAL_FORM } from "./helpers/project-samples";
import { projectGrid } from "./helpers/project-tables";
import { writeGrids } from "./helpers/write-grid";
import { imagesDir } from "./helpers/images";

const dir = mkdtempSync(path.join(tmpdir(), "perfeval-projects-"));
// docs/images with `npm run images`, a scratch folder otherwise.
const IMAGES = imagesDir();

/** The provincial systems' export: sign, bare number and unit in columns of their own. */
const numericForm = () => projectGrid(FLAWED_PROJECT, { ...NATIONAL_FORM, funds: "sichuan", sign: true, unitColumn: true, nature: true, numericValues: true, totalWord: "合计" }, "数值列项目");

async function file(name: string, sheets: Grid[]): Promise<string> {
  const f = path.join(dir, name);
  await writeGrids(f, sheets);
  return f;
}

describe("perfeval evaluate on a workbook of three projects", () => {
  let input: string;
  let output: string;
  let docx: string;
  let json: EvaluationJson;
  beforeAll(async () => {
    input = await file("三个项目.xlsx", [anhuiProject, { ...sichuanProject, name: "工资性支出" }, flawedProject()]);
    output = path.join(dir, "三个项目.自评结果.xlsx");
    docx = path.join(dir, "三个项目.docx");
    const r = await perfeval(["evaluate", input, "-o", output, "--docx", docx, "--json", "--force"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("本工作簿有 3 张评价表");
    expect(r.stderr).toContain("项目：农村公路养护项目（某县交通运输局）");
    json = JSON.parse(r.stdout);
  });

  test("--json lists the three tables, each a project with its indicators", () => {
    expect(json.tables!.map((t) => [t.kind, t.project!.name, t.total, t.grade])).toEqual([
      ["project", "委托业务项目", 100, "优"],
      ["project", "工资性支出", 97, "优"],
      ["project", "农村公路养护项目", 92.2, "优"],
    ]);
    expect(json.tables![2].project!.indicators.filter((i) => i.belowTarget).map((i) => i.name)).toEqual(["日常养护里程", "群众出行条件改善情况", "沿线群众满意度"]);
    expect(json.tables![2].narrative!.outline).toBe("项目支出");
  });

  test("the result workbook: the user's sheets first and unchanged in order, a pair of sheets per project, a chart in each summary", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "项目支出绩效自评表",
      "工资性支出",
      "农村公路养护",
      "项目自评汇总-委托业务项目",
      "项目自评报告-委托业务项目",
      "项目自评汇总-工资性支出",
      "项目自评报告-工资性支出",
      "项目自评汇总-农村公路养护项目",
      "项目自评报告-农村公路养护项目",
    ]);
    const summary = wb.getWorksheet("项目自评汇总-农村公路养护项目")!;
    expect(String(summary.getCell("A1").value)).toBe("农村公路养护项目2023年度项目支出绩效自评汇总");
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => texts.push(String((c.value as { result?: unknown })?.result ?? c.value))));
    expect(texts).toEqual(expect.arrayContaining(["项目名称", "农村公路养护项目", "一、项目资金（万元）", "二、一级指标得分", "三、绩效指标完成情况", "四、数据检查", "≥120个", "118个（未达到）"]));
    const zip = await JSZip.loadAsync(readFileSync(output));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(3);
  });

  test("the Word report: the three reports in one file, each from a new page with its pages numbered from 1", async () => {
    const document = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
    const text = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    for (const title of ["委托业务项目2022年度绩效自评报告", "工资性支出项目2023年度绩效自评报告", "农村公路养护项目2023年度绩效自评报告"]) expect(text).toContain(title);
    expect(text).toContain("绩效指标完成情况表");
    expect(document.match(/<w:sectPr/g)).toHaveLength(3);
    expect(document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
  });

  test("evaluated again, the result file is updated in place and the user's text in 项目自评报告 is kept", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const report = wb.getWorksheet("项目自评报告-工资性支出")!;
    report.eachRow((row) => {
      if (row.getCell(3).value === "overview") row.getCell(1).value = "本项目保障在职人员工资按时足额发放。";
    });
    await wb.xlsx.writeFile(output);
    const again = path.join(dir, "再次.xlsx");
    const r = await perfeval(["evaluate", output, "-o", again, "--json", "--force"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("已就地更新本助手此前写入的");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(again);
    expect(back.worksheets).toHaveLength(9);
    const kept: string[] = [];
    back.getWorksheet("项目自评报告-工资性支出")!.eachRow((row) => row.getCell(3).value === "overview" && kept.push(String(row.getCell(1).value).trim()));
    expect(kept).toEqual(["本项目保障在职人员工资按时足额发放。"]);
    // Our own sheets are not read as tables: still the three projects.
    expect(JSON.parse(r.stdout).tables).toHaveLength(3);
  });
});

const available = libreOfficeAvailable();
(available ? describe : describe.skip)("LibreOffice recalculates 项目自评汇总 and the 计算得分 column to the engine's values", () => {
  // One workbook (one LibreOffice run): Anhui, Sichuan, the national form with deviations, and the
  // provincial export with sign, bare number and unit columns (standard IF formulas for its rows).
  test("four project sheets, every formula of their summaries and of 写入公式", async () => {
    const input = await file("重算.xlsx", [anhuiProject, sichuanProject, flawedProject(), numericForm()]);
    const loaded = await loadWorkbook(new Uint8Array(readFileSync(input)), "重算.xlsx");
    const ew = evaluateWorkbook(loaded.grids, "重算.xlsx");
    expect(ew.tables).toHaveLength(4);
    await applyPlan(loaded.package, ew.plan);
    const formulas = workbookFormulaPlan(ew, "standard");
    expect((await applyPlan(loaded.package, formulas)).skippedEdits).toBe(0);
    const planned = [...ew.plan.sheets.map((s) => ({ name: s.name, cells: s.cells })), ...(formulas.edits ?? []).map((e) => ({ name: e.sheet, cells: e.cells }))];
    const all = planned.flatMap((p) => p.cells.map((c) => c.formula ?? ""));
    expect(all.filter((f) => f.startsWith("MAX(0,MIN(1,")).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((f) => /^IF\(数值列项目!/.test(f)).length).toBeGreaterThanOrEqual(10);
    const out = path.join(dir, "重算.written.xlsx");
    writeFileSync(out, await packageBytes(loaded.package));
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(convert(out, "xlsx"));
    let compared = 0;
    for (const sheet of planned) {
      const ws = recalculated.getWorksheet(sheet.name)!;
      for (const cell of sheet.cells) {
        if (!cell.formula) continue;
        const got = ws.getCell(cell.row + 1, cell.col + 1).value as { result?: unknown } | number | string;
        const value = typeof got === "object" && got !== null && "formula" in got ? (got.result ?? 0) : got;
        const where = `${sheet.name}!${ws.getCell(cell.row + 1, cell.col + 1).address} = ${cell.formula}`;
        expect({ where, value: typeof value === "number" ? +value.toFixed(9) : value }).toEqual({ where, value: typeof cell.result === "number" ? +cell.result.toFixed(9) : cell.result });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe("the Word report of a project with errors followed by one without", () => {
  test("each report's section has its own header: 仅供核对 only on the pages of the report with errors", async () => {
    const input = await file("有错在前.xlsx", [{ ...flawedProject(), name: "有错误的项目" }, anhuiProject]);
    const docx = path.join(dir, "有错在前.docx");
    const r = await perfeval(["evaluate", input, "--no-xlsx", "--docx", docx, "--json", "--force"]);
    expect(r.code).toBe(0);
    const errors = (JSON.parse(r.stdout) as EvaluationJson).tables!.map((t) => t.checks.filter((c) => c.severity === "error").length);
    expect(errors[0]).toBeGreaterThan(0);
    expect(errors[1]).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const document = await zip.file("word/document.xml")!.async("string");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    const sections = [...document.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    // A section without a header reference shows the previous section's header in Word.
    const headers = await Promise.all(
      sections.map(async (sect) => {
        const ids = ["default", "even"].map((type) => new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(sect)?.[1]);
        expect(ids.every((id) => id !== undefined)).toBe(true);
        return Promise.all(ids.map((id) => zip.file(`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`)!.async("string")));
      }),
    );
    for (const h of headers[0]) expect(h).toContain(`仅供核对：评价表中还有${errors[0]}项错误尚未改正`);
    for (const h of headers[1]) expect(h).not.toContain("仅供核对");
    if (!available) return;
    const pdf = convert(docx, "pdf");
    const second = pagesWith(pdf, "委托业务项目2022年度绩效自评报告")[0];
    expect(second).toBeGreaterThan(1);
    for (let p = second; p <= pageCount(pdf); p++) expect({ page: p, text: pageText(pdf, p) }).toEqual({ page: p, text: expect.not.stringContaining("仅供核对") });
    for (let p = 1; p < second; p++) expect(pageText(pdf, p)).toContain("仅供核对");
  }, 120_000);
});

(available ? describe : describe.skip)("项目自评汇总 rendered by LibreOffice", () => {
  test("a landscape page with the chart of 一级 得分率 drawn; the picture is project-summary-1.png (docs/images with npm run images)", async () => {
    const input = await file("一个项目.xlsx", [flawedProject()]);
    const out = path.join(dir, "一个项目.自评结果.xlsx");
    const r = await perfeval(["evaluate", input, "-o", out, "--force"]);
    expect(r.code).toBe(0);
    // The project's form is its 自评表: no 评分表 in what the terminal says of it.
    expect(r.stdout).toMatch(/；自评表填报 95 分/);
    expect(r.stdout).not.toContain("评分表填报");
    const pdf = convert(out, "pdf");
    const [page] = pagesWith(pdf, "项目支出绩效自评汇总");
    // The bars, in the series colour 4472C4.
    expect(countColour(pdf, page, [0x44, 0x72, 0xc4], path.join(dir, "summary"))).toBeGreaterThan(2000);
    expect(pageText(pdf, page)).toContain("日常养护里程");
    mkdirSync(IMAGES, { recursive: true });
    copyFileSync(pageToPng(pdf, page, path.join(dir, "project-summary"), 80), path.join(IMAGES, "project-summary-1.png"));
  });

  test("a long project name that says its year: the title says the year once and prints whole", async () => {
    const name = "2024年度某市某区乡村振兴战略背景下农村人居环境整治提升暨农村生活污水治理及厕所革命整村推进示范项目（第二批中央和省级财政衔接推进乡村振兴补助资金）";
    const input = await file("长名称.xlsx", [projectGrid({ ...FLAWED_PROJECT, name, year: 2024 }, NATIONAL_FORM, "长名称")]);
    const out = path.join(dir, "长名称.自评结果.xlsx");
    expect((await perfeval(["evaluate", input, "-o", out, "--force"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const title = `${name}项目支出绩效自评汇总`;
    const summary = wb.getWorksheet("项目自评汇总")!;
    expect(summary.getCell("A1").value).toBe(title);
    // Wrapped in a row tall enough for two lines (spreadsheets do not grow merged rows themselves).
    expect(summary.getCell("A1").alignment?.wrapText).toBe(true);
    expect(summary.getRow(1).height).toBeGreaterThanOrEqual(45);
  });
});

describe("perfeval template --kind project", () => {
  test("writes the blank national form, which reads back with only missing-input checks", async () => {
    const blank = path.join(dir, "空白项目表.xlsx");
    const w = await perfeval(["template", "--kind", "project", "-o", blank, "--force"]);
    expect(w.code).toBe(0);
    expect(w.stdout).toContain("财预〔2020〕10号");
    const r = await perfeval(["evaluate", blank, "--json", "--no-xlsx", "--docx", path.join(dir, "空白.docx"), "--force"]);
    expect(r.code).toBe(0);
    const j: EvaluationJson = JSON.parse(r.stdout);
    expect(j.kind).toBe("project");
    expect(j.tree.map((n) => [n.name, n.weight])).toEqual([
      ["预算执行率", 10],
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
    expect(j.project!.funds.map((f) => f.label)).toEqual(["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]);
    expect(j.checks.length).toBeGreaterThan(0);
    expect([...new Set(j.checks.map((c) => c.id))]).toEqual(["missing-input"]);
  });

  test("the form as printed: title, 项目资金 block with 10 points, 年度总体目标, the 二级 with 指标1： rows, 总分", async () => {
    const blank = path.join(dir, "空白项目表2.xlsx");
    await perfeval(["template", "--kind", "project", "-o", blank, "--force"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ws = wb.worksheets[0];
    const texts: string[] = [];
    // A merged cell's value is repeated over the merge: each text once, in order.
    ws.eachRow((row) => row.eachCell((c) => c.isMerged && c.master !== c ? undefined : texts.push(String(c.value))));
    expect(texts.slice(0, 2)).toEqual(["项目支出绩效自评表", "（　　　　年度）"]);
    for (const t of ["项目名称", "主管部门", "实施单位", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "年度资金总额", "其中：当年财政拨款", "年度总体目标", "预期目标", "实际完成情况", "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）", "数量指标", "服务对象满意度指标", "指标1：", "偏差原因分析及改进措施", "总分", "评价结论", "存在问题", "改进措施", "填表人：", "填报日期："]) expect(texts).toContain(t);
    expect(texts.filter((t) => t === "10")).toHaveLength(1);
  });

  test("--kind project takes no --framework; an unknown kind says which are known", async () => {
    const a = await perfeval(["template", "--kind", "project", "--framework", "2020", "-o", path.join(dir, "x.xlsx")]);
    expect([a.code, a.stderr]).toEqual([2, expect.stringContaining("不需要 --framework")]);
    const b = await perfeval(["template", "--kind", "部门项目", "-o", path.join(dir, "y.xlsx")]);
    expect([b.code, b.stderr]).toEqual([2, expect.stringContaining("--kind 只能是")]);
  });
});
