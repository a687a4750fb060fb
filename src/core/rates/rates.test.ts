import fc from "fast-check";
import { dec, toPercent, type Decimal } from "../decimal";
import { isValueError } from "../errors";
import { rateValuesFrom } from "../rate-values";
import { ALL_RATES, computeRate, rateSpec, type RateId } from ".";
import { inputsOf } from "./expression";

const pct = (id: RateId, values: Record<string, Decimal | Decimal[]>) => {
  const r = computeRate(rateSpec(id), rateValuesFrom(values));
  if (isValueError(r)) throw new Error(r.message);
  return toPercent(r);
};

// Expected figures from the published reports (see test/fixtures/cases.json).
describe("each rate on the reports' figures", () => {
  const miit = {
    alloc_current: dec("111082222.47"),
    carryover_prior: dec("1899168.28"),
    spend_actual: dec("111931823.11"),
    carry_end: dec("1049567.64"),
    stock_end: dec("1049567.64"),
    stock_prior_end: dec("1407277.49"),
    fin_revenue_budget: dec("11108222.47"),
    fin_revenue_final: dec("11108222.47"),
    proc_plan: dec("112000"),
    proc_actual: dec("112000"),
    fa_total: dec("51109965.50"),
    fa_in_use: dec("51109965.50"),
    sangong_budget: dec("370000"),
    sangong_actual: dec("146012.79"),
    staff_quota: dec(91),
    staff_actual: dec(83),
    key_task_rates: [dec("0.94"), dec("0.99")],
  };
  test.each<[RateId, number]>([
    ["execution_rate", 99.07],
    ["carryover_rate", 0.94],
    ["stock_change_rate", -25.42],
    ["revenue_variance_rate", 0],
    ["procurement_rate", 100],
    ["asset_utilization_rate", 100],
    ["sangong_control_rate", 39.46],
    ["key_task_completion", 96.5],
    ["staff_control_rate", 91.21],
  ])("MIIT 2020 %s = %s%%", (id, expected) => expect(pct(id, miit)).toBe(expected));

  const edz = { budget_initial: dec(3972), prior_budget_initial: dec(2193), budget_adjusted: dec(3972), spend_actual: dec("14920.44"), prior_spend_actual: dec("1782.06") };
  test.each<[RateId, number]>([
    ["budget_growth_rate", 81.12],
    ["spend_growth_rate", 737.26],
    ["budget_completion_rate", 375.64],
    ["execution_rate", 375.64],
  ])("EDZ 2023 %s = %s%%", (id, expected) => expect(pct(id, edz)).toBe(expected));

  test("Haizhu 2023 部门预算资金支出率 99.79%", () => {
    expect(pct("budget_completion_rate", { budget_adjusted: dec("40118.72"), spend_actual: dec("40036.38") })).toBe(99.79);
  });
  test("arrival, fund use, project arrival, 得分率", () => {
    expect(pct("arrival_rate", { funds_arrived: dec(90), budget_adjusted: dec(100) })).toBe(90);
    expect(pct("fund_use_rate", { spend_actual: dec(99.22), funds_arrived: dec(100) })).toBe(99.22);
    expect(pct("project_arrival_rate", { project_arrived: dec(5), project_budget: dec(8) })).toBe(62.5);
    expect(pct("score_rate", { score: dec(44), weight: dec(50) })).toBe(88);
  });
  test("execution rate without 下达数 uses 全年预算数", () => {
    expect(pct("execution_rate", { budget_adjusted: dec(200), spend_actual: dec(150) })).toBe(75);
  });
});

describe("error values, never Infinity, NaN or a throw", () => {
  test("missing input names it in Chinese", () => {
    const r = computeRate(rateSpec("arrival_rate"), rateValuesFrom({ budget_adjusted: dec(1) }));
    expect(isValueError(r) && r.message).toBe("缺少：实际到位资金");
  });
  test("zero denominator", () => {
    const r = computeRate(rateSpec("procurement_rate"), rateValuesFrom({ proc_actual: dec(1), proc_plan: dec(0) }));
    expect(isValueError(r) && r.code).toBe("zero-denominator");
    expect(isValueError(r) && r.message).toContain("政府采购计划金额为0");
  });
  test("property: any rate on any inputs returns a finite Decimal or an error value", () => {
    const amount = fc.oneof(fc.constant(undefined), fc.constant(0), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
    fc.assert(
      fc.property(fc.constantFrom(...ALL_RATES), fc.array(amount, { minLength: 8, maxLength: 8 }), (spec, xs) => {
        const values: Record<string, Decimal | Decimal[]> = {};
        inputsOf(spec.expr).forEach((k, i) => {
          const x = xs[i % xs.length];
          if (x !== undefined) values[k] = k === "key_task_rates" ? [dec(String(x))] : dec(String(x));
        });
        const r = computeRate(spec, rateValuesFrom(values));
        return isValueError(r) ? r.message.length > 0 : r.isFinite();
      }),
    );
  });
  test("property: a ratio times its denominator gives back the numerator", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        const r = computeRate(rateSpec("procurement_rate"), rateValuesFrom({ proc_actual: dec(a), proc_plan: dec(b) }));
        return !isValueError(r) && r.times(b).toDecimalPlaces(20).equals(a);
      }),
    );
  });
});

test("every rate has metadata: id, 中文名, formula in words, inputs", () => {
  for (const r of ALL_RATES) {
    expect(r.name).toMatch(/[\u4e00-\u9fa5]/);
    expect(r.formula).toMatch(/[\u4e00-\u9fa5]/);
    expect(inputsOf(r.expr).length).toBeGreaterThan(0);
  }
  expect(ALL_RATES.map((r) => r.id).sort()).toEqual(
    ["execution_rate", "budget_completion_rate", "carryover_rate", "stock_change_rate", "revenue_variance_rate", "procurement_rate", "asset_utilization_rate", "sangong_control_rate", "arrival_rate", "fund_use_rate", "budget_growth_rate", "spend_growth_rate", "project_arrival_rate", "staff_control_rate", "key_task_completion", "score_rate"].sort(),
  );
});
