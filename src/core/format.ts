/** Numbers as Chinese reports write them; used by check messages, the summary and the narrative. */
import { Decimal, formatScore, toFixed, toGrouped, HUNDRED } from "./decimal";
import { fromYuan, type MoneyUnit } from "./values/units";

/** "111,931,823.11元", "40,118.72万元". */
export function formatAmount(yuan: Decimal, unit: MoneyUnit): string {
  return `${toGrouped(fromYuan(yuan, unit), 2)}${unit}`;
}

/** "99.07%", "-25.42%". */
export function formatPercent(fraction: Decimal, places = 2): string {
  return `${toFixed(fraction.times(HUNDRED), places)}%`;
}

/** "20分", "4.83分". */
export function formatPoints(score: Decimal): string {
  return `${formatScore(score)}分`;
}

export { formatScore };

/**
 * A date as the reports write it: "2024年6月11日". Accepts ISO text (as the gateways give date
 * cells), "2024/6/11", "2024.6.11" and "2024年6月11日"; anything else is undefined.
 */
export function formatChineseDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}年${mo}月${d}日`;
}
