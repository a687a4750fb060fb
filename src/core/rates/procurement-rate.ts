import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const procurementRate = defineRate({
  id: "procurement_rate",
  name: "政府采购执行率",
  aliases: ["采购执行率"],
  formula: "实际采购金额/政府采购计划金额×100%",
  expr: ratio(input("proc_actual"), input("proc_plan")),
  plausible: { min: 0, max: 1 },
  rangeHint: "实际采购超过了采购计划",
});
