import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const budgetCompletionRate = defineRate({
  id: "budget_completion_rate",
  name: "预算完成率",
  projectName: "预算执行率",
  aliases: ["部门预算资金支出率", "预算资金支出率", "预算支出率"],
  formula: "全年实际支出/全年预算数×100%",
  expr: ratio(input("spend_actual"), input("budget_adjusted")),
  plausible: { min: 0, max: 1 },
  rangeHint: "支出不应超过全年预算，常见原因是用年初预算代替了调整后预算",
});
