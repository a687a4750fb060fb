import { mean } from "./expression";
import { defineRate } from "./rate";

/** The mean of the listed 重点工作 completion rates (the 2020 report: (94%+99%)/2). */
export const keyTaskCompletion = defineRate({
  id: "key_task_completion",
  name: "重点工作完成率",
  aliases: [],
  formula: "各项重点工作完成率之和/重点工作项数",
  expr: mean("key_task_rates"),
  plausible: { min: 0, max: 1 },
});
