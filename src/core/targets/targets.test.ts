import fc from "fast-check";
import { dec } from "../decimal";
import { directionOf } from "./direction";
import { parseIndicatorValue, type QuantityValue } from "./indicator-value";
import { qualityBand, scoreInBand } from "./quality-band";
import { reachesTarget, targetScore } from "./target-score";
import { assessTarget } from "./assess";
import { UNITS } from "../../../test/helpers/project-tables";

const q = (text: string, unit = "", sign = "") => parseIndicatorValue(text, unit, sign) as QuantityValue;

describe("reading 年度指标值 and 实际完成值", () => {
  test.each([
    ["≥95%", "≥", "0.95", "%"],
    ["≤100万元", "≤", "1000000", "元"],
    ["=12次", "=", "12", "次"],
    ["100%", undefined, "1", "%"],
    ["102个", undefined, "102", "个"],
    ["≥100百分比", "≥", "1", "%"],
    ["≤0", "≤", "0", ""],
    ["-3%", undefined, "-0.03", "%"],
    ["２，８５９篇", undefined, "2859", "篇"],
    ["不低于90%", "≥", "0.9", "%"],
    ["控制在5%以内", "≤", "0.05", "%"],
    ["50人以上", "≥", "50", "人"],
    ["控制在300元/平方米以内", "≤", "300", "元/平方米"],
    ["≤10万元/公里", "≤", "100000", "元/公里"],
    ["≤500元/人·天", "≤", "500", "元/人·天"],
    ["≥200吨/日", "≥", "200", "吨/日"],
    ["≥1000人次/年", "≥", "1000", "人次/年"],
    ["≤5万元/个", "≤", "50000", "元/个"],
    ["≥1.5m³/s", "≥", "1.5", "立方米/s"],
    ["≤300元/㎡", "≤", "300", "元/平方米"],
    ["1200㎡", undefined, "1200", "平方米"],
  ])("%s", (text, comparison, value, unit) => {
    const v = q(text);
    expect([v.kind, v.comparison, v.value.toString(), v.unit]).toEqual(["quantity", comparison, value, unit]);
  });

  test("the unit and sign may come from their own columns", () => {
    const v = q("100", "%", "=");
    expect([v.comparison, v.value.toString(), v.unit]).toEqual(["=", "1", "%"]);
  });

  test.each(["按时完成", "效果明显", "达成预期指标", "严格执行相关制度规定", "在项目计划完成时间内完成"])("%s is a quality word", (text) => {
    expect(parseIndicatorValue(text)?.kind).toBe("quality");
  });

  test("empty and dash cells are no value", () => {
    expect(parseIndicatorValue("")).toBeUndefined();
    expect(parseIndicatorValue("—")).toBeUndefined();
  });
});

describe("direction", () => {
  test.each([
    ["≥95%", "", "positive"],
    ["100%", "", "positive"],
    ["≤100万元", "", "negative"],
    ["=12次", "", "equal"],
    ["按时完成", "", "qualitative"],
    ["100%", "反向指标", "negative"],
    ["好", "定性指标", "qualitative"],
  ])("%s (%s) → %s", (target, nature, direction) => expect(directionOf(parseIndicatorValue(target)!, nature)).toBe(direction));
});

describe("quantitative scores", () => {
  const w = dec(10);
  test.each([
    ["positive", "≥95%", "98%", "10"],
    ["positive", "100%", "72.74%", "7.274"],
    ["negative", "≤100万元", "90万元", "10"],
    ["negative", "≤100万元", "125万元", "8"],
    ["equal", "=12次", "12次", "10"],
    ["equal", "=12次", "9次", "7.5"],
    ["equal", "=12次", "30次", "0"],
  ] as const)("%s %s, actual %s → %s", (direction, target, actual, score) => {
    expect(targetScore(direction, q(target), q(actual), w)?.toString()).toBe(score);
  });

  test("different units are not compared", () => {
    expect(targetScore("positive", q("≥95%"), q("102个"), w)).toBeUndefined();
    expect(targetScore("negative", q("≤300元/平方米"), q("320元/公里"), w)).toBeUndefined();
  });

  test.each([
    ["控制在300元/平方米以内", "320元/平方米", "28.125"],
    ["≤300元/平方米", "320元/平方米", "28.125"],
    ["≤300元/㎡", "320元/平方米", "28.125"],
    ["≤10万元/公里", "12万元/公里", "25"],
    ["≤10万元/公里", "120000元/公里", "25"],
    ["≤500元/人", "400元/人", "30"],
  ])("a compound unit: %s, actual %s → 反向 %s of 30", (target, actual, score) => {
    const a = assessTarget({ target, actual }, dec(30))!;
    expect([a.direction, a.reached, a.suggested?.toString()]).toEqual(["negative", score === "30", score]);
  });

  test("property: never above the 分值, never below 0, and never lower as the actual value moves toward and past the target", () => {
    const direction = fc.constantFrom<"positive" | "negative" | "equal">("positive", "negative", "equal");
    fc.assert(
      fc.property(direction, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 40 }), (d, t, a1, a2, weight) => {
        const target = q(`${d === "negative" ? "≤" : d === "equal" ? "=" : "≥"}${t}个`);
        const s1 = targetScore(d, target, q(`${a1}个`), dec(weight))!;
        const s2 = targetScore(d, target, q(`${a2}个`), dec(weight))!;
        expect(s1.greaterThanOrEqualTo(0) && s1.lessThanOrEqualTo(weight)).toBe(true);
        // a2 is at least as close to the target's good side as a1: its score is not lower.
        const better = d === "positive" ? a2 >= a1 : d === "negative" ? a2 <= a1 : Math.abs(a2 - t) <= Math.abs(a1 - t);
        if (better) expect(s2.greaterThanOrEqualTo(s1)).toBe(true);
        // Reaching the target is full marks, and full marks mean the target was reached.
        expect(reachesTarget(d, target, q(`${a1}个`))).toBe(s1.equals(weight));
      }),
      { numRuns: 500 },
    );
  });
});

test("property: a value in any unit the forms write (元/平方米, 万元/公里, m³/s, ㎡ …) scores as the same figures in 个", () => {
  fc.assert(
    fc.property(fc.constantFrom(...UNITS), fc.constantFrom("≥", "≤", "=", "不低于", "控制在"), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 }), (unit, sign, t, a) => {
      const target = (u: string) => (sign === "控制在" ? `控制在${t}${u}以内` : `${sign}${t}${u}`);
      const inUnit = assessTarget({ target: target(unit), actual: `${a}${unit}` }, dec(30))!;
      const plain = assessTarget({ target: target("个"), actual: `${a}个` }, dec(30))!;
      expect([inUnit.target.kind, inUnit.direction, inUnit.reached, inUnit.suggested?.toString()]).toEqual(["quantity", plain.direction, plain.reached, plain.suggested!.toString()]);
    }),
    { numRuns: 300 },
  );
});

describe("qualitative bands (达成 80–100%, 部分达成 60–80%, 未达成 below 60%)", () => {
  test.each([
    ["达成预期指标", "achieved"],
    ["按时完成", "achieved"],
    ["效果明显", "achieved"],
    ["部分达成", "partly"],
    ["基本完成", "partly"],
    ["一般", "partly"],
    ["未达成", "not-achieved"],
    ["差", "not-achieved"],
    ["否", "not-achieved"],
  ] as const)("%s → %s", (text, band) => expect(qualityBand(text)).toBe(band));

  test("scores inside and outside the band", () => {
    expect(scoreInBand(dec(8), dec(10), "achieved")).toBe(true);
    expect(scoreInBand(dec(7.9), dec(10), "achieved")).toBe(false);
    expect(scoreInBand(dec(6), dec(10), "partly")).toBe(true);
    expect(scoreInBand(dec(8), dec(10), "partly")).toBe(false);
    expect(scoreInBand(dec(5.9), dec(10), "not-achieved")).toBe(true);
  });
});

describe("a 实际完成值 without its own unit is read in the target's", () => {
  const score = (target: string, actual: string, unit = "") => assessTarget({ target, actual, unit }, dec(10))?.suggested?.toString();
  test.each([
    ["≥95%", "98", "10"],
    ["≥95%", "76", "8"],
    ["≥100%", "90%", "9"],
    ["≤1%", "0.5", "10"],
    ["≤1%", "2", "5"],
    ["≥90万元", "45", "5"],
    ["≥90万元", "450000元", "5"],
    ["≥50个", "25", "5"],
  ])("%s, actual %s → %s", (target, actual, expected) => expect(score(target, actual)).toBe(expected));

  test("the 度量单位 column gives both their unit", () => {
    expect(score("100", "90", "%")).toBe("9");
    expect(score("90", "45", "万元")).toBe("5");
  });
});
