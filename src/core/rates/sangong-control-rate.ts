import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const sangongControlRate = defineRate({
  id: "sangong_control_rate",
  name: "“三公”经费控制率",
  aliases: ["三公经费控制率", '"三公"经费控制率'],
  formula: "“三公”经费实际支出/“三公”经费预算数×100%",
  expr: ratio(input("sangong_actual"), input("sangong_budget")),
  plausible: { min: 0, max: 1 },
  rangeHint: "“三公”经费超出预算",
});
