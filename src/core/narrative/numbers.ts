/**
 * Numbers in the reports' Chinese style, as spans that keep their source cells: amounts in the
 * workbook's unit with 2 decimals and thousands separators, percentages with 2 decimals,
 * 同比增长/同比下降 with the sign as a word, scores without trailing zeros.
 */
import { Decimal, HUNDRED, formatScore, toFixed, toGrouped } from "../decimal";
import { fromYuan, type MoneyUnit } from "../values/units";
import type { Span } from "./text";

const num = (text: string, cells: readonly (string | undefined)[]): Span => ({
  text,
  kind: "number",
  cells: cells.filter((c): c is string => !!c),
});

/** "40,118.72" (+ "万元" after it). */
export function amount(yuan: Decimal, unit: MoneyUnit, cells: readonly (string | undefined)[]): Span[] {
  return [num(toGrouped(fromYuan(yuan, unit), 2), cells), { text: unit }];
}

/** "99.07%". */
export function percent(fraction: Decimal, cells: readonly (string | undefined)[], places = 2): Span[] {
  return [num(toFixed(fraction.times(HUNDRED), places), cells), { text: "%" }];
}

/** "94分", "8.5分". */
export function points(score: Decimal, cells: readonly (string | undefined)[]): Span[] {
  return [num(formatScore(score), cells), { text: "分" }];
}

/** A bare number span ("2020"). */
export function plain(text: string, cells: readonly (string | undefined)[]): Span {
  return num(text, cells);
}

/** "同比增长81.12%" / "同比下降1.00%" / "与上年持平": the sign is a word, never "增长-1%". */
export function growth(rate: Decimal, cells: readonly (string | undefined)[]): Span[] {
  if (rate.isZero()) return [{ text: "与上年持平" }];
  return [{ text: rate.isNegative() ? "同比下降" : "同比增长" }, ...percent(rate.abs(), cells)];
}

/** "增加1,779.00万元" / "减少…". */
export function change(diffYuan: Decimal, unit: MoneyUnit, cells: readonly (string | undefined)[]): Span[] {
  return [{ text: diffYuan.isNegative() ? "减少" : "增加" }, ...amount(diffYuan.abs(), unit, cells)];
}
