/**
 * The one place decimal.js is configured and numbers are rounded.
 *
 * Every amount, rate and score in the engine is a Decimal. Rounding happens only when a
 * value is shown or written, always 四舍五入 (ROUND_HALF_UP): the 2020 report scores
 * (0.94+0.99)/2×5 = 4.825 as 4.83, which banker's rounding would make 4.82.
 */
import DecimalBase from "decimal.js";

// 34 significant digits (as IEEE decimal128): amounts have at most 15, so sums and products
// of them are exact and a ratio is far finer than the 2 decimals it is rounded to.
export const Decimal = DecimalBase.clone({
  precision: 34,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function dec(value: DecimalBase.Value): Decimal {
  return new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/**
 * A quotient carried to 34 digits can end …4999 where the exact value is a half: 30 × 2/96 is
 * 0.625, computed as 0.6249…9. Rounding first to 30 significant digits gives the half back (inputs
 * of at most 15 digits cannot come that close to a half without being one), so 四舍五入 rounds it up.
 */
function settled(value: Decimal): Decimal {
  return value.toSignificantDigits(30, Decimal.ROUND_HALF_UP);
}

/** Rounds half up to `places` decimals; the result is still exact. */
export function round(value: Decimal, places = 2): Decimal {
  return settled(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** A fraction (0.9907) as a percentage number rounded for output (99.07). */
export function toPercent(fraction: Decimal, places = 2): number {
  return round(fraction.times(HUNDRED), places).toNumber();
}

/** A score or amount rounded for output as a JS number. */
export function toRounded(value: Decimal, places = 2): number {
  return round(value, places).toNumber();
}

/** Fixed decimals, half up, with an ASCII minus: "99.07", "-25.42"; never "-0.00". */
export function toFixed(value: Decimal, places = 2): string {
  const fixed = settled(value).toFixed(places, Decimal.ROUND_HALF_UP);
  return /^-0(?:\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

/** "111,931,823.11": thousands separators as the reports print amounts. */
export function toGrouped(value: Decimal, places = 2): string {
  const fixed = toFixed(value, places);
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + (frac ? "." + frac : "");
}

/** A score as the reports print it: 20, 8.5, 4.83 (no trailing zeros). */
export function formatScore(value: Decimal): string {
  return round(value, 2).toString();
}

/** Scores are compared after rounding to 2 decimals, as they are written. */
export function sameScore(a: Decimal, b: Decimal): boolean {
  return round(a, 2).equals(round(b, 2));
}
