/** The rate registry: every rate of domain.md §2, in the order the reports discuss them. */
import { arrivalRate } from "./arrival-rate";
import { assetUtilizationRate } from "./asset-utilization-rate";
import { budgetCompletionRate } from "./budget-completion-rate";
import { budgetGrowthRate } from "./budget-growth-rate";
import { carryoverRate } from "./carryover-rate";
import { executionRate } from "./execution-rate";
import { fundUseRate } from "./fund-use-rate";
import { keyTaskCompletion } from "./key-task-completion";
import { procurementRate } from "./procurement-rate";
import { projectArrivalRate } from "./project-arrival-rate";
import { revenueVarianceRate } from "./revenue-variance-rate";
import { sangongControlRate } from "./sangong-control-rate";
import { scoreRate } from "./score-rate";
import { spendGrowthRate } from "./spend-growth-rate";
import { staffControlRate } from "./staff-control-rate";
import { stockChangeRate } from "./stock-change-rate";
import type { RateId, RateSpec } from "./rate";
import { buildLabelIndex, lookupLabel } from "../values/labels";

export type { RateId, RateSpec } from "./rate";
export { computeRate } from "./rate";

export const ALL_RATES: readonly RateSpec[] = [
  executionRate,
  budgetCompletionRate,
  carryoverRate,
  stockChangeRate,
  revenueVarianceRate,
  procurementRate,
  assetUtilizationRate,
  sangongControlRate,
  arrivalRate,
  fundUseRate,
  budgetGrowthRate,
  spendGrowthRate,
  projectArrivalRate,
  staffControlRate,
  keyTaskCompletion,
  scoreRate,
];

/** Rates computed from the 基础数据表 (得分率 belongs to tree nodes instead). */
export const DATA_RATES: readonly RateSpec[] = ALL_RATES.filter((r) => r.id !== "score_rate");

export const RATE_BY_ID: ReadonlyMap<RateId, RateSpec> = new Map(ALL_RATES.map((r) => [r.id, r]));

const byLabel = buildLabelIndex(ALL_RATES.map((r) => [[r.name, ...r.aliases, r.id], r] as const));

/** A rate named in a label or a rule: by 中文名, alias or id. */
export function findRateByName(text: string): RateSpec | undefined {
  return lookupLabel(byLabel, text);
}

export function rateSpec(id: RateId): RateSpec {
  const spec = RATE_BY_ID.get(id);
  if (!spec) throw new Error(`unknown rate ${id}`);
  return spec;
}
