/**
 * While error-level checks remain, the total, the grade and the figures they touch may change
 * once the workbook is corrected. Every output (pane headline, 自评汇总, 自评报告, Word report,
 * command line) says so in these same words, with the number of errors.
 */
import type { Check } from "./checks/check";

export function errorCount(checks: readonly { readonly severity: Check["severity"] | string }[]): number {
  return checks.filter((c) => c.severity === "error").length;
}

/** "仅供核对：评价表中还有5项错误尚未改正，…", or undefined when there is none. */
export function provisionalNote(errors: number): string | undefined {
  if (errors <= 0) return undefined;
  return `仅供核对：评价表中还有${errors}项错误尚未改正，总分、等级和有关数字可能随之改变`;
}
