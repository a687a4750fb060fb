/**
 * 评分规则: a rule an accountant can read and edit in one cell. See docs/rules.md.
 *
 *   下限 支出完成率 95% 60%     full marks at ≥95%, none at ≤60%, linear in between
 *   上限 结转结余率 5% 15%      full marks at ≤5%, none at ≥15%, linear in between
 *   按比例 重点工作完成率        weight × min(rate, 100%)
 *   扣分                         weight − points named in 扣分原因, not below 0
 *   手工                         the entered score (nothing to suggest)
 *   目标 (正向 | 反向 | 等于 | 定性)  from the row's 年度指标值 and 实际完成值 (project-table.md);
 *                                the direction from the target text unless the rule names it
 *
 * English keywords (threshold, ceiling, proportional, deduction, manual), rate ids and the
 * colon form "threshold:budget_completion_rate" are accepted too. Thresholds may be omitted:
 * the rate's default applies.
 */
import { Decimal, dec } from "../decimal";
import type { FieldKey } from "../fields";
import { findRateByName, type RateId } from "../rates";
import { labelKey } from "../values/text";
import { DIRECTION_NAMES, type Direction } from "../targets/direction";

export type RuleKind = "threshold" | "ceiling" | "proportional" | "deduction" | "manual" | "target";

/** What a rule scores: a rate, or a percent field of the 基础数据表 (满意度 …). */
export type Measure =
  | { readonly kind: "rate"; readonly rate: RateId; readonly name: string }
  | { readonly kind: "field"; readonly key: FieldKey; readonly name: string };

export type Rule =
  | { readonly kind: "threshold" | "ceiling"; readonly measure: Measure; readonly full: Decimal; readonly zero: Decimal }
  | { readonly kind: "proportional"; readonly measure: Measure }
  | { readonly kind: "deduction" }
  | { readonly kind: "manual" }
  | { readonly kind: "target"; readonly direction?: Direction };

export type ParsedRule = { ok: true; rule: Rule } | { ok: false; message: string };

const KEYWORDS: Record<string, RuleKind> = {
  下限: "threshold",
  达标: "threshold",
  不低于: "threshold",
  threshold: "threshold",
  上限: "ceiling",
  不高于: "ceiling",
  控制: "ceiling",
  ceiling: "ceiling",
  按比例: "proportional",
  比例: "proportional",
  proportional: "proportional",
  扣分: "deduction",
  扣分制: "deduction",
  deduction: "deduction",
  手工: "manual",
  手动: "manual",
  人工: "manual",
  manual: "manual",
  目标: "target",
  按目标: "target",
  目标值: "target",
  按指标值: "target",
  target: "target",
  正向: "target",
  反向: "target",
  等于: "target",
  定性: "target",
};

const DIRECTION_WORDS: Record<string, Direction> = {
  正向: "positive",
  positive: "positive",
  反向: "negative",
  negative: "negative",
  等于: "equal",
  equal: "equal",
  定性: "qualitative",
  qualitative: "qualitative",
};

const FIELD_MEASURES: readonly { key: FieldKey; names: string[] }[] = [
  { key: "satisfaction", names: ["满意度", "公众或服务对象满意度", "satisfaction"] },
  { key: "output_rate", names: ["产出指标完成率", "output_rate"] },
  { key: "outcome_rate", names: ["效益指标完成率", "outcome_rate"] },
];

/** Default thresholds per rate (domain.md §4); every one can be overridden in the rule text. */
const DEFAULT_LIMITS: Partial<Record<string, { full: string; zero: string }>> = {
  "threshold:execution_rate": { full: "0.95", zero: "0.60" },
  "threshold:budget_completion_rate": { full: "0.95", zero: "0.60" },
  "ceiling:carryover_rate": { full: "0.05", zero: "0.15" },
  "ceiling:stock_change_rate": { full: "0", zero: "0.30" },
  "ceiling:sangong_control_rate": { full: "1", zero: "1" },
};
const GENERIC_LIMITS = { threshold: { full: "0.95", zero: "0.60" }, ceiling: { full: "1", zero: "1" } };

export function findMeasure(text: string): Measure | undefined {
  const rate = findRateByName(text);
  if (rate) return { kind: "rate", rate: rate.id, name: rate.name };
  const key = labelKey(text);
  for (const f of FIELD_MEASURES) if (f.names.some((n) => labelKey(n) === key)) return { kind: "field", key: f.key, name: f.names[0] };
  return undefined;
}

/** "95%" or "95" → 0.95 (percentage points); a bare number up to 1 ("0.95") is already a fraction. */
function parsePercent(token: string): Decimal | undefined {
  const m = /^([+-]?\d+(?:\.\d+)?)(%?)$/.exec(token);
  if (!m) return undefined;
  const n = dec(m[1]);
  return m[2] || n.abs().greaterThan(1) ? n.dividedBy(100) : n;
}

export function parseRule(text: string): ParsedRule {
  const cleaned = text
    .normalize("NFKC")
    .replace(/[≥≤><=~]|满分|零分|不得分|得分|至|到/g, " ")
    .trim();
  if (!cleaned) return { ok: true, rule: { kind: "manual" } };
  // "=" means 等于 in a target rule; elsewhere the signs are decoration.
  const direct = DIRECTION_WORDS[text.normalize("NFKC").trim().toLowerCase()];
  if (direct) return { ok: true, rule: { kind: "target", direction: direct } };
  const tokens = cleaned.split(/[\s:：,，;；|/、]+/).filter(Boolean);
  const kind = KEYWORDS[tokens[0].toLowerCase()];
  if (!kind) {
    return { ok: false, message: `评分规则“${text}”无法识别：应以“下限”“上限”“按比例”“扣分”“目标”或“手工”开头` };
  }
  if (kind === "target") {
    const direction = DIRECTION_WORDS[tokens[0].toLowerCase()] ?? (tokens[1] ? DIRECTION_WORDS[tokens[1].toLowerCase()] : undefined);
    const extra = tokens.slice(DIRECTION_WORDS[tokens[0].toLowerCase()] ? 1 : 2);
    if (extra.length || (tokens[1] && !DIRECTION_WORDS[tokens[0].toLowerCase()] && !direction)) {
      return { ok: false, message: `评分规则“${text}”：目标规则只能写“目标”，或“目标 正向/反向/等于/定性”` };
    }
    return { ok: true, rule: direction ? { kind, direction } : { kind } };
  }
  if (kind === "deduction" || kind === "manual") {
    return tokens.length === 1 ? { ok: true, rule: { kind } } : { ok: false, message: `评分规则“${text}”多余的内容：${tokens.slice(1).join(" ")}` };
  }
  if (tokens.length < 2) return { ok: false, message: `评分规则“${text}”缺少比率名称，例如“${tokens[0]} 支出完成率”` };
  const measure = findMeasure(tokens[1]);
  if (!measure) return { ok: false, message: `评分规则“${text}”中的“${tokens[1]}”不是已知的比率` };
  if (kind === "proportional") {
    return tokens.length === 2 ? { ok: true, rule: { kind, measure } } : { ok: false, message: `评分规则“${text}”：按比例规则不需要阈值` };
  }
  const limits = tokens.slice(2).map(parsePercent);
  if (limits.some((l) => l === undefined) || limits.length > 2) {
    return { ok: false, message: `评分规则“${text}”的阈值应写成百分数，例如“${tokens[0]} ${tokens[1]} 95% 60%”` };
  }
  const defaults = (measure.kind === "rate" && DEFAULT_LIMITS[`${kind}:${measure.rate}`]) || GENERIC_LIMITS[kind];
  const full = limits[0] ?? dec(defaults.full);
  // With only the full-marks line given, the default zero line applies where it still makes a
  // slope (below full for 下限, above for 上限); otherwise the rule is a step at the full line.
  const defaultZero = dec(defaults.zero);
  const slopes = kind === "threshold" ? defaultZero.lessThan(full) : defaultZero.greaterThan(full);
  const zero = limits[1] ?? (limits[0] && !slopes ? full : defaultZero);
  if (kind === "threshold" ? zero.greaterThan(full) : zero.lessThan(full)) {
    const word = kind === "threshold" ? "不得高于" : "不得低于";
    return { ok: false, message: `评分规则“${text}”：零分线${word}满分线` };
  }
  return { ok: true, rule: { kind, measure, full, zero } };
}

function pct(d: Decimal): string {
  return `${d.times(100).toString()}%`;
}

/** The rule as a sentence, for 评分标准 and the summary: "支出完成率≥95%得满分，≤60%不得分，其间按比例计分". */
export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case "threshold":
      return rule.full.equals(rule.zero)
        ? `${rule.measure.name}≥${pct(rule.full)}得满分，否则不得分`
        : `${rule.measure.name}≥${pct(rule.full)}得满分，≤${pct(rule.zero)}不得分，其间按比例计分`;
    case "ceiling":
      return rule.full.equals(rule.zero)
        ? `${rule.measure.name}≤${pct(rule.full)}得满分，超过不得分`
        : `${rule.measure.name}≤${pct(rule.full)}得满分，≥${pct(rule.zero)}不得分，其间按比例计分`;
    case "proportional":
      return `按${rule.measure.name}×分值计分（最高满分）`;
    case "deduction":
      return "按扣分原因所列分数扣分，扣完为止";
    case "manual":
      return "人工评分";
    case "target":
      return rule.direction === "qualitative"
        ? "按实际完成情况在达成（80%–100%）、部分达成（60%–80%）、未达成（60%以下）区间评分"
        : `按年度指标值和实际完成值计分${rule.direction ? `（${DIRECTION_NAMES[rule.direction]}）` : ""}：达到目标得满分，未达到按比例计分`;
  }
}

/** The canonical cell text of a rule (what the template writes). */
export function ruleText(rule: Rule): string {
  switch (rule.kind) {
    case "threshold":
    case "ceiling":
      return `${rule.kind === "threshold" ? "下限" : "上限"} ${rule.measure.name} ${pct(rule.full)} ${pct(rule.zero)}`;
    case "proportional":
      return `按比例 ${rule.measure.name}`;
    case "deduction":
      return "扣分";
    case "manual":
      return "手工";
    case "target":
      return rule.direction ? DIRECTION_NAMES[rule.direction] : "目标";
  }
}
