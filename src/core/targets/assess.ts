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
  /**
   * Qualitative rows: the band the 实际完成值 names. A quantitative row whose 实际完成值 is words
   * has a band only when they negate the achievement ("未按时完成", "未完成": 未达成); other
   * words ("九成", "按时完成") have none: a number was asked for (missing-input says so).
   */
  readonly band?: QualityBand;
  /** A quantitative row (the 年度指标值 is a number) whose 实际完成值 is words, not a number. */
  readonly actualInWords?: boolean;
  /** Quantitative rows: 分值 × the share the values give. */
  readonly suggested?: Decimal;
}

export function assessTarget(row: TargetRow, weight: Decimal | undefined, direction?: Direction): TargetAssessment | undefined {
  if (!row.target || !row.actual) return undefined;
  // A sign in the 指标性质 column ("=" on the Sichuan form) is a comparison, not a nature.
  const signColumn = row.sign || (/^[≥≤≧≦⩾⩽=<>＝＞＜]/.test(row.nature ?? "") ? row.nature : "");
  const target = parseIndicatorValue(row.target, row.unit, signColumn);
  if (!target) return undefined;
  const actual = readActual(row, target);
  if (!actual) return undefined;
  const d = direction ?? directionOf(target, row.nature, row.name);
  if (d === "qualitative") return { direction: d, target, actual, band: qualityBand(actual.text) };
  if (actual.kind === "quality") {
    const band = qualityBand(actual.text);
    return { direction: d, target, actual, band: band === "not-achieved" ? band : undefined, actualInWords: true };
  }
  return {
    direction: d,
    target,
    actual,
    reached: reachesTarget(d, target, actual),
    suggested: weight ? targetScore(d, target, actual, weight) : undefined,
  };
}

/**
 * A 实际完成值 without a unit of its own ("98", "85") is in the 度量单位 column's unit, or the
 * target's, as the person filling the row meant it: "98" under "≥95%" is 98%, "85" under
 * "≥90万元" is 85万元. (A percent-formatted cell reads as "98%" already: the reader gives what the
 * cell shows.)
 */
function readActual(row: TargetRow, target: IndicatorValue): IndicatorValue | undefined {
  const unit = row.unit || (target.kind === "quantity" ? target.writtenUnit : "");
  return parseIndicatorValue(row.actual!, unit);
}
