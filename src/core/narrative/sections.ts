/** Sections shared by the three outlines, each built only from the evaluation's values. */
import type { Evaluation, EvaluatedNode, RateResult } from "../evaluation";
import type { FieldKey } from "../fields";
import type { RateId } from "../rates";
import { DATA_FAMILY, familyOf, type Family } from "./families";
import { formulaLine } from "./formula-lines";
import { amount, change, compactPercent, growth, percent, plain, points } from "./numbers";
import { paragraph, placeholder, spans, type Paragraph, type Span } from "./text";
import { formatChineseDate } from "../format";

export const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

export function dept(e: Evaluation): Span {
  const d = e.input.department;
  return d ? { text: d.value, cells: [d.cell], kind: "number" } : { text: "【请填写：单位名称】", kind: "placeholder" };
}

export function yearSpan(e: Evaluation): Span[] {
  const y = e.input.year;
  return y ? [plain(String(y.value), [y.cell]), { text: "年" }] : [{ text: "【请填写：年度】", kind: "placeholder" }];
}

/** The cells a node's score comes from: its own score cell, or its leaves'. */
export function scoreCells(n: EvaluatedNode): string[] {
  if (n.isLeaf) return n.scoreCell ? [n.scoreCell] : [];
  return n.children.flatMap(scoreCells);
}

export function weightCells(n: EvaluatedNode): string[] {
  if (n.weightCell) return [n.weightCell];
  return n.children.flatMap(weightCells);
}

export function nodePoints(n: EvaluatedNode, what: "weight" | "score"): Span[] {
  const v = what === "weight" ? n.weight : n.score;
  if (v === undefined) return [{ text: "【未填】", kind: "placeholder" }];
  return points(v, what === "weight" ? weightCells(n) : scoreCells(n));
}

/** "部门整体支出绩效自评分数为94分，绩效等级为“优”，其中一级指标中的履职效能得分率为100%，管理效率得分率为88%". */
export function resultSentence(e: Evaluation, withScoreRates: boolean): Span[] {
  if (e.total === undefined) return [{ text: "评分表尚未填写自评得分", kind: "placeholder" }];
  const totalCells = [...e.tree.flatMap(scoreCells), ...e.bonus.flatMap(scoreCells)];
  const rates = withScoreRates
    ? e.tree
        .filter((n) => n.scoreRate)
        .flatMap((n, i): Span[] => [{ text: i ? "，" : "，其中一级指标中的" }, { text: `${n.name}得分率为` }, ...compactPercent(n.scoreRate!, [...scoreCells(n), ...weightCells(n)])])
    : [];
  return spans("部门整体支出绩效自评分数为", points(e.total, totalCells), `，绩效等级为“${e.grade}”`, rates);
}

/** A deduction as the reports write it: "未能在采购预算批复后及时予以公开，扣1.5分". */
export function deductionSentence(d: EvaluatedNode): Span[] {
  const reason = d.reason?.value.trim().replace(/[。；;，,.\s]+$/, "");
  const deducted = points(d.deduction!, [...scoreCells(d), ...weightCells(d)]);
  if (!reason) return spans(`${d.name}`, "，扣", deducted, "（未填写扣分原因）");
  const quoted: Span = { text: reason, cells: [d.reason!.cell], kind: "number" };
  if (/扣(除|减)?\s*[\d.一二两三四五六七八九十半]+\s*分/.test(reason)) return [quoted];
  return spans(quoted, "，扣", deducted);
}

/** The separate causes inside 扣分原因 ("a；b；c，扣2.5分" → a, b, c), as the 海珠 report lists them. */
export function reasonItems(d: EvaluatedNode): Span[][] {
  const reason = d.reason?.value.trim();
  if (!reason) return [spans(`${d.name}扣`, points(d.deduction!, scoreCells(d)), "，未填写扣分原因")];
  // A reason that is a calculation ("…=96.5%，按比例得4.83分") is not a problem statement.
  if (reason.includes("=")) return [spans(`${d.name}未得满分（得`, points(d.score!, scoreCells(d)), "）")];
  const cleaned = reason.replace(/[，,]?\s*(共|合计)?扣(除|减)?\s*[\d.一二两三四五六七八九十半]+\s*分[。；;]?/g, "；").replace(/[。；;，,\s]+$/, "");
  return cleaned
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => [{ text: s, cells: [d.reason!.cell], kind: "number" } as Span]);
}

/** The 二级 (or 一级) each rate's formula line belongs under. */
const RATE_HOME: Partial<Record<RateId, RegExp>> = {
  execution_rate: /支出管理|预算执行/,
  carryover_rate: /支出管理|预算执行/,
  stock_change_rate: /支出管理|预算执行/,
  procurement_rate: /支出管理|采购管理/,
  revenue_variance_rate: /^预算编制$/,
  asset_utilization_rate: /资产管理/,
  sangong_control_rate: /经济性|运行成本/,
  key_task_completion: /效率性|整体效能/,
  budget_completion_rate: /整体效能/,
};

/** Rates already written, by what they compute: 支出完成率 without 下达数 is 预算完成率 again. */
function sameAsTaken(e: Evaluation, r: RateResult, taken: Set<RateId>): boolean {
  return e.rates.some((o) => taken.has(o.spec.id) && o.value && o.words === r.words && o.value.equals(r.value!));
}

export function ratesFor(e: Evaluation, node: EvaluatedNode, taken: Set<RateId>): RateResult[] {
  return e.rates.filter((r) => {
    if (!r.value || taken.has(r.spec.id)) return false;
    if (sameAsTaken(e, r, taken)) {
      taken.add(r.spec.id);
      return false;
    }
    const home = RATE_HOME[r.spec.id];
    const names = [node.name, ...node.children.map((c) => c.name)];
    if (home && names.some((n) => home.test(n))) {
      taken.add(r.spec.id);
      return true;
    }
    return false;
  });
}

/** The name the table itself uses for a rate (部门预算资金支出率 for 预算完成率), if any. */
function nameInTable(e: Evaluation, r: RateResult): string {
  const names = [r.spec.name, ...r.spec.aliases];
  const walk = (nodes: readonly EvaluatedNode[]): string | undefined => {
    for (const n of nodes) {
      if (names.includes(n.name)) return n.name;
      const inner = walk(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(e.tree) ?? r.spec.name;
}

export function formulaParagraphs(e: Evaluation, idPrefix: string, rates: readonly RateResult[]): Paragraph[] {
  return rates.map((r) => paragraph(`${idPrefix}.rate.${r.spec.id}`, "body", formulaLine(e, r, nameInTable(e, r))!, "。"));
}

const f = (e: Evaluation, key: FieldKey) => e.input.fields.get(key);

/** （四）部门整体支出情况 / 部门整体收支情况: only what the 基础数据表 says. */
export function spendingParagraphs(e: Evaluation, id: string, rest: readonly RateResult[]): Paragraph[] {
  const unit = e.input.unit;
  const out: Paragraph[] = [];
  const yearly = yearSpan(e);
  const initial = f(e, "budget_initial");
  const priorInitial = f(e, "prior_budget_initial");
  if (initial) {
    const parts: Span[] = spans(yearly, "年初预算", amount(initial.value, unit, [initial.source.cell]));
    const g = e.rate("budget_growth_rate");
    if (priorInitial && g?.value) {
      const cells = [initial.source.cell, priorInitial.source.cell];
      parts.push(...spans("，比上年", change(initial.value.minus(priorInitial.value), unit, cells), "，", growth(g.value, cells)));
    }
    out.push(paragraph(`${id}.initial`, "body", parts, "。"));
  }
  const adjusted = f(e, "budget_adjusted");
  const spend = f(e, "spend_actual");
  const alloc = f(e, "alloc_current");
  const carry = f(e, "carryover_prior");
  if (adjusted || spend || alloc) {
    const parts: Span[] = [];
    if (adjusted) parts.push(...spans(yearly, "度全年预算", amount(adjusted.value, unit, [adjusted.source.cell])));
    if (alloc) parts.push(...spans(parts.length ? "，" : "", "本年财政下达预算数", amount(alloc.value, unit, [alloc.source.cell])));
    if (carry) parts.push(...spans("，上年结转", amount(carry.value, unit, [carry.source.cell])));
    if (spend) parts.push(...spans(parts.length ? "，" : "", "实际支出", amount(spend.value, unit, [spend.source.cell])));
    const priorSpend = f(e, "prior_spend_actual");
    const sg = e.rate("spend_growth_rate");
    if (spend && priorSpend && sg?.value) {
      const cells = [spend.source.cell, priorSpend.source.cell];
      parts.push(...spans("，比上年", change(spend.value.minus(priorSpend.value), unit, cells), "，", growth(sg.value, cells)));
    }
    const done = e.rate("budget_completion_rate");
    if (done?.value && adjusted && spend) parts.push(...spans("，预算完成率", percent(done.value, [spend.source.cell, adjusted.source.cell])));
    out.push(paragraph(`${id}.spending`, "body", parts, "。"));
  }
  const basic = f(e, "spend_basic");
  const project = f(e, "spend_project");
  if (basic || project) {
    out.push(paragraph(`${id}.nature`, "body", "按支出性质分，", basic && spans("基本支出", amount(basic.value, unit, [basic.source.cell])), basic && project && "，", project && spans("项目支出", amount(project.value, unit, [project.source.cell])), "。"));
  }
  const sources = (["src_general", "src_fund", "src_soe"] as FieldKey[]).map((k) => [k, f(e, k)] as const).filter(([, v]) => v);
  if (sources.length) {
    const label: Record<string, string> = { src_general: "一般公共预算", src_fund: "政府性基金预算", src_soe: "国有资本经营预算" };
    out.push(paragraph(`${id}.sources`, "body", "按资金来源分，", sources.flatMap(([k, v], i) => spans(i ? "，" : "", label[k], amount(v!.value, unit, [v!.source.cell]))), "。"));
  }
  const end = f(e, "carry_end");
  if (end) out.push(paragraph(`${id}.carry`, "body", "年末结转结余", amount(end.value, unit, [end.source.cell]), "。"));
  const sb = f(e, "sangong_budget");
  const sa = f(e, "sangong_actual");
  if (sb || sa) {
    const items = (["sangong_abroad", "sangong_vehicle", "sangong_reception"] as FieldKey[]).map((k) => [k, f(e, k)] as const).filter(([, v]) => v);
    const label: Record<string, string> = { sangong_abroad: "因公出国(境)费", sangong_vehicle: "公务用车购置及运行费", sangong_reception: "公务接待费" };
    out.push(
      paragraph(
        `${id}.sangong`,
        "body",
        "“三公”经费",
        sb && spans("预算数", amount(sb.value, unit, [sb.source.cell])),
        sb && sa && "，",
        sa && spans("实际支出", amount(sa.value, unit, [sa.source.cell])),
        items.length > 0 && spans("（", items.flatMap(([k, v], i) => spans(i ? "，" : "", label[k], amount(v!.value, unit, [v!.source.cell]))), "）"),
        "。",
      ),
    );
  }
  const quota = f(e, "staff_quota");
  const staff = f(e, "staff_actual");
  if (quota || staff) {
    out.push(paragraph(`${id}.staff`, "body", quota && spans("编制人数", [plain(quota.value.toString(), [quota.source.cell])], "名"), quota && staff && "，", staff && spans("实有在职人数", [plain(staff.value.toString(), [staff.source.cell])], "名"), "。"));
  }
  out.push(...formulaParagraphs(e, id, rest));
  return out;
}

/** Problems and measures: one per family that lost points, plus one for error-level checks. */
export function problemsAndMeasures(e: Evaluation): { problems: Span[][]; measures: string[] } {
  const byFamily = new Map<Family, EvaluatedNode[]>();
  for (const d of e.deductions) {
    const fam = familyOf(d.path);
    byFamily.set(fam, [...(byFamily.get(fam) ?? []), d]);
  }
  // In the order the 评分表 lists them.
  const ordered = [...byFamily.keys()];
  const problems: Span[][] = [];
  const measures: string[] = [];
  for (const fam of ordered) {
    const items = byFamily.get(fam)!.flatMap(reasonItems);
    problems.push(spans(fam.problem, items.length ? "：" : "", items.flatMap((it, i) => spans(i ? "；" : "", it))));
    measures.push(fam.measure);
  }
  const errors = e.checks.filter((c) => c.severity === "error");
  if (errors.length) {
    problems.push(spans(DATA_FAMILY.problem, "：", errors.flatMap((c, i) => spans(i ? "；" : "", { text: c.message.replace(/。$/, ""), cells: [...c.cells], kind: "number" }))));
    measures.push(DATA_FAMILY.measure);
  }
  return { problems, measures };
}

export function listParagraphs(id: string, items: readonly (readonly Span[])[], style: "（一）" | "1."): Paragraph[] {
  return items.map((item, i) => paragraph(`${id}.${i + 1}`, "body", style === "（一）" ? `（${CN[i]}）` : `${i + 1}.`, item, "。"));
}


/** 填报日期 from the workbook in the reports' style, or a placeholder (the engine has no clock). */
export function reportDateParagraph(e: Evaluation, id: string, label: string): Paragraph {
  const d = e.input.reportDate;
  const shown = d ? formatChineseDate(d.value) : undefined;
  if (!d || !shown) return placeholder(id, label);
  return paragraph(id, "meta", `${label}：`, { text: shown, cells: [d.cell], kind: "number" });
}
