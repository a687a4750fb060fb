/**
 * 自评报告: one paragraph per row, wrapped and readable when printed, with a 数据来源 column
 * listing the cells each paragraph used. Until the narrative generator exists it holds the
 * results, deductions, rates and checks in the reports' wording.
 */
import type { Evaluation } from "../evaluation";
import { formatPercent, formatPoints } from "../format";
import { SEVERITY_LABEL } from "../checks";
import { percentWords } from "../rates/expression";
import { SheetBuilder } from "./sheet-builder";
import type { PlannedSheet, StyleName } from "./plan";

interface Paragraph {
  readonly text: string;
  readonly sources: readonly string[];
  readonly style: StyleName;
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function reportParagraphs(e: Evaluation): Paragraph[] {
  const out: Paragraph[] = [];
  const p = (text: string, sources: (string | undefined)[] = [], style: StyleName = "wrap") =>
    out.push({ text, sources: sources.filter((s): s is string => !!s), style });
  const dept = e.input.department?.value ?? "本部门";
  const year = e.input.year ? `${e.input.year.value}年度` : "";
  p(`${dept}${year}部门整体支出绩效自评结果`, [e.input.department?.cell], "title");
  let h = 0;
  p(`${CN[h++]}、自评结果`, [], "subtitle");
  if (e.total !== undefined) {
    const rates = e.frameworkId === "gd-2023"
      ? `，其中一级指标中的${e.tree.filter((n) => n.scoreRate).map((n) => `${n.name}得分率为${formatPercent(n.scoreRate!)}`).join("，")}`
      : "";
    p(`部门整体支出绩效自评分数为${formatPoints(e.total).replace("分", "")}分，绩效等级为“${e.grade}”${rates}。`,
      [...e.tree.map((n) => n.stated?.cell ?? n.scoreCell)]);
  } else {
    p("评分表尚未填写自评得分。");
  }
  p(`${CN[h++]}、指标得分`, [], "subtitle");
  e.tree.forEach((n, i) => {
    const score = n.score !== undefined ? `，自评得分${formatPoints(n.score)}` : "，尚未评分";
    p(`（${CN[i]}）${n.name}：指标总分${n.weight ? formatPoints(n.weight) : "（未填）"}${score}。`, [n.weightCell, n.stated?.cell ?? n.scoreCell]);
  });
  for (const b of e.bonus) if (b.score) p(`${b.name}：加${formatPoints(b.score)}${b.reason ? `（${b.reason.value}）` : ""}。`, [b.scoreCell]);
  p(`${CN[h++]}、扣分情况`, [], "subtitle");
  if (!e.deductions.length) p("各项指标均得满分。");
  e.deductions.forEach((d, i) =>
    p(`${i + 1}. ${d.path.join("—")}：${d.reason ? d.reason.value.replace(/[。；;，,]$/, "") : "（未填写扣分原因）"}${d.reason && /扣[\d.]+分/.test(d.reason.value) ? "" : `，扣${formatPoints(d.deduction!)}`}。`,
      [d.scoreCell, d.reason?.cell]),
  );
  p(`${CN[h++]}、关键比率`, [], "subtitle");
  for (const r of e.rates) {
    if (!r.value) continue;
    const cells = r.inputs.flatMap((k) => [e.input.fields.get(k)?.source.cell, ...(e.input.lists.get(k)?.items.map((i) => i.source.cell) ?? [])]);
    p(`${r.spec.name}=${percentWords(r.words)}=${formatPercent(r.value)}。`, cells);
  }
  p(`${CN[h++]}、数据检查`, [], "subtitle");
  if (!e.checks.length) p("未发现数据问题。");
  e.checks.forEach((c) => p(`【${SEVERITY_LABEL[c.severity]}】${c.message}`, [...c.cells]));
  return out;
}

export function buildReportSheet(e: Evaluation, name: string): PlannedSheet {
  const s = new SheetBuilder(name, "report", [90, 36]);
  s.header(["自评报告", "数据来源"]);
  for (const para of reportParagraphs(e)) {
    const sources = [...new Set(para.sources)].join("、");
    s.put(s.row, 0, { value: para.text, style: para.style }).fit(para.text, 0);
    s.put(s.row, 1, { value: sources, style: "note" }).fit(sources, 1);
    s.skip();
  }
  return s.build({ frozenRows: 1 });
}
