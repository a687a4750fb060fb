import { input, ratio } from "./expression";
import { defineRate } from "./rate";

export const assetUtilizationRate = defineRate({
  id: "asset_utilization_rate",
  name: "固定资产利用率",
  aliases: [],
  formula: "在用固定资产总额/固定资产总额×100%",
  expr: ratio(input("fa_in_use"), input("fa_total")),
  plausible: { min: 0, max: 1 },
  rangeHint: "在用资产不应超过资产总额",
});
