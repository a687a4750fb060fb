import { input, ratio, sub } from "./expression";
import { defineRate } from "./rate";

export const spendGrowthRate = defineRate({
  id: "spend_growth_rate",
  name: "实际支出同比增长率",
  aliases: ["支出同比增长率"],
  formula: "(实际支出-上年实际支出)/上年实际支出×100%",
  expr: ratio(sub(input("spend_actual"), input("prior_spend_actual")), input("prior_spend_actual")),
  plausible: {},
});
