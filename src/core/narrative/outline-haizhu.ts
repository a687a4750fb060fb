/**
 * 海珠式: 一、部门基本情况 二、绩效自评情况 (（一）自评结论, one analysis per 一级) 三、存在的主要问题
 * 四、下一步改进措施, following the Haizhu 2023 report.
 */
import type { Evaluation, EvaluatedNode } from "../evaluation";
import type { RateId } from "../rates";
import type { MoneyUnit } from "../values/units";
import { cnCount, enumerate } from "./chinese";
import { bonusParagraphs, dept, level2Of, needsWords, signatureParagraphs, titleParagraph, yearSpan } from "./common";
import { contradictedFullMarks, deductionSentence, mainReasons, reasonItems } from "./deductions";
import { formulaParagraphs, primaryRate, ratesFor, writtenRates } from "./formula-lines";
import { CN } from "./headings";
import { listParagraphs, problemsAndMeasures } from "./problems";
import { fullMarks, resultSentence, scorePoints, weightPoints } from "./points";
import { reportDateMeta } from "./report-date";
import { reviewParagraphs } from "./review";
import { spendingParagraphs } from "./spending";
import { paragraph, placeholder, spans, type Paragraph, type Span } from "./text";

function listWithPoints(nodes: readonly EvaluatedNode[], what: "weight" | "score"): Span[] {
  return enumerate(nodes.map((n) => spans(n.name, what === "weight" ? weightPoints(n) : scorePoints(n))));
}

function analysis(e: Evaluation, l1: EvaluatedNode, index: number, taken: Set<RateId>, unit: MoneyUnit): Paragraph[] {
  const id = `analysis.${index + 1}`;
  const children = level2Of(l1);
  // One 二级 under the 一级 (整体效能 under 履职效能): its 三级 are what the scores list.
  const single = children.length === 1 && !children[0].isLeaf;
  const listed = single ? children[0].children : children;
  const includes = single
    ? spans(`包括${children[0].name}一个二级指标`)
    : children.length
      ? spans("包括", listWithPoints(children, "weight"), `${cnCount(children.length)}个二级指标`)
      : [];
  const worded = !fullMarks(l1) || listed.some((n) => needsWords(e, n));
  const what = single ? "三级指标" : "二级指标";
  const scores = !listed.length
    ? []
    : worded
      ? spans(single ? "其中" : "其中各二级指标自评得分依次为", listWithPoints(listed, "score"))
      : listed.length === 1
        ? spans(`${listed[0].name}得满分`)
        : spans(`${cnCount(listed.length)}个${what}均得满分`);
  const reasons = [...e.deductions.filter((d) => d.path[0] === l1.name).flatMap((d) => reasonItems(e, d)), ...contradictedFullMarks(e, [l1]).map((d) => deductionSentence(e, d))];
  const body = paragraph(
    id,
    "body",
    `我单位“${l1.name}”一级指标总分值`,
    weightPoints(l1),
    includes.length > 0 && spans("，", includes),
    "。我单位自评得分合计",
    scorePoints(l1),
    scores.length > 0 && spans("，", scores),
    "。",
    mainReasons(reasons),
  );
  return [paragraph(`h2.${id}`, "heading2", `（${CN[index + 1]}）${l1.name}分析`), body, ...formulaParagraphs(e, id, ratesFor(e, l1, taken), unit)];
}

export function haizhuOutline(e: Evaluation, unit: MoneyUnit): Paragraph[] {
  const taken = new Set<RateId>(["budget_growth_rate", "spend_growth_rate"]);
  const analyses = e.tree.flatMap((l1, i) => analysis(e, l1, i, taken, unit));
  // The 预算完成率 (under whichever name the table gives it) is written in the spending paragraph.
  const done = e.rate("budget_completion_rate");
  const stated = done?.value ? primaryRate(e, done) : undefined;
  const rest = writtenRates(e).filter((r) => !taken.has(r.spec.id) && r !== stated);
  const { problems, measures } = problemsAndMeasures(e);
  return [
    ...reviewParagraphs(e, unit),
    titleParagraph(e, "部门整体支出绩效自评报告"),
    // As the published 海珠 report heads it: 部门名称（公章）, 所属下级预算单位数量, 填报人, 填报日期.
    paragraph("meta.dept", "meta", "部门名称：", dept(e), "（公章）"),
    placeholder("meta.units", "所属下级预算单位数量", "所属下级预算单位数量：【请填写：所属下级预算单位数量】"),
    placeholder("meta.filler", "填报人、联系电话"),
    ...reportDateMeta(e),
    paragraph("h1.basic", "heading1", "一、部门基本情况"),
    paragraph("h2.functions", "heading2", "（一）部门职能"),
    placeholder("functions", "部门职能"),
    paragraph("h2.work", "heading2", "（二）年度总体工作和重点工作任务"),
    placeholder("work", "年度总体工作和重点工作任务"),
    paragraph("h2.targets", "heading2", "（三）部门整体支出绩效目标"),
    placeholder("targets", "部门整体支出绩效目标"),
    paragraph("h2.spending", "heading2", "（四）部门整体收支情况"),
    ...spendingParagraphs(e, "spending", rest, unit),
    paragraph("h2.management", "heading2", "（五）部门整体绩效管理情况"),
    placeholder("management", "部门整体绩效管理情况（绩效目标、指标设定、项目自评范围等）"),
    paragraph("h1.results", "heading1", "二、绩效自评情况"),
    paragraph("h2.conclusion", "heading2", "（一）自评结论"),
    paragraph("conclusion", "body", "根据相关要求和指标评分标准，我单位", yearSpan(e), resultSentence(e, true), "。"),
    ...analyses,
    ...bonusParagraphs(e, scorePoints),
    paragraph("h1.problems", "heading1", "三、存在的主要问题"),
    ...listParagraphs("problems", problems, "（一）", "存在的主要问题（没有扣分项，可结合实际工作填写）"),
    paragraph("h1.measures", "heading1", "四、下一步改进措施"),
    ...listParagraphs("measures", measures.map((m) => spans(m)), "（一）", "下一步改进措施"),
    ...signatureParagraphs(e),
  ];
}
