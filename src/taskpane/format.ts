/** Display of numbers the engine has already rounded (scores to 2 decimals, rates in percent). */

/** 29.83 → "29.83", 20 → "20", null → "—". */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
}

/** A percentage (99.07 means 99.07%) with 2 decimals: "99.07%". */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return `${value.toFixed(2)}%`;
}
