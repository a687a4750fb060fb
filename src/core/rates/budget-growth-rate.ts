import { input, ratio, sub } from "./expression";
import { defineRate } from "./rate";

export const budgetGrowthRate = defineRate({
  id: "budget_growth_rate",
  name: "年初预算同比增长率",
  aliases: ["预算同比增长率"],
  formula: "(年初预算数-上年年初预算数)/上年年初预算数×100%",
  expr: ratio(sub(input("budget_initial"), input("prior_budget_initial")), input("prior_budget_initial")),
  plausible: {},
});
