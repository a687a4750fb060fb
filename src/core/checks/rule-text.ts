import { walk } from "../evaluation";
import { check, type CheckSpec } from "./check";

export const ruleText: CheckSpec = {
  id: "rule-text",
  name: "评分规则格式",
  description: "评分规则单元格的内容无法识别（写法见 docs/rules.md）",
  run: (e) => {
    const out = [];
    for (const n of walk(e.tree)) {
      const parsed = n.rule?.parsed;
      if (parsed && !parsed.ok) out.push(check("rule-text", "warning", [n.rule?.cell], `“${n.name}”：${parsed.message}`));
    }
    return out;
  },
};
