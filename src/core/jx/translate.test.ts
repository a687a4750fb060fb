import { hasJxCall, toStandardFormula } from "./translate";

test.each([
  ["JX.EXECUTION_RATE(C8,C6,C7)", "(C8/(C6+C7))"],
  ["=JX.EXECUTION_RATE(C8,,,C5)", "(C8/C5)"],
  ["JX.STOCK_CHANGE_RATE(基础数据表!C12,基础数据表!C13)", "(基础数据表!C12/基础数据表!C13-1)"],
  ["JX.REVENUE_VARIANCE_RATE(C1,C2)", "((C1-C2)/C2)"],
  ["JX.KEY_TASK_COMPLETION(C10:C11)", "(AVERAGE(C10:C11))"],
  ["JX.CARRYOVER_RATE(C9,C6*10000)", "(C9/(C6*10000))"],
  ["ROUND(JX.SCORE_RATE(D5,C5)*100,2)", "ROUND((D5/C5)*100,2)"],
  ["JX.GRADE(B4)", '(IF(ROUND(B4,2)>=90,"优",IF(ROUND(B4,2)>=80,"良",IF(ROUND(B4,2)>=60,"中","差"))))'],
  ["JX.GROWTH_RATE(JX.SCORE_RATE(A1,B1),C1)", "((((A1/B1))-C1)/C1)"],
  ["JX.EXECUTION_SCORE(Sheet1!E7,Sheet1!D7,Sheet1!G7)", "(MAX(0,MIN(1,Sheet1!E7/Sheet1!D7))*Sheet1!G7)"],
  ["SUM(A1:A3)", "SUM(A1:A3)"],
  ['IF(A1="JX.GRADE(1)",1,2)', 'IF(A1="JX.GRADE(1)",1,2)'],
])("%s → %s", (jx, standard) => expect(toStandardFormula(jx, 0)).toEqual({ formula: standard }));

test("calls without a standard equivalent keep the cell's current value", () => {
  expect(toStandardFormula("JX.AMOUNT_IN_WORDS(C5)", "壹万元整")).toEqual({ value: "壹万元整" });
  expect(toStandardFormula("JX.RULE_SCORE(G5,D5,C9)", 4.825)).toEqual({ value: 4.825 });
  // 年度指标值 and 实际完成值 are text ("≥95%"): no standard function reads them.
  expect(toStandardFormula("JX.INDICATOR_SCORE(E14,F14,G14)", 8)).toEqual({ value: 8 });
});

describe("every form a JX call takes in a workbook", () => {
  test.each([
    // Typed in any case (Excel's names are not case-sensitive).
    ["jx.execution_rate(C8,,,C5)", "(C8/C5)"],
    ["=Jx.Score_Rate(D5,C5)", "(D5/C5)"],
    // As a Chinese Excel showed them with earlier builds (whose zh-CN metadata had Chinese names).
    ["=JX.支出完成率(B2,B3,B4,B5)", "(B2/(B3+B4))"],
    ["JX.三公经费控制率(A1,A2)", "(A1/A2)"],
    ["JX.评价等级(B4)", '(IF(ROUND(B4,2)>=90,"优",IF(ROUND(B4,2)>=80,"良",IF(ROUND(B4,2)>=60,"中","差"))))'],
    // As Excel saves a JavaScript custom function in the file, with or without a book prefix.
    ["_xldudf_JX_GROWTH_RATE(A1,A2)", "((A1-A2)/A2)"],
    ["_xldudf_jx_score_rate(D5,C5)*100", "(D5/C5)*100"],
    ["[2]!_xldudf_JX_SCORE_RATE(D5,C5)", "(D5/C5)"],
    ["PerfEval.xlam!_xldudf_JX_SCORE_RATE(D5,C5)", "(D5/C5)"],
    ["_xldudf_JX_支出完成率(B2,B3,B4,B5)", "(B2/(B3+B4))"],
  ])("%s → %s", (jx, standard) => expect(toStandardFormula(jx, 0)).toEqual({ formula: standard }));

  test("look-alikes and text are left alone", () => {
    expect(toStandardFormula("MYJX.F(A1)", 0)).toEqual({ formula: "MYJX.F(A1)" });
    expect(toStandardFormula('"JX.GRADE(1)"&A1', 0)).toEqual({ formula: '"JX.GRADE(1)"&A1' });
    expect(hasJxCall("=SUM(A1:A3)")).toBe(false);
    expect(hasJxCall("=1+jx.grade(B2)")).toBe(true);
    expect(hasJxCall("[2]!_xldudf_JX_GRADE(B2)")).toBe(true);
    expect(hasJxCall("=JX.支出完成率(B2,B3)")).toBe(true);
  });

  test("a JX name that is not one of ours keeps the cell's value", () => {
    expect(toStandardFormula("JX.NOT_A_FUNCTION(A1)", 7)).toEqual({ value: 7 });
  });
});
