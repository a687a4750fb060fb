/**
 * 湛江式 (and 雷州式, which differs only in 三、（二）): 一、单位基本情况 二、自评工作开展情况
 * 三、绩效自评情况 四、其他自评情况, following the Zhanjiang reports.
 */
import type { Evaluation, EvaluatedNode, RateResult } from "../evaluation";
import type { RateId } from "../rates";
import {
  CN, deductionSentence, dept, reportDateParagraph, formulaParagraphs, listParagraphs, nodePoints, problemsAndMeasures, ratesFor, resultSentence, spendingParagraphs, yearSpan,
} from "./sections";
import { paragraph, placeholder, spans, type Paragraph, type Span } from "./text";

/** Written as sentences in （四）部门整体支出情况, not as formula lines. */
const GROWTH: readonly RateId[] = ["budget_growth_rate", "spend_growth_rate"];

function deductionsIn(e: Evaluation, nodes: readonly EvaluatedNode[]): EvaluatedNode[] {
  return e.deductions.filter((d) => nodes.some((n) => d.path.slice(0, n.path.length).join("/") === n.path.join("/")));
}

function joinDeductions(e: Evaluation, nodes: readonly EvaluatedNode[]): Span[] {
  return deductionsIn(e, nodes).flatMap((d, i) => spans(i ? "；" : "", deductionSentence(d)));
}

/** 三、（二） by 一级 then 二级, as in the 湛江 reports. */
function analysisByLevel(e: Evaluation, taken: Set<RateId>): Paragraph[] {
  const out: Paragraph[] = [paragraph("analysis.intro", "body", "对照《整体绩效自评指标评分表》逐项分析各指标完成情况。")];
  e.tree.forEach((l1, i) => {
    const id = `analysis.${i + 1}`;
    out.push(paragraph(id, "body", `${i + 1}.${l1.name}情况，指标总分`, nodePoints(l1, "weight"), "，自评得分", nodePoints(l1, "score"), "。"));
    const children = l1.isLeaf ? [] : l1.children;
    if (!children.length) {
      const own = joinDeductions(e, [l1]);
      if (own.length) out.push(paragraph(`${id}.deductions`, "body", own, "。"));
    }
    children.forEach((l2, k) => {
      const d = joinDeductions(e, [l2]);
      out.push(paragraph(`${id}.${k + 1}`, "body", `（${k + 1}）${l2.name}，指标总分`, nodePoints(l2, "weight"), "，自评得分", nodePoints(l2, "score"), "。", d.length > 0 && spans(d, "。")));
      out.push(...formulaParagraphs(e, `${id}.${k + 1}`, ratesFor(e, l2, taken)));
    });
  });
  return out;
}

/** 雷州式 groups of the gd-2023 二级, every deduction "…，扣N分". */
const LEIZHOU_GROUPS: readonly string[][] = [["整体效能"], ["预算编制", "预算执行"], ["信息公开"], ["绩效管理"], ["采购管理"], ["资产管理"], ["运行成本"]];

function analysisByGroup(e: Evaluation, taken: Set<RateId>): Paragraph[] {
  const level2 = e.tree.flatMap((l1) => (l1.isLeaf ? [l1] : l1.children));
  const groups: EvaluatedNode[][] = [];
  // The 雷州 grouping is of the gd-2023 二级; any other table keeps its own order, one 二级 each.
  if (e.frameworkId === "gd-2023") {
    for (const names of LEIZHOU_GROUPS) {
      const g = level2.filter((n) => names.includes(n.name));
      if (g.length) groups.push(g);
    }
  }
  for (const n of level2) if (!groups.some((g) => g.includes(n))) groups.push([n]);
  const out: Paragraph[] = [paragraph("analysis.intro", "body", "对照《整体绩效自评指标评分表》逐项分析各指标完成情况。")];
  groups.forEach((g, i) => {
    const id = `analysis.${i + 1}`;
    const d = joinDeductions(e, g);
    const totals = g.flatMap((n, k) =>
      spans(k ? "；" : "", g.length > 1 ? n.name : "", "指标总分", nodePoints(n, "weight"), "，自评得分", nodePoints(n, "score")),
    );
    out.push(paragraph(id, "body", `${i + 1}.${g.map((n) => n.name).join("、")}：`, totals, "。", d.length ? spans(d, "。") : "各项指标均未扣分。"));
    out.push(...g.flatMap((n, k) => formulaParagraphs(e, `${id}.${k}`, ratesFor(e, n, taken))));
  });
  return out;
}

export function zhanjiangOutline(e: Evaluation, variant: "湛江式" | "雷州式"): Paragraph[] {
  const taken = new Set<RateId>(GROWTH);
  const analysis = variant === "湛江式" ? analysisByLevel(e, taken) : analysisByGroup(e, taken);
  const rest: RateResult[] = e.rates.filter((r) => r.value && !taken.has(r.spec.id));
  const { problems, measures } = problemsAndMeasures(e);
  const bonus = e.bonus.filter((b) => b.score && !b.score.isZero());
  return [
    paragraph("title", "title", "整体绩效自评报告"),
    paragraph("meta.year", "meta", "评价年度：", yearSpan(e), "度"),
    paragraph("meta.dept", "meta", "评价单位：", dept(e)),
    reportDateParagraph(e, "meta.date", "填报日期"),
    placeholder("intro", "自评依据（通知名称及文号）与自评工作组织情况"),
    paragraph("h1.basic", "heading1", "一、单位基本情况"),
    paragraph("h2.organisation", "heading2", "（一）单位机构设置、部门职能情况"),
    placeholder("organisation", "单位机构设置、主要职能和人员情况"),
    paragraph("h2.work", "heading2", "（二）年度总体工作和重点工作任务"),
    placeholder("work", "年度总体工作和重点工作任务完成情况"),
    paragraph("h2.targets", "heading2", "（三）部门整体支出绩效目标"),
    placeholder("targets", "部门整体支出绩效目标"),
    paragraph("h2.spending", "heading2", "（四）部门整体支出情况"),
    ...spendingParagraphs(e, "spending", rest),
    paragraph("h1.process", "heading1", "二、自评工作开展情况"),
    paragraph("h2.team", "heading2", "（一）评价小组情况"),
    placeholder("team", "自评工作小组的组成和分工"),
    paragraph("h2.steps", "heading2", "（二）自评工作过程"),
    placeholder("steps", "自评工作的步骤和过程"),
    paragraph("h2.submission", "heading2", "（三）自评材料报送时间及质量"),
    placeholder("submission", "自评材料报送时间及质量"),
    paragraph("h1.results", "heading1", "三、绩效自评情况"),
    paragraph("h2.result", "heading2", "（一）自评结果"),
    paragraph("result", "body", yearSpan(e), "度，我单位", resultSentence(e, e.frameworkId === "gd-2023"), "。"),
    paragraph("h2.analysis", "heading2", "（二）部门整体支出绩效指标分析"),
    ...analysis,
    ...bonus.map((b, i) => paragraph(`bonus.${i + 1}`, "body", `${b.name}`, nodePoints(b, "score"), b.reason ? spans("。", { text: b.reason.value.replace(/[。.]$/, ""), cells: [b.reason.cell], kind: "number" }) : "", "。")),
    paragraph("h2.problems", "heading2", "（三）部门整体支出绩效管理存在问题"),
    ...(problems.length ? listParagraphs("problems", problems, "1.") : [paragraph("problems.none", "body", "本年度各项指标均得满分，数据检查未发现错误。")]),
    paragraph("h2.measures", "heading2", "（四）改进措施"),
    ...(measures.length ? listParagraphs("measures", measures.map((m) => spans(m)), "1.") : [placeholder("measures.none", "下一步工作计划")]),
    paragraph("h1.other", "heading1", "四、其他自评情况"),
    placeholder("other", "其他需要说明的情况"),
  ];
}

export { CN };
