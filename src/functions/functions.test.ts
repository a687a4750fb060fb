/**
 * The JX functions through their public wrappers, and their metadata: generated from the
 * JSDoc exactly as the build does, with the same ids in both languages and a function for
 * every rate of the engine.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { ALL_RATES } from "../core/rates";
import { JX_FUNCTIONS } from "../core/jx/catalog";
import * as JX from "./functions";
import { JxFunctionError } from "./errors";
import { localizeFunctions, withoutDataTypes, type FunctionsMetadata } from "./localize";

const thrown = (fn: () => unknown): JxFunctionError => {
  try {
    fn();
  } catch (e) {
    return e as JxFunctionError;
  }
  throw new Error("did not throw");
};

describe("values", () => {
  test("rates are fractions for a percentage format, computed exactly", () => {
    expect(JX.executionRate(111931823.11, 111082222.47, 1899168.28)).toBeCloseTo(0.9907103, 6);
    expect(+(JX.executionRate(111931823.11, 111082222.47, 1899168.28) * 100).toFixed(2)).toBe(99.07);
    expect(JX.executionRate(150, null as unknown as number, null as unknown as number, 200)).toBe(0.75);
    expect(JX.stockChangeRate(1049567.64, 1407277.49)).toBeCloseTo(-0.2541857, 6);
    expect(JX.keyTaskCompletion([[0.94], [0.99]])).toBe(0.965);
    expect(JX.scoreRate(44, 50)).toBe(0.88);
    expect(JX.growthRate(14920.44, 1782.06)).toBeCloseTo(7.37258, 5);
    expect(JX.grade(89.99)).toBe("良");
    expect(JX.ruleScore("按比例 重点工作完成率", 5, 0.965)).toBe(4.83); // 4.825, 四舍五入 as the engine reports it
    expect(JX.ruleScore("下限 支出完成率 95% 60%", 10, 0.775)).toBe(5);
    expect(JX.ruleScore("扣分", 10, null as unknown as number, "扣1.5分")).toBe(8.5);
    expect(JX.reasonPoints("未及时做到采购意向公开，扣2分")).toBe(2);
    expect(JX.amountInWords(111931823.11)).toBe("壹亿壹仟壹佰玖拾叁万壹仟捌佰贰拾叁元壹角壹分");
    expect(JX.procurementRate("112,000" as unknown as number, 112000)).toBe(1);
  });
  test("project tables: the 预算执行率 score and an indicator's score from its target and result", () => {
    expect(JX.executionScore(760, 1000, 10)).toBe(7.6);
    expect(JX.executionScore(1050, 1000, 10)).toBe(10);
    expect(JX.executionScore("251.89", 251.89, 10)).toBe(10);
    expect(JX.indicatorScore("≥95%", "76%", 10)).toBe(8);
    // A number is read as its digits, in the target's unit: 98 under "≥95%" is 98%.
    expect(JX.indicatorScore("≥95%", 98, 10)).toBe(10);
    expect(JX.indicatorScore("≥95%", "98%", 10)).toBe(10);
    expect(JX.indicatorScore("≤100万元", "125万元", 10)).toBe(8);
    expect(JX.indicatorScore("=12次", "9次", 8)).toBe(6);
    expect(JX.indicatorScore(100, 90, 30, "≥", "%")).toBe(27);
    expect(JX.indicatorScore("100%", "92%", 2, "反向")).toBe(2);
    const band = thrown(() => JX.indicatorScore("效果明显", "部分达成", 10));
    expect([band.code, band.message]).toEqual(["#N/A", "定性指标：实际完成情况为“部分达成”（部分达成），得分由单位在6分至8分之间确定"]);
    expect(thrown(() => JX.executionScore(10, 0, 10)).message).toBe("预算数为0，无法计算");
    expect(thrown(() => JX.executionScore(10, null, 10)).message).toBe("缺少：预算数");
    expect(thrown(() => JX.indicatorScore("", "98%", 10)).message).toBe("缺少：年度指标值");
    expect(thrown(() => JX.indicatorScore("≥95%", "98个", 10)).code).toBe("#N/A");
    expect(thrown(() => JX.executionScore("待定", 10, 10)).code).toBe("#VALUE!");
  });
  test("nothing to compute: #N/A with a Chinese message", () => {
    const e = thrown(() => JX.arrivalRate(null as unknown as number, 100));
    expect([e.code, e.message]).toEqual(["#N/A", "缺少：实际到位资金"]);
    expect(thrown(() => JX.procurementRate(1, 0)).message).toContain("为0");
    expect(thrown(() => JX.reasonPoints("已整改")).code).toBe("#N/A");
  });
  test("AMOUNT_IN_WORDS beyond 万亿 (10^16 元 and up, either sign): #NUM!, never a wrong string or a crash", () => {
    expect(JX.amountInWords(9999999999999990)).toBe("玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾元整");
    for (const amount of [1e16, -1e16, 123456789012345678, "20000000000000000"]) {
      const e = thrown(() => JX.amountInWords(amount));
      expect({ amount, code: e.code, message: e.message }).toEqual({ amount, code: "#NUM!", message: expect.stringContaining("金额超出范围") });
    }
  });
  test("a negative 分值 or 预算数: #VALUE! with the message docs/functions.md gives, not a number", () => {
    const cases: [() => unknown, string][] = [
      [() => JX.executionScore(90, -100, 10), "预算数不能为负数（-100）"],
      [() => JX.executionScore(90, 100, -10), "分值不能为负数（-10）"],
      [() => JX.indicatorScore("≥95%", "90%", -10), "分值不能为负数（-10）"],
      [() => JX.indicatorScore("≥95%", "90%", "-2.5"), "分值不能为负数（-2.5）"],
      [() => JX.ruleScore("下限 支出完成率 95% 60%", -10, 0.9), "分值不能为负数（-10）"],
      [() => JX.scoreRate(5, -10), "分值不能为负数（-10）"],
    ];
    for (const [fn, message] of cases) expect([thrown(fn).code, thrown(fn).message]).toEqual(["#VALUE!", message]);
    // 0 is a 分值 (an indicator weighed at nothing), and a negative 执行数 (a refund) scores 0.
    expect(JX.executionScore(90, 100, 0)).toBe(0);
    expect(JX.executionScore(-5, 100, 10)).toBe(0);
  });
  test("inside Excel: CustomFunctions.Error carries the message with #VALUE! and #N/A, none with #NUM! (Excel shows none there)", () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: FakeError };
    try {
      expect({ ...(thrown(() => JX.amountInWords(1e16)) as unknown as FakeError) }).toEqual({ code: "#NUM!", message: undefined });
      expect({ ...(thrown(() => JX.scoreRate(5, -10)) as unknown as FakeError) }).toEqual({ code: "#VALUE!", message: "分值不能为负数（-10）" });
      expect({ ...(thrown(() => JX.arrivalRate(null, 100)) as unknown as FakeError) }).toEqual({ code: "#N/A", message: "缺少：实际到位资金" });
    } finally {
      delete g.CustomFunctions;
    }
  });
  test("bad arguments: #VALUE! with a Chinese message", () => {
    const e = thrown(() => JX.procurementRate("待定" as unknown as number, 1));
    expect([e.code, e.message]).toEqual(["#VALUE!", "实际采购金额“待定”不是数字"]);
    expect(thrown(() => JX.ruleScore("随便写", 10, 0.9)).code).toBe("#VALUE!");
  });
});

describe("metadata", () => {
  let metadata: FunctionsMetadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([path.join(__dirname, "functions.ts")], true);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  });
  test("every rate of the engine has a function, and every catalogue entry is exported", () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    for (const r of ALL_RATES) expect(ids).toContain(r.id.toUpperCase());
    expect(ids).toEqual(JX_FUNCTIONS.map((f) => f.id).sort());
  });
  test("ASCII ids and English names; non-volatile, synchronous, helpUrl set", () => {
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z0-9_.]+$/);
      expect(f.name).toBe(f.id);
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id}`);
      expect(JSON.stringify(f.options ?? {})).not.toMatch(/volatile|stream/);
    }
  });
  test("the parameters and their optionality match the catalogue the engine writes formulas with", () => {
    for (const f of metadata.functions) {
      const entry = JX_FUNCTIONS.find((x) => x.id === f.id)!;
      expect({ id: f.id, optional: f.parameters.map((p) => !!p.optional) }).toEqual({ id: f.id, optional: entry.params.map((p) => p.optional) });
    }
  });
  test("zh-CN: the same ids and ASCII names (so formulas written by the add-in resolve), Chinese descriptions and parameter names", () => {
    const zh = localizeFunctions(metadata);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    const byId = Object.fromEntries(zh.functions.map((f) => [f.id, f]));
    expect(byId.EXECUTION_RATE.name).toBe("EXECUTION_RATE");
    expect(byId.EXECUTION_RATE.description).toContain("支出完成率");
    expect(byId.EXECUTION_RATE.parameters.map((p) => p.name)).toEqual(["实际支出", "本年财政下达预算数", "上年结转", "全年预算数"]);
    expect(byId.SANGONG_CONTROL_RATE.description).toContain("三公");
    for (const f of zh.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description).toMatch(/[\u4e00-\u9fa5]/);
      for (const p of f.parameters) expect(p.name).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  test("every parameter is declared any, so Excel passes blanks and text through to the gate", () => {
    for (const f of metadata.functions) {
      for (const p of f.parameters as { type?: string; dimensionality?: string }[]) expect(p.type).toBe("any");
    }
    const key = metadata.functions.find((f) => f.id === "KEY_TASK_COMPLETION")!;
    expect((key.parameters[0] as { dimensionality?: string }).dimensionality).toBe("matrix");
  });

  test("the data-types flag the generator adds is dropped from both files (CustomFunctionsRuntime 1.4, unused)", () => {
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true); // what custom-functions-metadata emits
    expect(withoutDataTypes(metadata)).not.toHaveProperty("allowCustomDataForDataTypeAny");
    expect(localizeFunctions(metadata)).not.toHaveProperty("allowCustomDataForDataTypeAny");
  });
});
