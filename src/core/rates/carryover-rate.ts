import { first, input, ratio } from "./expression";
import { defineRate } from "./rate";

export const carryoverRate = defineRate({
  id: "carryover_rate",
  name: "结转结余率",
  aliases: [],
  formula: "年末结转结余/本年财政下达预算数×100%（无下达数时用全年预算数）",
  expr: ratio(input("carry_end"), first(input("alloc_current"), input("budget_adjusted"))),
  plausible: { min: 0, max: 1 },
});
