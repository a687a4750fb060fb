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
  /** A percent as a fraction (95% → 0.95); money in 元; counts as written. */
  readonly value: Decimal;
  /** "%", "元", "个", "次" … ("" when none is written). */
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
  if (!m || m.index > 0 || t.length - m[0].length > 4) return { kind: "quality", text: compact(text), comparison };
  let unit = t.slice(m[0].length) || compact(toHalfWidth(unitColumn));
  const writtenUnit = unit;
  let value = dec(m[1].replace(/,/g, ""));
  if (unit === "%" || unit === "百分比" || unit === "％") {
    unit = "%";
    value = value.dividedBy(100);
  } else if (MONEY[unit]) {
    value = value.times(unitFactor(MONEY[unit]));
    unit = "元";
  }
  return { kind: "quantity", value, unit, writtenUnit, comparison, text: compact(text) };
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
