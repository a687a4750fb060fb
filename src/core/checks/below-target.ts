import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { withoutEqualSign } from "../targets/shortfall";
import { check, type Check, type CheckSpec } from "./check";

/**
 * A quantitative indicator whose 实际完成值 falls short of its 年度指标值 yet has full marks
 * (the Chongqing table printed 政府采购执行率 72.74% against a 100% target with full marks). An
 * 等于 indicator misses by going over too: said as 不符, not 未达到.
 */
export const belowTarget: CheckSpec = {
  id: "below-target",
  name: "未达目标却满分",
  description: "实际完成值未达到年度指标值，得分却为满分",
  run: (e) => {
    const out: Check[] = [];
    for (const n of walk(e.tree)) {
      const t = n.target;
      if (!n.isLeaf || !t || t.reached !== false || !n.entered || !n.weight || !n.entered.value.greaterThanOrEqualTo(n.weight)) continue;
      const missed = t.direction === "equal" ? `与年度指标值${withoutEqualSign(t.target.text)}不符（等于型指标）` : `未达到年度指标值${t.target.text}`;
      out.push(check("below-target", "warning", [n.entered.cell, n.input.actual?.cell, n.input.target?.cell], `“${n.name}”实际完成值${t.actual.text}${missed}，却得满分${formatPoints(n.weight)}`));
    }
    return out;
  },
};
