import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const projectArrivalRate = defineRate({
  id: "project_arrival_rate",
  name: "项目资金到位率",
  aliases: [],
  formula: "项目资金到位数/项目预算数×100%",
  expr: ratio(input("project_arrived"), input("project_budget")),
  plausible: { min: 0, max: 1 },
  rangeHint: "到位数不应超过项目预算",
});
