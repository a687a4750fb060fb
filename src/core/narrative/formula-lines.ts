/**
 * Formula lines as the reports print them, every number traced to its cell, amounts in the
 * report's unit and brackets full-width as in Chinese text:
 * 支出完成率=实际支出/（本年财政下达预算数+上年结转）×100%=11,193.18/（11,108.22+189.92）×100%=99.07%
 * A rate outside its plausible range is followed by 【请核实：…】, never printed as plain fact.
 */
import { outOfRange } from "../checks/rate-range";
import { reportedMismatches } from "../checks/reported-rate";
import { Decimal, dec, formatScore, toGrouped } from "../decimal";
import type { Evaluation, EvaluatedNode, RateResult } from "../evaluation";
import { FIELD_BY_KEY, type FieldKey } from "../fields";
import { formatPercent } from "../format";
import type { RateId } from "../rates";
import { percentWords, toFormula } from "../rates/expression";
import { rateValuesOf } from "../rate-values";
import { fromYuan, type MoneyUnit } from "../values/units";
import { percent, plain } from "./numbers";
import { paragraph, verify, type Paragraph, type Span } from "./text";

const MARK = "\u0001";

/** Half-width brackets of the formula words become full-width, as the reports write them. */
function fullWidth(text: string): string {
  return text.replace(/\(/g, "（").replace(/\)/g, "）").replace(/\*/g, "×");
}

/**
 * What to check about a rate, after its value: a value the 基础数据表 states otherwise (for it or
 * for a rate computed the same way: "基础数据表填报为25.42%"), a value outside its range.
 */
export function rateVerify(e: Evaluation, r: RateResult, cells: readonly string[]): Span | undefined {
  const ids = new Set([r.spec.id, ...twinsOf(e, r).map((t) => t.spec.id)]);
  const reported = reportedMismatches(e).filter((m) => ids.has(m.rate));
  const what = reported.map((m) => `${m.cell.slice(0, m.cell.lastIndexOf("!")).replace(/^'(.*)'$/, "$1")}填报为${m.written}`);
  const range = outOfRange(r);
  if (range) {
    const limit = formatPercent(dec(range.limit), 0);
    const hint = range.side === "above" && r.spec.rangeHint ? `，${r.spec.rangeHint}` : "";
    what.push(`${range.side === "above" ? "超过" : "低于"}${limit}${hint}`);
  }
  return what.length ? verify(what.join("；"), [...cells, ...reported.map((m) => m.cell)]) : undefined;
}

/** Other rates computed from the same inputs to the same value (支出完成率 without 下达数 is 预算完成率). */
export function twinsOf(e: Evaluation, r: RateResult): RateResult[] {
  if (!r.value) return [];
  return e.rates.filter((o) => o !== r && o.value && o.words === r.words && o.value.equals(r.value!));
}

/**
 * Of a rate and its twins, the one the report writes: the one the 评分表 names (the framework's
 * name for it: 支出完成率 in gd-2020, 部门预算资金支出率 in gd-2023), else the first in the registry.
 */
export function primaryRate(e: Evaluation, r: RateResult): RateResult {
  const group = [r, ...twinsOf(e, r)];
  return group.find((x) => namedInTable(e, x) !== undefined) ?? e.rates.find((x) => group.includes(x)) ?? r;
}

/** "（即预算完成率）": the other names of the figure, said once where it is first written. */
export function alsoCalled(e: Evaluation, r: RateResult, name = nameInTable(e, r)): string {
  const others = [...new Set([r, ...twinsOf(e, r)].map((x) => x.spec.name))].filter((n) => n !== name);
  return others.length ? `（即${others.join("、")}）` : "";
}

export function formulaLine(e: Evaluation, r: RateResult, name: string, unit: MoneyUnit): Span[] | undefined {
  if (!r.value) return undefined;
  const input = e.input;
  const shown = (key: string, v: Decimal, cell: string): Span => {
    const kind = FIELD_BY_KEY.get(key as FieldKey)?.kind;
    if (kind === "amount") return plain(toGrouped(fromYuan(v, unit), 2), [cell]);
    if (kind === "percent" || kind === "percent-list") return plain(formatPercent(v), [cell]);
    return plain(formatScore(v), [cell]);
  };
  const tokens: Span[] = [];
  const token = (s: Span) => {
    tokens.push(s);
    return `${MARK}${tokens.length - 1}${MARK}`;
  };
  let text: string;
  if (r.spec.expr.op === "mean") {
    const items = input.lists.get(r.spec.expr.key as FieldKey)?.items ?? [];
    const count = token(plain(String(items.length), items.map((i) => i.source.cell)));
    text = `(${items.map((i) => token(shown(i.key, i.value, i.source.cell))).join("+")})/${count}`;
  } else {
    text = toFormula(r.spec.expr, rateValuesOf(input), (key) => {
      const f = input.fields.get(key as FieldKey)!;
      return token(shown(key, f.value, f.source.cell));
    });
  }
  const cells = [...new Set(tokens.flatMap((t) => t.cells ?? []))];
  // A mean of percentages reads as the 2020 report writes it: 重点工作完成率=（94%+99%）/2=96.50%.
  const isMean = r.spec.expr.op === "mean";
  const parts: Span[] = [{ text: isMean ? `${name}=` : `${name}=${fullWidth(percentWords(r.words))}=` }];
  for (const piece of (isMean ? text : percentWords(text)).split(MARK)) {
    if (/^\d+$/.test(piece)) parts.push(tokens[Number(piece)]);
    else if (piece) parts.push({ text: fullWidth(piece) });
  }
  const flagged = rateVerify(e, r, cells);
  return [...parts, { text: "=" }, ...percent(r.value, cells), ...(flagged ? [flagged] : [])];
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

/** The rates the report writes: each figure once, under its primary name (twins left out). */
export function writtenRates(e: Evaluation): RateResult[] {
  return e.rates.filter((r) => r.value && primaryRate(e, r) === r);
}

/** The rates whose formula lines go under `node`; each rate is written once in the report. */
export function ratesFor(e: Evaluation, node: EvaluatedNode, taken: Set<RateId>): RateResult[] {
  return e.rates.filter((r) => {
    if (!r.value || taken.has(r.spec.id)) return false;
    if (primaryRate(e, r) !== r) {
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

/** The name the table itself uses for a rate (部门预算资金支出率 for 预算完成率), if it names it. */
function namedInTable(e: Evaluation, r: RateResult): string | undefined {
  const names = [r.spec.name, ...r.spec.aliases];
  const walk = (nodes: readonly EvaluatedNode[]): string | undefined => {
    for (const n of nodes) {
      if (names.includes(n.name)) return n.name;
      const inner = walk(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(e.tree);
}

/** The name the report gives a rate: the table's own (部门预算资金支出率 for 预算完成率), else ours. */
export function nameInTable(e: Evaluation, r: RateResult): string {
  return namedInTable(e, r) ?? r.spec.name;
}

/**
 * One paragraph per rate. `written` is the text already printed nearby: a rate whose calculation
 * the department wrote into its 扣分原因 ("重点工作完成率=（94%+99%）/2=96.5%…") is not repeated.
 */
export function formulaParagraphs(e: Evaluation, idPrefix: string, rates: readonly RateResult[], unit: MoneyUnit, written = ""): Paragraph[] {
  const plainWritten = written.replace(/\s/g, "");
  return rates
    .filter((r) => ![r.spec.name, nameInTable(e, r), ...r.spec.aliases].some((n) => plainWritten.includes(`${n}=`) || plainWritten.includes(`${n}得分=`)))
    .map((r) => paragraph(`${idPrefix}.rate.${r.spec.id}`, "body", formulaLine(e, r, nameInTable(e, r), unit)!, "。"));
}
