/** 基础数据表 edge cases found in review. */
import { evaluate } from "../evaluate";
import { readWorkbook } from ".";
import { basicSheet, grid, scoringSheet } from "../../../test/helpers/grids";

const scoring = scoringSheet([[1, "预算编制", 100, 100]]);

test("a horizontal table: labels in one row, values below", () => {
  const basic = grid("基础数据表", [["全年预算数", "实际支出", "年末结转结余"], [100, 98, 2]]);
  const e = evaluate(readWorkbook({ sheets: [scoring, basic] }));
  expect(e.rate("budget_completion_rate")?.value?.toString()).toBe("0.98");
  expect(e.input.fields.get("carry_end")?.source.cell).toBe("基础数据表!C2");
});

test("percent fields: a bare number up to 1 is a fraction, above 1 (or with a % unit) percentage points", () => {
  const e = evaluate(readWorkbook({ sheets: [scoring, grid("基础数据表", [["满意度", 0.95], ["产出指标完成率", 96], ["效益指标完成率", 0.5, "%"]])] }));
  expect(e.input.fields.get("satisfaction")?.value.toString()).toBe("0.95");
  expect(e.input.fields.get("output_rate")?.value.toString()).toBe("0.96");
  expect(e.input.fields.get("outcome_rate")?.value.toString()).toBe("0.005");
});

test("a reported rate written as a bare fraction (0.98 for 98%) is not a false reported-rate error", () => {
  const basic = basicSheet([["全年预算数", 100], ["实际支出", 98], ["预算完成率", "0.98"]]);
  expect(evaluate(readWorkbook({ sheets: [scoring, basic] })).checks.map((c) => c.id)).not.toContain("reported-rate");
  const wrong = basicSheet([["全年预算数", 100], ["实际支出", 98], ["预算完成率", "0.97"]]);
  expect(evaluate(readWorkbook({ sheets: [scoring, wrong] })).checks.map((c) => c.id)).toContain("reported-rate");
});

test("a 部门名称 left blank above the table's headings is no name (not “序号”)", () => {
  const basic = grid("基础数据表", [["部门名称", null, "评价年度", 2023], ["序号", "项目", "数值"], [1, "全年预算数", 100], [2, "实际支出", 98]]);
  const e = evaluate(readWorkbook({ sheets: [scoring, basic] }));
  expect(e.input.department?.value).toBe("测试局");
});
