import { round } from "../decimal";
import { formatAmount } from "../format";
import { fromYuan } from "../values/units";
import { check, type CheckSpec } from "./check";

/** 下达 + 上年结转 − 实际支出 = 年末结转结余 (holds to the cent in the 2020 report). */
export const carryIdentity: CheckSpec = {
  id: "carry-identity",
  name: "结转结余恒等式",
  description: "本年财政下达预算数+上年结转-实际支出不等于年末结转结余",
  run: (e, shownIn) => {
    const f = e.input.fields;
    const alloc = f.get("alloc_current");
    const prior = f.get("carryover_prior");
    const spend = f.get("spend_actual");
    const end = f.get("carry_end");
    if (!alloc || !prior || !spend || !end) return [];
    const expected = alloc.value.plus(prior.value).minus(spend.value);
    // Compared in the workbook's unit; said in the unit asked for (the report's).
    const own = e.input.unit;
    if (round(fromYuan(expected, own), 2).equals(round(fromYuan(end.value, own), 2))) return [];
    const unit = shownIn ?? own;
    return [check("carry-identity", "warning", [end.source.cell, alloc.source.cell, prior.source.cell, spend.source.cell],
      `本年财政下达预算数${formatAmount(alloc.value, unit)}+上年结转${formatAmount(prior.value, unit)}-实际支出${formatAmount(spend.value, unit)}=${formatAmount(expected, unit)}，与年末结转结余${formatAmount(end.value, unit)}不一致`)];
  },
};
