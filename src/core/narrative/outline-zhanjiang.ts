/**
 * 湛江式 (and 雷州式, which differs only in 三、（二）): 一、单位基本情况 二、自评工作开展情况
 * 三、绩效自评情况 四、其他自评情况, following the Zhanjiang reports. Indicators that kept full
 * marks are written together ("其余三项指标均得满分"); each deduction gets its own sentence.
 */
import type { Evaluation, EvaluatedNode, RateResult } from "../evaluation";
import type { RateId } from "../rates";
import type { MoneyUnit } from "../values/units";
import { cnCount, enumerate } from "./chinese";
import { bonusParagraphs, dept, level2Of, needsWords, signatureParagraphs, titleParagraph, yearOfReport } from "./common";
import { joinDeductions } from "./deductions";
import { formulaParagraphs, ratesFor, writtenRates } from "./formula-lines";
import { listParagraphs, problemsAndMeasures } from "./problems";
import { resultSentence, scorePoints, weightPoints } from "./points";
import { reportDateMeta } from "./report-date";
import { reviewParagraphs } from "./review";
import { spendingParagraphs } from "./spending";
import { paragraph, placeholder, spans, type Paragraph, type Span } from "./text";

/** Written as sentences in （四）部门整体支出情况, not as formula lines. */
const GROWTH: readonly RateId[] = ["budget_growth_rate", "spend_growth_rate"];

const totals = (n: EvaluatedNode): Span[] => spans("指标总分", weightPoints(n), "，自评得分", scorePoints(n));

/**
 * "预算编制、目标设置两项二级指标均得满分" / "其余保障措施、项目管理和资产管理三项指标均得满分";
 * one indicator is named, never "其余" ("预算编制指标得满分").
 */
function fullMarksSentence(nodes: readonly EvaluatedNode[], rest: boolean, what: string): Span[] {
  const names = enumerate(nodes.map((n) => n.name));
  if (nodes.length === 1) return spans(names, `${what}得满分`);
  return spans(rest ? "其余" : "", names, `${cnCount(nodes.length)}项${what}均得满分`);
}

/**
 * 三、（二） by 一级 then 二级, as in the 湛江 reports. A 二级 that lost points, or that has a
 * formula line, gets its own numbered sentence with its figures, its formulas under it (as the
 * 2020 report writes "（4）资产管理，指标总分7分，自评得分7分。…固定资产利用率=…"): a formula
 * always follows the indicator it belongs to. The rest, full marks without a formula, are named
 * together.
 */
function analysisByLevel(e: Evaluation, taken: Set<RateId>, unit: MoneyUnit): Paragraph[] {
  const out: Paragraph[] = [paragraph("analysis.intro", "body", "对照《整体绩效自评指标评分表》逐项分析各指标完成情况。")];
  e.tree.forEach((l1, i) => {
    const id = `analysis.${i + 1}`;
    const children = level2Of(l1);
    const head = spans(`${i + 1}.${l1.name}情况，`, totals(l1));
    if (!children.length) {
      const own = joinDeductions(e, [l1]);
      out.push(paragraph(id, "body", head, "。", own.length > 0 && spans(own, "。")));
      out.push(...formulaParagraphs(e, id, ratesFor(e, l1, taken), unit, own.map((s) => s.text).join("")));
      return;
    }
    const lines = new Map(children.map((c) => [c, ratesFor(e, c, taken)]));
    const own = children.filter((c) => needsWords(e, c) || lines.get(c)!.length > 0);
    const full = children.filter((c) => !own.includes(c));
    if (!own.length) {
      out.push(paragraph(id, "body", head, "，", fullMarksSentence(full, false, "二级指标"), "。"));
      return;
    }
    out.push(paragraph(id, "body", head, "。"));
    own.forEach((l2, k) => {
      const d = needsWords(e, l2) ? joinDeductions(e, [l2]) : [];
      const pid = `${id}.${children.indexOf(l2) + 1}`;
      out.push(paragraph(pid, "body", `（${k + 1}）${l2.name}，`, totals(l2), "。", d.length > 0 && spans(d, "。")));
      out.push(...formulaParagraphs(e, pid, lines.get(l2)!, unit, d.map((s) => s.text).join("")));
    });
    if (full.length) out.push(paragraph(`${id}.full`, "body", fullMarksSentence(full, true, "指标"), "。"));
  });
  return out;
}

/** 雷州式 groups of the gd-2023 二级, every deduction "…，扣N分". */
const LEIZHOU_GROUPS: readonly string[][] = [["整体效能"], ["预算编制", "预算执行"], ["信息公开"], ["绩效管理"], ["采购管理"], ["资产管理"], ["运行成本"]];

function analysisByGroup(e: Evaluation, taken: Set<RateId>, unit: MoneyUnit): Paragraph[] {
  const level2 = e.tree.flatMap((l1) => (l1.isLeaf ? [l1] : l1.children));
  const groups: EvaluatedNode[][] = [];
  // The 雷州 grouping is of the gd-2023 二级, each group numbered; any other table keeps its own
  // order, one 二级 each, and those that kept full marks with no formula line are written together.
  const native = e.frameworkId === "gd-2023";
  if (native) {
    for (const names of LEIZHOU_GROUPS) {
      const g = level2.filter((n) => names.includes(n.name));
      if (g.length) groups.push(g);
    }
  }
  for (const n of level2) if (!groups.some((g) => g.includes(n))) groups.push([n]);
  const out: Paragraph[] = [paragraph("analysis.intro", "body", "对照《整体绩效自评指标评分表》逐项分析各指标完成情况。")];
  const quiet: EvaluatedNode[] = [];
  let number = 0;
  groups.forEach((g, i) => {
    const id = `analysis.${i + 1}`;
    const lines = g.map((n) => ratesFor(e, n, taken));
    if (!native && !g.some((n) => needsWords(e, n)) && lines.every((l) => !l.length)) {
      quiet.push(...g);
      return;
    }
    const d = joinDeductions(e, g);
    const figures = g.flatMap((n, k) => spans(k ? "；" : "", g.length > 1 ? n.name : "", totals(n)));
    out.push(paragraph(id, "body", `${++number}.${g.map((n) => n.name).join("、")}：`, figures, "。", d.length > 0 && spans(d, "。")));
    const written = d.map((s) => s.text).join("");
    out.push(...g.flatMap((_, k) => formulaParagraphs(e, `${id}.${k}`, lines[k], unit, written)));
  });
  if (quiet.length) out.push(paragraph("analysis.full", "body", fullMarksSentence(quiet, number > 0, "指标"), "。"));
  return out;
}

/** The reports' usual opening, with what only the department knows left to fill in. */
function introTemplate(e: Evaluation): string {
  const who = `${e.input.year ? `${e.input.year.value}年度` : ""}${e.input.department?.value ?? ""}`;
  return (
    "根据【请填写：自评通知名称及文号】要求，我单位及时布置自评，成立自评工作小组，明确分工，落实责任，认真开展自评自查工作，" +
    `经查阅、核实有关账务及项目等执行情况，填写自评表格并综合分析，形成本评价报告。现将${who}整体绩效自我评价情况报告如下：`
  );
}

export function zhanjiangOutline(e: Evaluation, variant: "湛江式" | "雷州式", unit: MoneyUnit): Paragraph[] {
  const taken = new Set<RateId>(GROWTH);
  const analysis = variant === "湛江式" ? analysisByLevel(e, taken, unit) : analysisByGroup(e, taken, unit);
  const rest: RateResult[] = writtenRates(e).filter((r) => !taken.has(r.spec.id));
  const { problems, measures } = problemsAndMeasures(e);
  return [
    ...reviewParagraphs(e, unit),
    titleParagraph(e, "整体绩效自评报告"),
    paragraph("meta.year", "meta", "评价年度：", yearOfReport(e)),
    paragraph("meta.dept", "meta", "评价单位：", dept(e)),
    // As both published 湛江 reports head it: the seal line, then the 填报日期.
    paragraph("meta.seal", "meta", "市级预算部门单位（公章）："),
    ...reportDateMeta(e),
    placeholder("intro", "自评依据与自评工作组织情况", introTemplate(e)),
    paragraph("h1.basic", "heading1", "一、单位基本情况"),
    paragraph("h2.organisation", "heading2", "（一）单位机构设置、部门职能情况"),
    placeholder("organisation", "单位机构设置、主要职能和人员情况"),
    paragraph("h2.work", "heading2", "（二）年度总体工作和重点工作任务"),
    placeholder("work", "年度总体工作和重点工作任务完成情况"),
    paragraph("h2.targets", "heading2", "（三）部门整体支出绩效目标"),
    placeholder("targets", "部门整体支出绩效目标"),
    paragraph("h2.spending", "heading2", "（四）部门整体支出情况"),
    ...spendingParagraphs(e, "spending", rest, unit),
    paragraph("h1.process", "heading1", "二、自评工作开展情况"),
    paragraph("h2.team", "heading2", "（一）评价小组情况"),
    placeholder("team", "自评工作小组的组成和分工"),
    paragraph("h2.steps", "heading2", "（二）自评工作过程"),
    placeholder("steps", "自评工作的步骤和过程"),
    paragraph("h2.submission", "heading2", "（三）自评材料报送时间及质量"),
    placeholder("submission", "自评材料报送时间及质量", "材料报送时间为【请填写：报送日期】，【请填写：报送是否及时、材料质量】。我单位对所报送自评材料的真实性、完整性、一致性、规范性负责。"),
    paragraph("h2.disclosure", "heading2", "（四）自评材料报送及公开一致情况"),
    placeholder("disclosure", "自评材料报送及公开一致情况", "我单位所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表【请填写：是否一致】。"),
    paragraph("h1.results", "heading1", "三、绩效自评情况"),
    paragraph("h2.result", "heading2", "（一）自评结果"),
    paragraph("result", "body", yearOfReport(e), "，我单位", resultSentence(e, e.frameworkId === "gd-2023"), "。"),
    paragraph("h2.analysis", "heading2", "（二）部门整体支出绩效指标分析"),
    ...analysis,
    ...bonusParagraphs(e, scorePoints),
    paragraph("h2.problems", "heading2", "（三）部门整体支出绩效管理存在问题"),
    ...listParagraphs("problems", problems, "1.", "存在问题（没有扣分项，可结合实际工作填写）"),
    paragraph("h2.measures", "heading2", "（四）改进措施"),
    ...listParagraphs("measures", measures.map((m) => spans(m)), "1.", "下一步改进措施"),
    paragraph("h1.other", "heading1", "四、其他自评情况"),
    placeholder("other", "其他需要说明的情况（没有可写“无。”）"),
    ...signatureParagraphs(e),
  ];
}
