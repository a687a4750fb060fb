/** A consistency check's finding: stable id, severity, the cells it is about, a Chinese message. */
import type { Evaluation } from "../evaluation";
import type { MoneyUnit } from "../values/units";

export type CheckId =
  | "weight-sum"
  | "score-sum"
  | "score-range"
  | "deduction-reason"
  | "reason-points"
  | "rule-score"
  | "rule-text"
  | "total"
  | "grade"
  | "reported-rate"
  | "rate-range"
  | "parts-sum"
  | "carry-identity"
  | "missing-input"
  | "below-target"
  | "quality-band"
  | "reading";

export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export interface Check {
  readonly id: CheckId;
  readonly severity: Severity;
  /** "评分表!H5" style references; the first is where to look first. */
  readonly cells: readonly string[];
  readonly message: string;
}

/** What a check sees: the whole evaluation except the other checks. */
export type Scored = Omit<Evaluation, "checks">;

export interface CheckSpec {
  readonly id: CheckId;
  /** 中文名 for the 数据检查 table and the docs. */
  readonly name: string;
  /** When it fires, in words. */
  readonly description: string;
  /** `unit`: the unit amounts in the messages are written in (default: the workbook's). */
  readonly run: (e: Scored, unit?: MoneyUnit) => Check[];
}

export function check(id: CheckId, severity: Severity, cells: (string | undefined)[], message: string): Check {
  return { id, severity, cells: cells.filter((c): c is string => !!c), message };
}
