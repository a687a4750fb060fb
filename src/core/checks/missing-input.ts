import { walk } from "../evaluation";
import { check, type Check, type CheckSpec } from "./check";

/**
 * A value needed by a rate, a rule or the score is missing or unreadable. Unreadable cells
 * are errors; blank scores and inputs a rule or a reported rate needs are warnings. Rates
 * nobody uses are listed in the results, not here, to keep the list short.
 */
export const missingInput: CheckSpec = {
  id: "missing-input",
  name: "缺少数据",
  description: "评分、规则或填报比率需要的数据为空或无法识别",
  run: (e) => {
    const out: Check[] = [];
    for (const p of e.input.problems) {
      if (p.check === "missing-input") out.push(check("missing-input", "error", [p.cell], `${p.what}无法识别：${p.reason}`));
    }
    for (const n of walk(e.tree)) {
      if (!n.isLeaf) continue;
      if (n.weight === undefined) out.push(check("missing-input", "warning", [n.scoreCell], `“${n.name}”没有分值`));
      if (!n.entered && !e.input.problems.some((p) => p.cell === n.scoreCell)) {
        out.push(check("missing-input", "warning", [n.scoreCell], `“${n.name}”未填写自评得分`));
      }
      // A target without its result (or the reverse): the score cannot be checked against it.
      const target = n.input.adjustedTarget ?? n.input.target;
      // "100" with "%" in the 度量单位 column reads as the form shows it: 100%.
      const shown = (v: string) => (/^[\d.]+$/.test(v.trim()) ? `${v.trim()}${n.input.measureUnit?.value.trim() ?? ""}` : v.trim());
      if (target && !n.input.actual) {
        out.push(check("missing-input", "warning", [target.cell], `“${n.name}”填写了年度指标值${shown(target.value)}，但未填写实际完成值，无法核对得分`));
      } else if (!target && n.input.actual && !n.input.defaultRule) {
        out.push(check("missing-input", "info", [n.input.actual.cell], `“${n.name}”填写了实际完成值${shown(n.input.actual.value)}，但未填写年度指标值，无法核对得分`));
      }
      // A number was asked for and words came back ("九成" against "≥95%"): nothing to compare.
      const t = n.target;
      if (t && t.target.kind === "quantity" && t.actual.kind === "quality" && !t.band && n.input.actual) {
        out.push(check("missing-input", "warning", [n.input.actual.cell], `“${n.name}”的实际完成值“${n.input.actual.value.trim()}”不是数字，无法与年度指标值${t.target.text}比较（请写成如“90%”“102个”）`));
      }
      const rule = n.rule?.parsed;
      // Only rules the workbook states: a framework's default rule is a suggestion, not a demand.
      if (rule?.ok && "measure" in rule.rule && n.measured === undefined && n.rule?.cell) {
        const m = rule.rule.measure;
        const why = m.kind === "rate" ? e.rate(m.rate)?.error?.message : `缺少：${m.name}`;
        out.push(check("missing-input", "warning", [n.rule?.cell ?? n.scoreCell], `“${n.name}”的评分规则需要${m.name}，无法计算（${why ?? "缺少数据"}）`));
      }
    }
    for (const r of e.input.reportedRates) {
      const result = e.rate(r.rate);
      if (result?.error) out.push(check("missing-input", "warning", [r.cell], `填报了${result.spec.name}，但无法复核（${result.error.message}）`));
    }
    return out;
  },
};
