import { toStandardFormula } from "./translate";

test.each([
  ["JX.EXECUTION_RATE(C8,C6,C7)", "(C8/(C6+C7))"],
  ["=JX.EXECUTION_RATE(C8,,,C5)", "(C8/C5)"],
  ["JX.STOCK_CHANGE_RATE(基础数据表!C12,基础数据表!C13)", "(基础数据表!C12/基础数据表!C13-1)"],
  ["JX.REVENUE_VARIANCE_RATE(C1,C2)", "((C1-C2)/C2)"],
  ["JX.KEY_TASK_COMPLETION(C10:C11)", "(AVERAGE(C10:C11))"],
  ["JX.CARRYOVER_RATE(C9,C6*10000)", "(C9/(C6*10000))"],
  ["ROUND(JX.SCORE_RATE(D5,C5)*100,2)", "ROUND((D5/C5)*100,2)"],
  ["JX.GRADE(B4)", '(IF(B4>=90,"优",IF(B4>=80,"良",IF(B4>=60,"中","差"))))'],
  ["JX.GROWTH_RATE(JX.SCORE_RATE(A1,B1),C1)", "((((A1/B1))-C1)/C1)"],
  ["SUM(A1:A3)", "SUM(A1:A3)"],
  ['IF(A1="JX.GRADE(1)",1,2)', 'IF(A1="JX.GRADE(1)",1,2)'],
])("%s → %s", (jx, standard) => expect(toStandardFormula(jx, 0)).toEqual({ formula: standard }));

test("calls without a standard equivalent keep the cell's current value", () => {
  expect(toStandardFormula("JX.AMOUNT_IN_WORDS(C5)", "壹万元整")).toEqual({ value: "壹万元整" });
  expect(toStandardFormula("JX.RULE_SCORE(G5,D5,C9)", 4.825)).toEqual({ value: 4.825 });
});
