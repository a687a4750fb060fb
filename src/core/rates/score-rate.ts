import { input, ratio } from "./expression";
import { defineRate } from "./rate";

/** 得分率 of any node: its score over its weight (Haizhu: 管理效率 44/50 = 88%). */
export const scoreRate = defineRate({
  id: "score_rate",
  name: "得分率",
  aliases: [],
  formula: "得分/分值×100%",
  expr: ratio(input("score"), input("weight")),
  plausible: { min: 0, max: 1 },
});
