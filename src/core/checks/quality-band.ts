import { walk } from "../evaluation";
import { formatPoints } from "../format";
import { BAND_NAMES, BAND_SHARE, scoreInBand } from "../targets/quality-band";
import { check, type Check, type CheckSpec } from "./check";

/**
 * A qualitative indicator's score outside the band its 实际完成值 names (财预〔2020〕10号 annex:
 * 达成 80%–100% of the 分值, 部分达成 60%–80%, 未达成 below 60%). A quantitative row whose
 * 实际完成值 is a negated achievement in words ("未按时完成" against "≥90%") counts as 未达成: said
 * as a warning when its score is outside that band, as a note otherwise (the actual is words).
 */
export const qualityBandCheck: CheckSpec = {
  id: "quality-band",
  name: "定性指标评分区间",
  description: "定性指标的得分不在其完成情况对应的区间内（达成80%–100%，部分达成60%–80%，未达成60%以下）；定量指标的实际完成值写成“未完成”等文字时按未达成计",
  run: (e) => {
    const out: Check[] = [];
    for (const n of walk(e.tree)) {
      const band = n.target?.band;
      if (!n.isLeaf || !band) continue;
      const text = n.target!.actual.text.trim();
      // The note a quantitative row's words need: they are read, not compared.
      const words = n.target!.actualInWords ? `（年度指标值${n.target!.target.text}为数值，实际完成值是文字而非数字，按未达成计）` : "";
      const inBand = !n.entered || !n.weight || scoreInBand(n.entered.value, n.weight, band);
      if (inBand) {
        // Cells: the 实际完成值 first, so the report does not take the note for a contradicted score.
        if (words) out.push(check("quality-band", "info", [n.input.actual?.cell, n.input.target?.cell], `“${n.name}”实际完成值为“${text}”${words}`));
        continue;
      }
      const [low, high] = BAND_SHARE[band].map((share) => formatPoints(n.weight!.times(share)));
      const should = band === "not-achieved" ? `应低于${high}` : band === "achieved" ? `应在${low.replace("分", "")}～${high}之间` : `应在${low.replace("分", "")}～${high}之间（不含${high}）`;
      const named = words || (text === BAND_NAMES[band] ? "" : `（${BAND_NAMES[band]}）`);
      out.push(
        check("quality-band", "warning", [n.entered!.cell, n.input.actual?.cell],
          `“${n.name}”实际完成情况为“${text}”${named}，得分${should}，填报为${formatPoints(n.entered!.value)}`),
      );
    }
    return out;
  },
};
