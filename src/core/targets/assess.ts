/**
 * One indicator row's target against its result: the direction it counts in, whether the
 * 实际完成值 reaches the 年度指标值, the qualitative band its words name, and the score the
 * values give. The one place a target-based score is computed (rules and functions call it).
 */
import type { Decimal } from "../decimal";
import { directionOf, type Direction } from "./direction";
import { parseIndicatorValue, type IndicatorValue } from "./indicator-value";
import { qualityBand, type QualityBand } from "./quality-band";
import { reachesTarget, targetScore } from "./target-score";

/** An indicator row's own values, as written. */
export interface TargetRow {
  readonly target?: string;
  readonly actual?: string;
  /** 指标性质 (正向/反向/定性, or a sign on some forms), 度量单位 and 计算符号. */
  readonly nature?: string;
  readonly unit?: string;
  readonly sign?: string;
  /** The indicator's name: some names say which way it counts ("…控制率"). */
  readonly name?: string;
}

export interface TargetAssessment {
  readonly direction: Direction;
  readonly target: IndicatorValue;
  readonly actual: IndicatorValue;
  /** Quantitative rows whose values compare: whether the target is reached. */
  readonly reached?: boolean;
  /** Qualitative rows: the band the 实际完成值 names. */
  readonly band?: QualityBand;
  /** Quantitative rows: 分值 × the share the values give. */
  readonly suggested?: Decimal;
}

export function assessTarget(row: TargetRow, weight: Decimal | undefined, direction?: Direction): TargetAssessment | undefined {
  if (!row.target || !row.actual) return undefined;
  // A sign in the 指标性质 column ("=" on the Sichuan form) is a comparison, not a nature.
  const signColumn = row.sign || (/^[≥≤=<>＝]/.test(row.nature ?? "") ? row.nature : "");
  const target = parseIndicatorValue(row.target, row.unit, signColumn);
  const actual = parseIndicatorValue(row.actual, row.unit);
  if (!target || !actual) return undefined;
  const d = direction ?? directionOf(target, row.nature, row.name);
  if (d === "qualitative" || actual.kind === "quality") {
    return { direction: d, target, actual, band: qualityBand(actual.text) };
  }
  return {
    direction: d,
    target,
    actual,
    reached: reachesTarget(d, target, actual),
    suggested: weight ? targetScore(d, target, actual, weight) : undefined,
  };
}
