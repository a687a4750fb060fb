/**
 * 项目支出绩效自评报告 (project-table.md, "The narrative"), the outline used across provinces:
 * 一、项目基本情况（项目概况，资金投入和使用情况，绩效目标） 二、绩效自评工作开展情况
 * 三、绩效目标实现情况分析（总体情况，then one part per 一级: 产出, 效益, 满意度, each indicator
 * with its 年度指标值 and 实际完成值） 四、偏差原因分析及改进措施 五、绩效自评结果拟应用和公开情况
 * 六、其他需要说明的问题. Every figure and every text quoted from the table is a span with its
 * cell; what the table cannot know is a 【请填写】 placeholder; what contradicts it comes with
 * 【请核实】, and the 仅供核对 block heads the report while errors remain.
 */
import type { Evaluation, EvaluatedNode } from "../evaluation";
import type { FundsRowInput, Sourced } from "../input";
import { fundsNode, fundsTotal, indicatorLevel1, isBelowTarget, valueAffixes } from "../project/indicators";
import type { MoneyUnit } from "../values/units";
import { reachedWords } from "../targets/shortfall";
import { formName } from "../project/form-name";
import { cellRef } from "../grid/address";
import { CN } from "./headings";
import { scoreCells, signatureParagraphs, weightCells, yearOfReport } from "./common";
import { scoreVerify } from "./deductions";
import { formulaLine, rateVerify } from "./formula-lines";
import { amount, percent, points } from "./numbers";
import { resultSentence, scorePoints, weightPoints } from "./points";
import { reportDateMeta } from "./report-date";
import { reviewParagraphs } from "./review";
import { paragraph, placeholder, spans, verify, type Paragraph, type Span } from "./text";

/** Text of the workbook quoted as it is, traced to its cell. */
const quote = (s: Sourced<string>): Span => ({ text: s.value.trim(), cells: [s.cell], kind: "number" });

/** Quoted text without its closing full stop, for a sentence of ours to end. */
const clause = (s: Sourced<string>): Span => ({ ...quote(s), text: s.value.trim().replace(/[。；;，,.\s]+$/, "") });

function projectSpan(e: Evaluation): Span | undefined {
  const p = e.input.project?.name;
  return p ? quote(p) : undefined;
}

/**
 * "委托业务项目2022年度绩效自评报告": the project's name first (a long title breaks after it in the
 * Word report), then the year, unless the name already says it ("2023年农村饮水安全巩固提升项目
 * 绩效自评报告", not "…项目2023年度…"); what the table does not give is to fill in.
 */
function titleParagraph(e: Evaluation): Paragraph {
  const name = projectSpan(e) ?? { text: "【请填写：项目名称】", kind: "placeholder" as const };
  const y = e.input.year;
  const named = y !== undefined && name.kind !== "placeholder" && name.text.includes(`${y.value}年`);
  return paragraph("title", "title", name, /项目$/.test(name.text) || name.kind === "placeholder" ? "" : "项目", !named && yearOfReport(e), "绩效自评报告");
}

/** The unit that carried the project out signs the report (else its 主管部门). */
function signingUnit(e: Evaluation): Span | undefined {
  const p = e.input.project;
  const unit = p?.implementer ?? p?.supervisor ?? e.input.department;
  return unit ? quote(unit) : undefined;
}

function overview(e: Evaluation): Paragraph[] {
  const p = e.input.project;
  const out: Paragraph[] = [];
  const name = projectSpan(e);
  const who: Span[] = [];
  if (p?.supervisor && p.implementer && p.supervisor.value.trim() === p.implementer.value.trim()) who.push(...spans("由", quote(p.implementer), "主管并组织实施"));
  else {
    if (p?.supervisor) who.push(...spans("主管部门为", quote(p.supervisor)));
    if (p?.implementer) who.push(...spans(who.length ? "，" : "", "实施单位为", quote(p.implementer)));
  }
  if (name || who.length) out.push(paragraph("overview.units", "body", name ? spans("“", name, "”") : "本项目", who.length ? spans(who[0].text === "由" ? "" : "的", who) : "", "。"));
  out.push(placeholder("overview", "项目立项依据、主要内容和实施情况"));
  return out;
}

/** "全年预算数90.00万元，全年执行数90.00万元" for one row of the funds block. */
function fundsFigures(row: FundsRowInput, unit: MoneyUnit): Span[] {
  const parts: Span[][] = [];
  if (row.initial) parts.push(spans("年初预算数", amount(row.initial.value, unit, [row.initial.cell])));
  if (row.adjusted) parts.push(spans("全年预算数", amount(row.adjusted.value, unit, [row.adjusted.cell])));
  if (row.spend) parts.push(spans("全年执行数", amount(row.spend.value, unit, [row.spend.cell])));
  return parts.flatMap((p, i) => spans(i ? "，" : "", p));
}

/** 【请核实】 for a 年度资金总额 row its 其中 rows contradict (check parts-sum): the text and the 项目资金情况表 alike. */
export function fundsTotalVerify(e: Evaluation): Span | undefined {
  const contradicted = e.checks.find((c) => c.id === "parts-sum" && c.message.startsWith("项目资金"));
  return contradicted && verify("与“其中”各行之和不一致", [...contradicted.cells]);
}

function funds(e: Evaluation, unit: MoneyUnit): Paragraph[] {
  const total = fundsTotal(e);
  if (!total || !(total.initial || total.adjusted || total.spend)) return [placeholder("funds", "项目资金投入和使用情况")];
  const out: Paragraph[] = [paragraph("funds.total", "body", e.input.year ? spans(yearOfReport(e), "项目") : "项目", fundsFigures(total, unit), fundsTotalVerify(e), "。")];
  const parts = (e.input.project?.funds ?? []).filter((f) => f !== total && (f.initial || f.adjusted || f.spend));
  if (parts.length) {
    out.push(paragraph("funds.parts", "body", "其中：", parts.flatMap((f, i) => spans(i ? "；" : "", f.label.replace(/^其中[:：]?/, ""), fundsFigures(f, unit))), "。"));
  }
  const rate = e.rate("budget_completion_rate");
  const line = rate && formulaLine(e, rate, "预算执行率", unit);
  if (line) out.push(paragraph("funds.rate.budget_completion_rate", "body", line, "。"));
  return out;
}

function goals(e: Evaluation): Paragraph[] {
  const expected = e.input.project?.goals.expected;
  return expected ? [paragraph("goals.expected", "body", "项目年度总体目标：", clause(expected), "。")] : [placeholder("goals", "项目年度总体目标")];
}

const BAND_WORD = /^(达成|部分达成|未达成)$/;

/** The reports' words for a result against its target, one verb for both kinds of row. */
function status(n: EvaluatedNode): string {
  const t = n.target;
  if (!t) return "";
  if (t.reached !== undefined) return reachedWords(t.direction, t.reached);
  if (t.band === "achieved") return "达到年度指标值";
  if (t.band === "not-achieved") return "未达到年度指标值";
  if (t.band === "partly") return "部分达到年度指标值";
  return "";
}

/** A row judged by words (定性): its values are quoted, never read as a figure completed. */
const isQualitative = (n: EvaluatedNode) => n.target?.direction === "qualitative" || n.target?.actual.kind === "quality";

/** The indicator's name as a span traced to its cell in the table. */
function nameSpan(e: Evaluation, n: EvaluatedNode): Span {
  const col = e.input.scoring.columns.level[n.level - 1];
  return col !== undefined && col >= 0 ? { text: n.name, cells: [cellRef(e.input.scoring.sheet, n.input.row, col)], kind: "number" } : { text: n.name };
}

/** A value as the engine reads it: with the 计算符号 and the unit a bare number stands in ("≥" "95" "%", "98" "%"). */
function valueSpans(n: EvaluatedNode, value: Sourced<string>, which: "target" | "actual"): Span[] {
  const { sign, unit } = valueAffixes(n, which);
  return spans(sign, quote(value), unit);
}

/**
 * What to verify about an indicator row's score: the checks that say it contradicts the row's own
 * values (below-target, quality-band), else its rule or its 扣分原因 (scoreVerify). The text and
 * the 绩效指标完成情况表 alike.
 */
export function rowScoreVerify(e: Evaluation, n: EvaluatedNode): Span | undefined {
  return contradiction(e, n) || scoreVerify(e, n);
}

/** The checks that say a row's score contradicts its own values (below-target, quality-band). */
function contradiction(e: Evaluation, n: EvaluatedNode): Span | false {
  const at = n.entered?.cell;
  const c = at && e.checks.find((x) => (x.id === "below-target" || x.id === "quality-band") && x.cells[0] === at);
  if (!c) return false;
  // The band's range as the check words it ("应在6～8分之间（不含8分）", "应低于6分").
  const range = /得分(应[^，]+)，/.exec(c.message)?.[1];
  return verify(c.id === "below-target" ? `${reachedWords(n.target?.direction ?? "positive", false)}却得满分` : `按完成情况，得分${range ?? "不在应有的区间"}`, [...c.cells]);
}

/**
 * "“项目总成本”年度指标值≤90万元，实际完成值90万元，达到年度指标值，得8分"; a row judged by
 * words quotes them: "“提交报告及时性”年度指标值为“在项目计划完成时间内完成”，实际完成情况为
 * “达成预期指标”，达到年度指标值，得8分".
 */
function indicatorClause(e: Evaluation, n: EvaluatedNode): Span[] {
  const target = n.input.adjustedTarget ?? n.input.target;
  const actual = n.input.actual;
  // "实际完成情况为“部分达成”，部分达到年度指标值" says it twice: the words already name the band.
  const said = n.target?.band && actual && BAND_WORD.test(actual.value.trim()) ? "" : status(n);
  const words = isQualitative(n);
  // "≥90%" against words ("未按时完成调查"): the target is a figure, only the result is quoted.
  const targetWords = words && n.target?.target.kind !== "quantity";
  return spans(
    "“",
    nameSpan(e, n),
    "”",
    target && (targetWords ? spans("年度指标值为“", quote(target), "”") : spans("年度指标值", valueSpans(n, target, "target"))),
    actual && spans(target ? "，" : "", words ? spans("实际完成情况为“", quote(actual), "”") : spans("实际完成值", valueSpans(n, actual, "actual"))),
    // A target without its result: nothing is claimed about it.
    target && !actual && spans("，实际完成值", { text: "【请填写：实际完成值】", kind: "placeholder" as const, cells: [target.cell] }),
    said && `，${said}`,
    target || actual ? "，得" : "得",
    scorePoints(n, formName(e.input.kind)),
    rowScoreVerify(e, n),
  );
}

/** One part of 三、 per 一级 of the indicator table (or one for a flat list of indicators). */
function analysis(e: Evaluation): Paragraph[] {
  const level1 = indicatorLevel1(e);
  const out: Paragraph[] = [];
  const flat = level1.every((n) => n.isLeaf);
  const groups: { name: string; node?: EvaluatedNode; items: EvaluatedNode[] }[] = flat
    ? level1.length
      ? [{ name: "绩效指标", items: level1 }]
      : []
    : level1.map((l1) => ({ name: l1.name, node: l1, items: l1.isLeaf ? [l1] : [...l1.children] }));
  groups.forEach((g, i) => {
    const id = `analysis.${i + 1}`;
    out.push(paragraph(`h2.${id}`, "heading2", `（${CN[i + 1]}）${g.name}完成情况`));
    if (g.node && !g.node.isLeaf) out.push(paragraph(id, "body", `${g.name}分值`, weightPoints(g.node, formName(e.input.kind)), "，自评得分", scorePoints(g.node, formName(e.input.kind)), "。"));
    const numbered = g.items.length > 1;
    g.items.forEach((item, k) => {
      const lead = numbered ? `${k + 1}.` : "";
      if (item.isLeaf) {
        out.push(paragraph(`${id}.${k + 1}`, "body", lead, indicatorClause(e, item), "。"));
        return;
      }
      const leaves = item.children.flatMap(function leavesOf(c: EvaluatedNode): EvaluatedNode[] {
        return c.isLeaf ? [c] : c.children.flatMap(leavesOf);
      });
      out.push(paragraph(`${id}.${k + 1}`, "body", lead, `${item.name}：`, leaves.flatMap((l, j) => spans(j ? "；" : "", indicatorClause(e, l))), "。"));
    });
  });
  return out;
}

function resultParagraphs(e: Evaluation): Paragraph[] {
  const parts = e.tree.filter((n) => n.weight !== undefined || n.score !== undefined);
  const listed = parts.flatMap((n, i) => spans(i ? "；" : "", `${n.name}得分`, scorePoints(n, formName(e.input.kind)), "（分值", weightPoints(n, formName(e.input.kind)), "）"));
  const out = [paragraph("result", "body", yearOfReport(e), "，", resultSentence(e, false, "项目支出绩效自评得分"), "。", e.total !== undefined && e.complete && parts.length > 1 && spans("其中，", listed, "。"))];
  const achieved = e.input.project?.goals.actual;
  out.push(achieved ? paragraph("goals.actual", "body", "年度总体目标完成情况：", clause(achieved), "。") : placeholder("goals.actual", "年度总体目标完成情况"));
  return out;
}

/** The indicators that fell short or lost points, and the funds when execution lost points. */
function deviations(e: Evaluation): EvaluatedNode[] {
  const f = fundsNode(e);
  const lost = (n: EvaluatedNode) => n.deduction !== undefined && n.deduction.greaterThan(0);
  const rows = indicatorLevel1(e).flatMap(function leaves(n: EvaluatedNode): EvaluatedNode[] {
    return n.isLeaf ? [n] : n.children.flatMap(leaves);
  });
  return [...(f && lost(f) ? [f] : []), ...rows.filter((n) => isBelowTarget(n) || lost(n))];
}

/** Rows whose result cannot be judged: a target without its 实际完成值, or no score yet. */
function unjudged(e: Evaluation): EvaluatedNode[] {
  return indicatorLevel1(e)
    .flatMap(function leaves(n: EvaluatedNode): EvaluatedNode[] {
      return n.isLeaf ? [n] : n.children.flatMap(leaves);
    })
    .filter((n) => ((n.input.adjustedTarget ?? n.input.target) && !n.input.actual) || n.score === undefined);
}

function deviationItem(e: Evaluation, n: EvaluatedNode): Span[] {
  let head: Span[];
  if (n === fundsNode(e)) {
    const r = e.rate("budget_completion_rate");
    const total = fundsTotal(e);
    const cells = [total?.spend?.cell, total?.adjusted?.cell].filter((c): c is string => !!c);
    head = spans("预算执行率", r?.value && spans("为", percent(r.value, cells), rateVerify(e, r, cells)), "，得", scorePoints(n, formName(e.input.kind)));
  } else head = indicatorClause(e, n);
  const lost = n.deduction !== undefined && n.deduction.greaterThan(0) ? spans("，扣", points(n.deduction, [...scoreCells(n), ...weightCells(n)])) : [];
  const reason = n.reason
    ? spans("。偏差原因及改进措施：", clause(n.reason))
    : spans("。", { text: `【请填写：“${n.name}”的偏差原因和改进措施】`, kind: "placeholder" as const });
  return spans(head, lost, reason);
}

function deviationParagraphs(e: Evaluation): Paragraph[] {
  const items = deviations(e);
  const open = unjudged(e);
  if (!items.length && open.length) {
    // Not "均达到年度指标值" while some results or scores are still blank.
    const names = open.map((n) => `“${n.name}”`).join("、");
    return [
      paragraph("deviation.open", "body", "已填写的指标未发现偏差；", names, "尚未填写实际完成值或得分", { text: "【请填写后重新生成】", kind: "placeholder" as const }, "。"),
      placeholder("measures", "下一步改进措施（如进一步细化、量化绩效目标，加强项目全过程管理）"),
    ];
  }
  if (!items.length) {
    return [
      paragraph("deviation.none", "body", "预算执行率和各项绩效指标均达到年度指标值，未发现偏差。"),
      placeholder("measures", "下一步改进措施（如进一步细化、量化绩效目标，加强项目全过程管理）"),
    ];
  }
  if (items.length === 1) return [paragraph("deviation.1", "body", deviationItem(e, items[0]), "。")];
  return items.map((n, i) => paragraph(`deviation.${i + 1}`, "body", `${i + 1}.`, deviationItem(e, n), "。"));
}

function processTemplate(): string {
  return (
    "根据【请填写：自评通知名称及文号】要求，我单位成立自评工作小组，对照年初设定的绩效目标，对项目资金使用和绩效目标完成情况逐项开展自评，" +
    "填写《项目支出绩效自评表》，形成本报告。【请填写：自评工作的组织和过程】"
  );
}

export function projectOutline(e: Evaluation, unit: MoneyUnit): Paragraph[] {
  const p = e.input.project;
  const name = projectSpan(e);
  return [
    ...reviewParagraphs(e, unit),
    titleParagraph(e),
    name ? paragraph("meta.project", "meta", "项目名称：", name) : placeholder("meta.project", "项目名称"),
    ...(p?.supervisor ? [paragraph("meta.supervisor", "meta", "主管部门：", quote(p.supervisor))] : []),
    ...(p?.implementer ? [paragraph("meta.implementer", "meta", "实施单位：", quote(p.implementer))] : []),
    paragraph("meta.year", "meta", "评价年度：", yearOfReport(e)),
    ...reportDateMeta(e, false),
    paragraph("h1.basic", "heading1", "一、项目基本情况"),
    paragraph("h2.overview", "heading2", "（一）项目概况"),
    ...overview(e),
    paragraph("h2.funds", "heading2", "（二）项目资金投入和使用情况"),
    ...funds(e, unit),
    paragraph("h2.goals", "heading2", "（三）项目绩效目标"),
    ...goals(e),
    paragraph("h1.process", "heading1", "二、绩效自评工作开展情况"),
    placeholder("process", "绩效自评工作开展情况", processTemplate()),
    paragraph("h1.results", "heading1", "三、绩效目标实现情况分析"),
    paragraph("h2.analysis.0", "heading2", "（一）总体完成情况"),
    ...resultParagraphs(e),
    ...analysis(e),
    paragraph("h1.deviation", "heading1", "四、偏差原因分析及改进措施"),
    ...deviationParagraphs(e),
    paragraph("h1.application", "heading1", "五、绩效自评结果拟应用和公开情况"),
    placeholder(
      "application",
      "绩效自评结果拟应用和公开情况",
      "自评结果将作为【请填写：以后年度预算安排、项目调整等应用方向】的重要依据；自评报告和自评表将【请填写：公开方式和时间】。",
    ),
    paragraph("h1.other", "heading1", "六、其他需要说明的问题"),
    placeholder("other", "其他需要说明的问题（没有可写“无。”）"),
    ...signatureParagraphs(e, signingUnit(e)),
  ];
}
