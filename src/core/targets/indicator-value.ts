/**
 * 年度指标值 and 实际完成值 as departments write them: "≥95%", "≤100万元", "=12次", "100%",
 * "≥50个", "≥100百分比", "≤0", "2859篇", "-3%", or words ("按时完成", "效果明显", "达成预期指标").
 * A comparison, a number and a unit, or a quality word (project-table.md, "Weights and scoring").
 */
import { Decimal, dec } from "../decimal";
import { compact, toHalfWidth } from "../values/text";
import { unitFactor, type MoneyUnit } from "../values/units";

export type Comparison = "≥" | "≤" | "=";

export interface QuantityValue {
  readonly kind: "quantity";
  /** A percent as a fraction (95% → 0.95); money in 元 (also per unit: 万元/公里 in 元/公里); counts as written. */
  readonly value: Decimal;
  /**
   * The unit values compare in: "%", "元", "个", "次", "元/平方米", "元/公里" … (money numerators in
   * 元, ㎡ and 平米 as 平方米: unitKey); "" when none is written.
   */
  readonly unit: string;
  /** The unit as written or given by the 度量单位 column ("万元", "%", "个"; "" when none). */
  readonly writtenUnit: string;
  readonly comparison?: Comparison;
  readonly text: string;
}

export interface QualityValue {
  readonly kind: "quality";
  readonly text: string;
  readonly comparison?: Comparison;
}

export type IndicatorValue = QuantityValue | QualityValue;

const GE = /^(≥|>=|＞=|>|大于等于|不低于|不少于|不小于|至少|大于|高于|超过)/;
const LE = /^(≤|<=|＜=|<|小于等于|不高于|不超过|不多于|不大于|低于|小于|控制在|少于)/;
const EQ = /^(=|＝|等于)/;
const GE_AFTER = /(以上|及以上|或以上)$/;
const LE_AFTER = /(以内|以下|及以下|之内)$/;
const NUMBER = /([+-]?\d+(?:,\d{3})*(?:\.\d+)?)/;
const MONEY: Record<string, MoneyUnit> = { 元: "元", 千元: "千元", 万元: "万元", 亿元: "亿元" };
/**
 * A compound unit after the number: parts joined by "/" (per) or "·" (times), each a few
 * characters without digits or punctuation: "元/平方米", "万元/公里", "元/人·天", "m³/s".
 * A sentence ("3个项目已完成，共计…") is not one.
 */
const COMPOUND_UNIT = /^[^\d\s/·,，。；;：:、()（）]{1,4}(?:[/·][^\d\s/·,，。；;：:、()（）]{1,4}){1,2}$/;
/** Ways of writing the same unit part (㎡, m², 平米 are all 平方米). */
const SAME_UNIT: Record<string, string> = {
  "㎡": "平方米", "m²": "平方米", m2: "平方米", 平米: "平方米", 平方: "平方米",
  "m³": "立方米", m3: "立方米", 方: "立方米", "㎥": "立方米",
  "㎞": "公里", km: "公里", 千米: "公里",
};

/**
 * Reads one value. `unitColumn` is the 度量单位 / 计量单位 cell, `signColumn` a 计算符号 (or a
 * 指标性质 holding ≥ ≤ =). Returns undefined for an empty cell.
 */
export function parseIndicatorValue(text: string, unitColumn = "", signColumn = ""): IndicatorValue | undefined {
  let t = normalizeSigns(compact(toHalfWidth(text))).replace(/[−－﹣]/g, "-");
  if (!t || /^[-—–/]+$/.test(t)) return undefined;
  let comparison = comparisonOf(normalizeSigns(compact(toHalfWidth(signColumn))));
  const lead = GE.exec(t) ?? LE.exec(t) ?? EQ.exec(t);
  if (lead) {
    comparison = GE.test(lead[0]) ? "≥" : LE.test(lead[0]) ? "≤" : "=";
    t = t.slice(lead[0].length);
  }
  const tail = GE_AFTER.exec(t) ?? LE_AFTER.exec(t);
  if (tail) {
    comparison = comparison ?? (GE_AFTER.test(tail[0]) ? "≥" : "≤");
    t = t.slice(0, -tail[0].length);
  }
  const m = NUMBER.exec(t);
  // A number must be the value itself ("98%", "102个"), not a figure inside a sentence.
  const rest = t.slice(m?.[0].length ?? 0);
  if (!m || m.index > 0 || (rest.length > 4 && !COMPOUND_UNIT.test(rest))) return { kind: "quality", text: compact(text), comparison };
  const writtenUnit = rest || compact(toHalfWidth(unitColumn));
  const { unit, factor } = unitKey(writtenUnit);
  const value = dec(m[1].replace(/,/g, "")).times(factor);
  return { kind: "quantity", value, unit, writtenUnit, comparison, text: compact(text) };
}

/**
 * The unit a value compares in, and what its number is multiplied by to be in it: percent as a
 * fraction ("%" × 0.01), money in 元 ("万元" × 10000, "万元/公里" → "元/公里" × 10000), each
 * part of a compound unit in one spelling ("元/㎡" → "元/平方米").
 */
function unitKey(written: string): { readonly unit: string; readonly factor: Decimal } {
  if (written === "%" || written === "百分比") return { unit: "%", factor: dec(1).dividedBy(100) };
  const [head, ...per] = written.split("/");
  const parts = (x: string) => x.split("·").map((p) => SAME_UNIT[p] ?? p).join("·");
  const money = MONEY[head];
  const top = money ? "元" : parts(head);
  const unit = [top, ...per.map(parts)].join("/");
  return { unit, factor: money ? unitFactor(money) : dec(1) };
}

/**
 * The signs an input method offers besides ≥ ≤: "≧" "≦" (Japanese-style, common in Chinese
 * IMEs and in published tables), "⩾" "⩽" (slanted), full-width "＞" "＜".
 */
export function normalizeSigns(text: string): string {
  return text.replace(/[≧⩾]/g, "≥").replace(/[≦⩽]/g, "≤").replace(/＞/g, ">").replace(/＜/g, "<");
}

function comparisonOf(sign: string): Comparison | undefined {
  if (/^(≥|>=|>|正向)/.test(sign)) return "≥";
  if (/^(≤|<=|<|反向)/.test(sign)) return "≤";
  if (/^(=|＝|等于)/.test(sign)) return "=";
  return undefined;
}

/** The same quantity in comparable units: a percent against a percent, 元 against 元. */
export function comparable(a: QuantityValue, b: QuantityValue): boolean {
  return a.unit === b.unit || a.unit === "" || b.unit === "";
}
