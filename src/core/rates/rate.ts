import type { Decimal } from "../decimal";
import type { ValueError } from "../errors";
import { evaluateExpr, type Expr, type RateValues } from "./expression";

/** Ids of domain.md §2. */
export type RateId =
  | "execution_rate"
  | "budget_completion_rate"
  | "carryover_rate"
  | "stock_change_rate"
  | "revenue_variance_rate"
  | "procurement_rate"
  | "asset_utilization_rate"
  | "sangong_control_rate"
  | "arrival_rate"
  | "fund_use_rate"
  | "budget_growth_rate"
  | "spend_growth_rate"
  | "project_arrival_rate"
  | "staff_control_rate"
  | "key_task_completion"
  | "score_rate";

export interface RateSpec {
  readonly id: RateId;
  /** 中文名 as the reports write it. */
  readonly name: string;
  /** Its name on a 项目支出绩效自评表, when the form calls it otherwise. */
  readonly projectName?: string;
  /** Other names a workbook or rule text may use for it. */
  readonly aliases: readonly string[];
  /** The formula in words, as printed in the reports. */
  readonly formula: string;
  readonly expr: Expr;
  /**
   * Plausible range as fractions; outside it the check `rate-range` warns. Rates whose
   * natural ceiling is 100% have max 1.
   */
  readonly plausible: { readonly min?: number; readonly max?: number };
  /** Why a value outside the range is suspicious, for the check message. */
  readonly rangeHint?: string;
}

export function defineRate(spec: RateSpec): RateSpec {
  return spec;
}

/** The one pure function of every rate: its expression on the given values. */
export function computeRate(spec: RateSpec, values: RateValues): Decimal | ValueError {
  return evaluateExpr(spec.expr, values);
}
