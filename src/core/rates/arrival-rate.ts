import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const arrivalRate = defineRate({
  id: "arrival_rate",
  name: "资金到位率",
  aliases: [],
  formula: "实际到位资金/全年预算数×100%",
  expr: ratio(input("funds_arrived"), input("budget_adjusted")),
  plausible: { min: 0, max: 1 },
  rangeHint: "到位资金不应超过全年预算",
});
