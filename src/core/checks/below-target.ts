import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { check, type Check, type CheckSpec } from "./check";

/**
 * A quantitative indicator whose 实际完成值 falls short of its 年度指标值 yet has full marks
 * (the Chongqing table printed 政府采购执行率 72.74% against a 100% target with full marks).
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
      out.push(
        check("below-target", "warning", [n.entered.cell, n.input.actual?.cell, n.input.target?.cell],
          `“${n.name}”实际完成值${t.actual.text}未达到年度指标值${t.target.text}，却得满分${formatPoints(n.weight)}`),
      );
    }
    return out;
  },
};
