import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const fundUseRate = defineRate({
  id: "fund_use_rate",
  name: "资金使用率",
  aliases: [],
  formula: "实际支出/实际到位资金×100%",
  expr: ratio(input("spend_actual"), input("funds_arrived")),
  plausible: { min: 0, max: 1 },
  rangeHint: "支出不应超过到位资金",
});
