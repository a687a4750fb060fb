import { input, minusOne, ratio } from "./expression";
import { defineRate } from "./rate";

/** Negative means the stock was reduced, which is good. */
export const stockChangeRate = defineRate({
  id: "stock_change_rate",
  name: "国库集中支付结转结余存量资金效率性",
  aliases: ["存量资金效率性", "存量资金变动率", "结转结余存量资金效率性"],
  formula: "本年末存量资金/上年末存量资金×100%-100%",
  expr: minusOne(ratio(input("stock_end"), input("stock_prior_end"))),
  plausible: { min: -1 },
});
