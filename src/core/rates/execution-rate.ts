import { add, first, input, optional, ratio } from "./expression";
import { defineRate } from "./rate";

/** 支出完成率: against the funds actually made available; 全年预算数 when 下达数 is not given. */
export const executionRate = defineRate({
  id: "execution_rate",
  name: "支出完成率",
  projectName: "预算执行率",
  aliases: ["预算执行率", "支出完成率(预算执行率)"],
  formula: "实际支出/(本年财政下达预算数+上年结转)×100%（无下达数时用全年预算数）",
  expr: ratio(input("spend_actual"), first(add(input("alloc_current"), optional("carryover_prior")), input("budget_adjusted"))),
  plausible: { min: 0, max: 1 },
  rangeHint: "支出不应超过可用资金，常见原因是用年初预算代替了调整后预算",
});
