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
