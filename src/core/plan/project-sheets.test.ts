/**
 * The names of the project tables' sheets: one project keeps the plain names, several carry the
 * project's short name (≤ 31 characters, none of Excel's forbidden ones), a name taken gets (2);
 * a department table and project sheets in one workbook get both kinds; a pair written earlier is
 * reused for the same project.
 */
import { evaluateWorkbook } from "..";
import { basicSheet, scoringSheet } from "../../../test/helpers/grids";
import { anhuiProject, sichuanProject } from "../../../test/helpers/published-layouts";
import { projectSheetNames, shortProjectName } from "./project-sheet-names";
import { validatePlan } from "./validate";
import { isOwnOutputSheet } from "../reader/find-sheets";

test("short names: no [ ] : * ? / \\ or quotes, no project code, at most 20 characters", () => {
  expect(shortProjectName("51000021R000000019951-工资性支出")).toBe("工资性支出");
  expect(shortProjectName("“智慧城市”平台[二期]:运维/升级?")).toBe("智慧城市平台二期运维升级");
  expect(shortProjectName("某某县农村公路养护及桥梁安全隐患排查整治提升工程项目")).toHaveLength(20);
  // Projects of one programme differ at the end: that part stays, the year goes.
  const batches = ["第一批", "第二批", "第三批"].map((b) => shortProjectName(`2024年广东省乡村振兴驻镇帮镇扶村专项资金项目（${b}）`));
  expect(batches).toEqual(["广东省乡村振兴驻镇帮镇…金项目（第一批）", "广东省乡村振兴驻镇帮镇…金项目（第二批）", "广东省乡村振兴驻镇帮镇…金项目（第三批）"]);
  expect(shortProjectName("2023年度农村公路养护项目")).toBe("农村公路养护项目");
});

test("one project: 项目自评汇总 and 项目自评报告; several: with their short names; taken names get (2)", () => {
  expect(projectSheetNames(["委托业务项目"], ["Sheet1"]).map((n) => [n.summary, n.report])).toEqual([["项目自评汇总", "项目自评报告"]]);
  expect(projectSheetNames(["委托业务项目"], ["项目自评汇总"]).map((n) => [n.summary, n.report])).toEqual([["项目自评汇总(2)", "项目自评报告(2)"]]);
  const names = projectSheetNames(["甲项目", "甲项目", undefined], []);
  expect(names.map((n) => [n.summary, n.report])).toEqual([
    ["项目自评汇总-甲项目", "项目自评报告-甲项目"],
    ["项目自评汇总-甲项目(2)", "项目自评报告-甲项目(2)"],
    ["项目自评汇总-3", "项目自评报告-3"],
  ]);
  for (const n of names) expect(n.summary.length).toBeLessThanOrEqual(31);
});

test("a pair written earlier for the same project is reused; a new project gets new names", () => {
  const own = [{ project: "乙项目", summary: "项目自评汇总-乙项目", report: "项目自评报告-乙项目" }];
  const names = projectSheetNames(["甲项目", "乙项目"], ["项目自评汇总-乙项目", "项目自评报告-乙项目"], own);
  expect(names).toEqual([
    { summary: "项目自评汇总-甲项目", report: "项目自评报告-甲项目", replacesSummary: false, replacesReport: false },
    { summary: "项目自评汇总-乙项目", report: "项目自评报告-乙项目", replacesSummary: true, replacesReport: true },
  ]);
});

test("a department table and two project sheets: the department's pair, then one pair per project, a valid plan", () => {
  const grids = {
    sheets: [
      scoringSheet([
        [1, "产出", 60, 58, "扣2分"],
        [1, "效益", 40, 40],
      ]),
      basicSheet([
        ["全年预算数", 1000],
        ["实际支出", 950],
      ]),
      anhuiProject,
      { ...sichuanProject, name: "工资性支出" },
    ],
  };
  const ew = evaluateWorkbook(grids, "混合.xlsx");
  expect(ew.tables.map((t) => t.evaluation.input.kind)).toEqual(["department", "project", "project"]);
  expect(ew.plan.sheets.map((s) => s.name)).toEqual(["自评汇总", "自评报告", "项目自评汇总-委托业务项目", "项目自评报告-委托业务项目", "项目自评汇总-工资性支出", "项目自评报告-工资性支出"]);
  expect(() => validatePlan(ew.plan, grids.sheets.map((s) => s.name))).not.toThrow();
  // Marks on every table's own sheet.
  expect([...new Set(ew.plan.marks.map((m) => m.sheet))]).toEqual(expect.arrayContaining(["评分表", "工资性支出"]));
});

test("the sheets written for projects are never read as tables, whatever their number", () => {
  for (const name of ["项目自评汇总", "项目自评报告(2)", "项目自评汇总-委托业务项目", "项目自评报告-甲项目(3)", "自评汇总(2)"]) expect(isOwnOutputSheet(name)).toBe(true);
  for (const name of ["项目支出绩效自评表", "项目1", "自评表"]) expect(isOwnOutputSheet(name)).toBe(false);
});
