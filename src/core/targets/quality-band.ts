/**
 * 定性 indicators: the annex of 财预〔2020〕10号 gives three bands of the 分值 — achieved
 * 100%–80%, partly achieved 80%–60%, not achieved below 60% — and the department picks the score
 * inside the band its 实际完成值 names. The words are those departments write.
 */
import { Decimal, dec } from "../decimal";
import { compact } from "../values/text";

export type QualityBand = "achieved" | "partly" | "not-achieved";

export const BAND_NAMES: Record<QualityBand, string> = { achieved: "达成", partly: "部分达成", "not-achieved": "未达成" };

/** The band's share of the 分值: [lowest, highest], the highest included, the lowest included except for 未达成. */
export const BAND_SHARE: Record<QualityBand, readonly [Decimal, Decimal]> = {
  achieved: [dec("0.8"), dec("1")],
  partly: [dec("0.6"), dec("0.8")],
  "not-achieved": [dec("0"), dec("0.6")],
};

const NOT_ACHIEVED = /^(未达成|未达到|未完成|没有完成|差|较差|否|不合格|不满意|低|无效|未实现|滞后|不及时|延期完成|效果不明显|不明显)/;
const PARTLY = /^(部分达成|部分达到|部分完成|基本达成|基本达到|基本完成|一般|较低|中|中等|基本满意|基本实现|基本合格|基本按时|部分实现|效果一般)/;
const ACHIEVED = /^(达成|达到|完成|已完成|全部完成|按时完成|如期完成|按期完成|好|较好|良好|优|优秀|是|合格|满意|较满意|高|较高|明显|效果明显|显著|效果显著|有效|实现|已实现|及时|达成预期|达成预期指标|达到预期|达到预期目标|符合|符合要求|符合规定|规范|持续|长期)/;

const NEGATION = /^(尚未|未能|未|没有|没能|没|不能|不|无法)/;

/** The band a 实际完成值 text names, or undefined when its words say nothing of the kind. */
export function qualityBand(text: string): QualityBand | undefined {
  const t = compact(text);
  if (NOT_ACHIEVED.test(t)) return "not-achieved";
  // "未按时完成", "没有达到预期", "无法完成": a negated achievement is none.
  const negated = NEGATION.exec(t);
  if (negated && (ACHIEVED.test(t.slice(negated[0].length)) || PARTLY.test(t.slice(negated[0].length)))) return "not-achieved";
  if (PARTLY.test(t)) return "partly";
  if (ACHIEVED.test(t)) return "achieved";
  return undefined;
}

/** Whether a score lies in the band: achieved [80%,100%], partly [60%,80%), not achieved [0,60%). */
export function scoreInBand(score: Decimal, weight: Decimal, band: QualityBand): boolean {
  if (weight.isZero()) return score.isZero();
  const share = score.dividedBy(weight);
  const [low, high] = BAND_SHARE[band];
  if (band === "achieved") return share.greaterThanOrEqualTo(low) && share.lessThanOrEqualTo(high);
  return share.greaterThanOrEqualTo(low) && share.lessThan(high);
}
