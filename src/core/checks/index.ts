/** Every check, in the order their findings are listed. */
import { belowTarget } from "./below-target";
import { carryIdentity } from "./carry-identity";
import type { Check, CheckSpec, Scored } from "./check";
import { deductionReason } from "./deduction-reason";
import { gradeCheck } from "./grade";
import { missingInput } from "./missing-input";
import { partsSum } from "./parts-sum";
import { qualityBandCheck } from "./quality-band";
import { rateRange } from "./rate-range";
import { readingNote } from "./reading";
import { reasonPointsCheck } from "./reason-points";
import { reportedRate } from "./reported-rate";
import { ruleScore } from "./rule-score";
import { ruleText } from "./rule-text";
import { scoreRange } from "./score-range";
import { scoreSum } from "./score-sum";
import { totalCheck } from "./total";
import { weightSum } from "./weight-sum";
import type { MoneyUnit } from "../values/units";

export type { Check, CheckId, CheckSpec, Severity } from "./check";
export { SEVERITY_LABEL } from "./check";

export const ALL_CHECKS: readonly CheckSpec[] = [
  weightSum,
  scoreSum,
  scoreRange,
  deductionReason,
  reasonPointsCheck,
  ruleScore,
  ruleText,
  belowTarget,
  qualityBandCheck,
  totalCheck,
  gradeCheck,
  reportedRate,
  rateRange,
  partsSum,
  carryIdentity,
  missingInput,
  readingNote,
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The findings with their amounts in `unit` (the report's, when the user chose 元 for a
 * workbook in 万元): the checks that print amounts say them again in that unit, in the same
 * order; the others are as they were.
 */
export function checksInUnit(e: Scored & { readonly checks: readonly Check[] }, unit: MoneyUnit): readonly Check[] {
  if (unit === e.input.unit) return e.checks;
  const again = new Map<string, Check[]>();
  for (const spec of [partsSum, carryIdentity]) again.set(spec.id, spec.run(e, unit));
  return e.checks.map((c) => again.get(c.id)?.shift() ?? c);
}

/** All findings, errors first, then in check order. */
export function runChecks(e: Scored): Check[] {
  const all = ALL_CHECKS.flatMap((c) => c.run(e));
  return all.map((c, i) => ({ c, i })).sort((a, b) => ORDER[a.c.severity] - ORDER[b.c.severity] || a.i - b.i).map((x) => x.c);
}
