/** （四）部门整体支出情况 / 部门整体收支情况: only what the 基础数据表 says, amounts in the report's unit. */
import type { Evaluation, RateResult } from "../evaluation";
import { sangongGap, sourcesGap } from "../checks/parts-sum";
import { fieldLabel, type FieldKey } from "../fields";
import { formatAmount } from "../format";
import type { MoneyUnit } from "../values/units";
import { yearOfReport, yearSpan } from "./common";
import { alsoCalled, formulaParagraphs, nameInTable, primaryRate, rateVerify } from "./formula-lines";
import { amount, change, growth, percent, plain } from "./numbers";
import { paragraph, placeholder, spans, verify, type Paragraph, type Span } from "./text";

const f = (e: Evaluation, key: FieldKey) => e.input.fields.get(key);

/** 按资金来源, in the order of the 基础数据表 (standard-workbook.md). */
const SOURCES: readonly FieldKey[] = ["src_general", "src_fund", "src_soe", "src_special", "src_unit", "src_other"];

export function spendingParagraphs(e: Evaluation, id: string, rest: readonly RateResult[], unit: MoneyUnit): Paragraph[] {
  const out: Paragraph[] = [];
  // "2023年年初预算", "2023年度全年预算"; without a year, just "年初预算" (never "【请填写：年度】度…").
  const yearly = e.input.year ? yearSpan(e) : [];
  const yearlong = e.input.year ? yearOfReport(e) : [];
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
    if (adjusted) parts.push(...spans(yearlong, "全年预算", amount(adjusted.value, unit, [adjusted.source.cell])));
    if (alloc) {
      const label = parts.length ? spans("，本年财政下达预算数") : e.input.year ? spans(yearly, "财政下达预算数") : spans("本年财政下达预算数");
      parts.push(...label, ...amount(alloc.value, unit, [alloc.source.cell]));
    }
    if (carry) parts.push(...spans("，上年结转", amount(carry.value, unit, [carry.source.cell])));
    if (spend) parts.push(...spans(parts.length ? "，" : "", "实际支出", amount(spend.value, unit, [spend.source.cell])));
    const priorSpend = f(e, "prior_spend_actual");
    const sg = e.rate("spend_growth_rate");
    if (spend && priorSpend && sg?.value) {
      const cells = [spend.source.cell, priorSpend.source.cell];
      parts.push(...spans("，比上年", change(spend.value.minus(priorSpend.value), unit, cells), "，", growth(sg.value, cells)));
    }
    const done = e.rate("budget_completion_rate");
    if (done?.value && adjusted && spend) {
      // One figure, one name: the table's (支出完成率, 部门预算资金支出率), the others said once.
      const shown = primaryRate(e, done);
      const name = nameInTable(e, shown);
      const cells = [spend.source.cell, adjusted.source.cell];
      parts.push(...spans(`，${name}`, percent(shown.value!, cells), alsoCalled(e, shown, name), rateVerify(e, shown, cells)));
    }
    out.push(paragraph(`${id}.spending`, "body", parts, "。"));
  }
  const basic = f(e, "spend_basic");
  const project = f(e, "spend_project");
  if (basic || project) {
    out.push(paragraph(`${id}.nature`, "body", "按支出性质分，", basic && spans("基本支出", amount(basic.value, unit, [basic.source.cell])), basic && project && "，", project && spans("项目支出", amount(project.value, unit, [project.source.cell])), "。"));
  }
  const sources = SOURCES.map((k) => [k, f(e, k)] as const).filter(([, v]) => v);
  if (sources.length) {
    // Sources that do not add up to the budget are not stated as fact (the parts-sum error).
    const gap = sourcesGap(e.input);
    const whole = gap && f(e, gap.whole);
    const flagged = gap && whole && verify(`各项合计${formatAmount(gap.total, unit)}，与${fieldLabel(gap.whole)}${formatAmount(whole.value, unit)}相差${formatAmount(gap.difference, unit)}`, gap.cells);
    out.push(paragraph(`${id}.sources`, "body", "按资金来源分，", sources.flatMap(([k, v], i) => spans(i ? "，" : "", fieldLabel(k), amount(v!.value, unit, [v!.source.cell]))), flagged, "。"));
  }
  const end = f(e, "carry_end");
  // 下达 + 上年结转 − 实际支出 that does not give it (carry-identity): the figure is to verify, not a fact.
  const carryDoubt = e.checks.find((c) => c.id === "carry-identity");
  if (end) out.push(paragraph(`${id}.carry`, "body", "年末结转结余", amount(end.value, unit, [end.source.cell]), carryDoubt && verify("与本年财政下达预算数+上年结转-实际支出不符", [...carryDoubt.cells]), "。"));
  const sb = f(e, "sangong_budget");
  const sa = f(e, "sangong_actual");
  if (sb || sa) {
    const items = (["sangong_abroad", "sangong_vehicle", "sangong_reception"] as FieldKey[]).map((k) => [k, f(e, k)] as const).filter(([, v]) => v);
    const label: Record<string, string> = { sangong_abroad: "因公出国（境）费", sangong_vehicle: "公务用车购置及运行费", sangong_reception: "公务接待费" };
    out.push(
      paragraph(
        `${id}.sangong`,
        "body",
        "“三公”经费",
        sb && spans("预算数", amount(sb.value, unit, [sb.source.cell])),
        sb && sa && "，",
        sa && spans("实际支出", amount(sa.value, unit, [sa.source.cell])),
        items.length > 0 && spans("（", items.flatMap(([k, v], i) => spans(i ? "，" : "", label[k], amount(v!.value, unit, [v!.source.cell]))), "）"),
        sangongVerify(e, unit),
        "。",
      ),
    );
  }
  const quota = f(e, "staff_quota");
  const staff = f(e, "staff_actual");
  if (quota || staff) {
    out.push(paragraph(`${id}.staff`, "body", quota && spans("编制人数", [plain(quota.value.toString(), [quota.source.cell])], "名"), quota && staff && "，", staff && spans("实有在职人数", [plain(staff.value.toString(), [staff.source.cell])], "名"), "。"));
  }
  out.push(...formulaParagraphs(e, id, rest, unit));
  // A workbook without a 基础数据表 (a custom layout): the section is the department's to write, never left empty.
  if (!out.length) out.push(placeholder(id, "部门整体支出情况（年初预算、全年预算、实际支出、结转结余等）"));
  return out;
}

/**
 * 【请核实】 after the “三公” sentence when its parts do not add up (the parts-sum check's gap, not
 * a second sum): a part left blank is named first, as it is most often the cause.
 */
function sangongVerify(e: Evaluation, unit: MoneyUnit): Span | undefined {
  const gap = sangongGap(e.input);
  const whole = gap && e.input.fields.get(gap.whole);
  if (!gap || !whole) return undefined;
  const blank = gap.blank.length ? `${gap.blank.map(([k]) => `${fieldLabel(k)}未填写`).join("、")}；` : "";
  return verify(`${blank}各项合计${formatAmount(gap.total, unit)}，与${fieldLabel(gap.whole)}${formatAmount(whole.value, unit)}相差${formatAmount(gap.difference, unit)}`, [...gap.cells]);
}
