/**
 * Project tables inside Excel, against the fake (test/fakes): a workbook of two published project
 * sheets (Anhui, Sichuan) read as two tables; 生成汇总 adds one 项目自评汇总 and 项目自评报告 per
 * project whose JX cells (JX.EXECUTION_SCORE, JX.INDICATOR_SCORE, JX.GRADE) calculate, through the
 * generated metadata, to the engine's values; 标注扣分 frames the 实际完成值 below its target and
 * 清除标注 puts every look back; 写入公式 adds the 计算得分 column without overwriting a cell; every
 * action keeps the department's fixed number of context.sync() calls.
 */
import type { WorkbookGrids } from "../core/grid/grid";
import { workbookWritePlan } from "../core";
import { FakeWorkbook, looks } from "../../test/fakes/fake-workbook";
import { FakeOfficeHost } from "../../test/fakes/office-fake";
import { jxCalculator, registeredJx } from "../../test/fakes/custom-functions-fake";
import { anhuiProject, sichuanProject } from "../../test/helpers/published-layouts";
import { createExcelGateway } from "../gateways/excel";
import { ExcelSession } from "./excel-session";

const PROJECTS: WorkbookGrids = { sheets: [anhuiProject, { ...sichuanProject, name: "工资性支出" }] };

async function session() {
  const wb = FakeWorkbook.fromGrids(PROJECTS);
  const host = new FakeOfficeHost(wb, {});
  wb.calculator = jxCalculator(await registeredJx("zh-CN", host.profile.blankForAny));
  return { wb, host, session: new ExcelSession(createExcelGateway(host)) };
}

describe("project tables in Excel", () => {
  it("读取评价表 reads both project sheets, each with its project and its total", async () => {
    const { session: s } = await session();
    const e = await s.read();
    expect(e.tables.map((t) => [t.json.kind, t.json.project?.name, t.json.total])).toEqual([
      ["project", "委托业务项目", 100],
      ["project", "工资性支出", 97],
    ]);
    expect(e.tables[1].narrative.outline).toBe("项目支出");
  });

  it("生成汇总 adds a pair of sheets per project; every JX cell calculates to the engine's value", async () => {
    const { wb, session: s } = await session();
    const result = await s.writeSummary();
    const added = ["项目自评汇总-委托业务项目", "项目自评报告-委托业务项目", "项目自评汇总-工资性支出", "项目自评报告-工资性支出"];
    expect(wb.sheets.map((x) => x.name)).toEqual(["项目支出绩效自评表", "工资性支出", ...added]);
    expect(result.message).toContain("“项目自评汇总-委托业务项目”");
    const plan = workbookWritePlan(s.lastEvaluation!, {}, { dialect: "jx" });
    let jx = 0;
    for (const sheet of plan.sheets) {
      const ws = wb.sheet(sheet.name)!;
      // The JX functions of project tables (JX.GRADE reads a MIN(…) total the fake does not calculate).
      for (const cell of sheet.cells.filter((c) => /^JX\.(EXECUTION|INDICATOR)_SCORE\(/.test(c.formula ?? ""))) {
        jx++;
        const value = ws.cell(cell.row, cell.col)?.value;
        expect({ formula: cell.formula, value: typeof value === "number" ? +value.toFixed(9) : value }).toEqual({ formula: cell.formula, value: typeof cell.result === "number" ? +cell.result.toFixed(9) : cell.result });
      }
    }
    // Both projects' 预算执行率 score, the indicators with a computed score, and the grades.
    const formulas = plan.sheets.flatMap((x) => x.cells).map((c) => c.formula ?? "");
    expect(formulas.filter((f) => f.startsWith("JX.EXECUTION_SCORE("))).toHaveLength(2);
    expect(formulas.filter((f) => f.startsWith("JX.INDICATOR_SCORE(")).length).toBeGreaterThanOrEqual(6);
    expect(jx).toBeGreaterThanOrEqual(8);
    // The Sichuan sheet's signs and units are columns of their own: the call passes them.
    expect(formulas).toContain("JX.INDICATOR_SCORE(工资性支出!F12,工资性支出!H12,工资性支出!I12,工资性支出!E12,工资性支出!G12)");
  });

  it("标注扣分 frames the 实际完成值 below its target; 清除标注 restores every look", async () => {
    const { wb, session: s } = await session();
    const before = looks(wb.sheet("工资性支出")!);
    const marked = await s.markDeductions();
    expect(marked.message).toContain("1 个未达到年度指标值的实际完成值（红框）");
    const actual = wb.sheet("工资性支出")!.cell(11, 7)!.format.borders;
    expect(actual.top?.color?.toUpperCase()).toBe("#FF0000");
    await s.clearMarks();
    expect(looks(wb.sheet("工资性支出")!)).toEqual(before);
  });

  it("写入公式 adds the 计算得分 column beside each table, with formulas equal to the engine's scores", async () => {
    const { wb, session: s } = await session();
    const result = await s.writeFormulas();
    expect(result.message).toMatch(/已在“项目支出绩效自评表”、“工资性支出”的空白单元格写入 \d+ 个单元格/);
    const ws = wb.sheet("工资性支出")!;
    expect(ws.cell(9, 11)?.value).toBe("计算得分（绩效自评助手）");
    // 工资发放及时率: 90 of a 100 target, 分值 30 → 27; the 预算执行率 row: 10.
    expect(ws.cell(11, 11)?.formula).toMatch(/^=?JX\.INDICATOR_SCORE\(/);
    expect(ws.cell(11, 11)?.value).toBe(27);
    expect(ws.cell(6, 11)?.value).toBe(10);
    // A second 写入公式 overwrites nothing.
    const again = await s.writeFormulas();
    expect(again.message).toMatch(/没有需要写入公式的空白单元格|已有内容，未覆盖/);
  });

  it("keeps the fixed number of syncs per action of a normal workbook", async () => {
    const { wb, session: s } = await session();
    const syncs: Record<string, number> = {};
    for (const action of ["read", "writeSummary", "markDeductions", "clearMarks", "writeFormulas"] as const) {
      wb.syncCount = 0;
      await s[action]();
      syncs[action] = wb.syncCount;
    }
    expect(syncs).toEqual({ read: 3, writeSummary: 4, markDeductions: 4, clearMarks: 3, writeFormulas: 4 });
  });
});
