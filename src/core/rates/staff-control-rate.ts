import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const staffControlRate = defineRate({
  id: "staff_control_rate",
  name: "在职人员控制率",
  aliases: ["人员控制率"],
  formula: "实有在职人数/编制人数×100%",
  expr: ratio(input("staff_actual"), input("staff_quota")),
  plausible: { min: 0, max: 1 },
  rangeHint: "在职人数超过编制",
});
