import { HUNDRED, round, toFixed } from "../decimal";
import type { RateId } from "../rates";
import { percentWords } from "../rates/expression";
import { check, type CheckSpec, type Scored } from "./check";

/** A rate the 基础数据表 states otherwise than the formula gives: what it says, where, and ours. */
export interface ReportedMismatch {
  readonly rate: RateId;
  readonly cell: string;
  /** "25.42%" as written, at the precision it was written. */
  readonly written: string;
  /** The recomputed value at that precision ("-25.42%"). */
  readonly recomputed: string;
  /** Same magnitude, opposite sign. */
  readonly signFlipped: boolean;
}

/**
 * The reported rates that disagree with the recomputed ones at the precision they were written
 * (0.98 written bare may be the fraction of 98%: then compared at the precision it implies).
 */
export function reportedMismatches(e: Pick<Scored, "input" | "rate">): ReportedMismatch[] {
  const out: ReportedMismatch[] = [];
  for (const r of e.input.reportedRates) {
    const result = e.rate(r.rate);
    if (!result?.value) continue; // reported by missing-input
    const recomputed = round(result.value.times(HUNDRED), r.decimals);
    const written = round(r.percent, r.decimals);
    if (recomputed.equals(written)) continue;
    if (r.ambiguous && round(result.value, r.decimals).equals(written)) continue;
    const signFlipped = written.abs().equals(recomputed.abs()) && !written.isZero();
    out.push({ rate: r.rate, cell: r.cell, written: `${toFixed(written, r.decimals)}%`, recomputed: `${toFixed(recomputed, r.decimals)}%`, signFlipped });
  }
  return out;
}

/** A rate the department wrote must equal the recomputed one at the precision it was written. */
export const reportedRate: CheckSpec = {
  id: "reported-rate",
  name: "填报比率",
  description: "基础数据表中填报的比率与按公式重新计算的结果不一致",
  run: (e) =>
    reportedMismatches(e).map((m) => {
      const result = e.rate(m.rate)!;
      return check("reported-rate", "error", [m.cell],
        `${result.spec.name}填报为${m.written}，按公式${percentWords(result.words)}重新计算为${m.recomputed}${m.signFlipped ? "（正负号相反）" : ""}`);
    }),
};
