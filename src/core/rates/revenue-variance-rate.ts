import { input, ratio, sub } from "./expression";
import { defineRate } from "./rate";

export const revenueVarianceRate = defineRate({
  id: "revenue_variance_rate",
  name: "财政拨款收入预决算差异率",
  aliases: ["预决算差异率"],
  formula: "(财政拨款收入决算数-财政拨款收入预算数)/财政拨款收入预算数×100%",
  expr: ratio(sub(input("fin_revenue_final"), input("fin_revenue_budget")), input("fin_revenue_budget")),
  plausible: {},
});
