import fc from "fast-check";
import { dec } from "../decimal";
import { reasonPoints } from "./reason-points";
import { describeRule, parseRule, ruleText, type Rule } from "./rule";
import { suggestScore } from "./suggest-score";

const rule = (text: string): Rule => {
  const p = parseRule(text);
  if (!p.ok) throw new Error(p.message);
  return p.rule;
};

describe("reason points from 扣分原因", () => {
  test.each([
    ["未及时做到采购意向公开，扣2分", "2"],
    ["未能在采购预算批复后及时予以公开，扣1.5分", "1.5"],
    ["本年度未做资产盘点；巡察时被提出资产管理存在问题；固定资产利用率偏低，扣2.5分", "2.5"],
    ["制度不全扣除1分；执行不到位扣除0.5分", "1.5"],
    ["每项扣1分，共扣3分", "3"],
    ["年中存在资金调剂，扣一分", "1"],
    ["扣两分", "2"],
    ["扣半分", "0.5"],
    ["扣１．５分", "1.5"],
  ])("%s → %s", (text, points) => expect(reasonPoints(text).deducted?.toString()).toBe(points));
  test("得N分 and 不得分 give the score", () => {
    expect(reasonPoints("重点工作完成率=（94%+99%）/2=96.5%，按比例得4.83分").impliedScore?.toString()).toBe("4.83");
    expect(reasonPoints("未开展，不得分").impliedScore?.toString()).toBe("0");
    expect(reasonPoints("已开展").deducted).toBeUndefined();
  });
});

describe("rule text", () => {
  test("Chinese keyword forms, with defaults", () => {
    const r = rule("下限 支出完成率");
    expect(r.kind === "threshold" && [r.full.toString(), r.zero.toString()]).toEqual(["0.95", "0.6"]);
    expect(rule("上限 结转结余率 5% 15%")).toMatchObject({ kind: "ceiling" });
    expect(rule("按比例 重点工作完成率")).toMatchObject({ kind: "proportional", measure: { rate: "key_task_completion" } });
    expect(rule("扣分")).toEqual({ kind: "deduction" });
    expect(rule("手工")).toEqual({ kind: "manual" });
    expect(rule("")).toEqual({ kind: "manual" });
  });
  test("English and colon forms as in the reference cases", () => {
    expect(rule("threshold:budget_completion_rate")).toMatchObject({ kind: "threshold", measure: { rate: "budget_completion_rate" } });
    expect(rule("proportional:key_task_completion")).toMatchObject({ kind: "proportional" });
    expect(rule("按比例 满意度")).toMatchObject({ measure: { kind: "field", key: "satisfaction" } });
  });
  test("full-width and symbols an accountant might type", () => {
    expect(rule("下限：支出完成率 ≥９５％ ≤６０％")).toMatchObject({ kind: "threshold" });
  });
  test("bad rules explain themselves in Chinese", () => {
    for (const t of ["随便", "下限", "下限 不存在的比率", "下限 支出完成率 九十", "下限 支出完成率 50% 60%"]) {
      const p = parseRule(t);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.message).toMatch(/评分规则/);
    }
  });
  test("canonical text parses back to the same rule", () => {
    for (const t of ["下限 支出完成率 95% 60%", "上限 结转结余率 5% 15%", "按比例 固定资产利用率", "扣分", "手工"]) {
      expect(rule(ruleText(rule(t)))).toEqual(rule(t));
      expect(describeRule(rule(t))).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe("suggested scores", () => {
  const w = dec(10);
  test("threshold: full ≥ T, zero ≤ Z, linear between", () => {
    const r = rule("下限 支出完成率 95% 60%");
    expect(suggestScore(r, w, dec("0.9907"), undefined)?.toString()).toBe("10");
    expect(suggestScore(r, w, dec("0.6"), undefined)?.toString()).toBe("0");
    expect(suggestScore(r, w, dec("0.775"), undefined)?.toString()).toBe("5");
  });
  test("ceiling and the 三公 step (over budget → 0)", () => {
    expect(suggestScore(rule("上限 结转结余率 5% 15%"), w, dec("0.10"), undefined)?.toString()).toBe("5");
    const sangong = rule('上限 "三公"经费控制率 100% 100%');
    expect(suggestScore(sangong, w, dec("0.3946"), undefined)?.toString()).toBe("10");
    expect(suggestScore(sangong, w, dec("1.01"), undefined)?.toString()).toBe("0");
  });
  test("proportional: 5 × 96.5% = 4.825 (shown 4.83)", () => {
    expect(suggestScore(rule("按比例 重点工作完成率"), dec(5), dec("0.965"), undefined)?.toString()).toBe("4.825");
  });
  test("deduction: weight − points, floor 0 (扣完为止)", () => {
    expect(suggestScore(rule("扣分"), dec(10), undefined, "扣1.5分")?.toString()).toBe("8.5");
    expect(suggestScore(rule("扣分"), dec(2), undefined, "扣1分；扣2分")?.toString()).toBe("0");
  });
  test("property: a suggested score is always within [0, weight]", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("下限 支出完成率 95% 60%", "上限 结转结余率 5% 15%", "按比例 重点工作完成率", '上限 "三公"经费控制率 100% 100%'),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (text, weight, measured) => {
          const s = suggestScore(rule(text), dec(weight), dec(String(measured)), undefined)!;
          return s.greaterThanOrEqualTo(0) && s.lessThanOrEqualTo(weight);
        },
      ),
    );
  });
});

describe("found in review", () => {
  test("thresholds without % : 0.95 is a fraction, 95 is percentage points", () => {
    const a = rule("下限 支出完成率 0.95 0.6");
    const b = rule("下限 支出完成率 95 60");
    expect(a).toEqual(b);
    expect(suggestScore(a, dec(25), dec("0.70"), undefined)?.toDecimalPlaces(2).toString()).toBe("7.14");
  });
  test("only the full-marks line given: the default zero line keeps the slope", () => {
    const r = rule("下限 支出完成率 90%");
    expect(r.kind === "threshold" && [r.full.toString(), r.zero.toString()]).toEqual(["0.9", "0.6"]);
    expect(suggestScore(r, dec(10), dec("0.89"), undefined)?.toDecimalPlaces(2).toString()).toBe("9.67");
    // A full line below the default zero line cannot slope: a step at the full line.
    const step = rule("下限 支出完成率 50%");
    expect(step.kind === "threshold" && step.zero.toString()).toBe("0.5");
  });
  test("spaces inside 扣 N 分", () => {
    expect(reasonPoints("扣 2 分").deducted?.toString()).toBe("2");
    expect(reasonPoints("扣2 分").deducted?.toString()).toBe("2");
  });
  test("每项扣N分 is a rate per item, not the points deducted", () => {
    expect(reasonPoints("存在2项问题，每项扣0.5分").deducted).toBeUndefined();
    expect(reasonPoints("每发现一处扣0.5分，共发现2处，扣1分").deducted?.toString()).toBe("1");
    expect(reasonPoints("每发现一处扣0.5分，共扣1分").deducted?.toString()).toBe("1");
  });
});
