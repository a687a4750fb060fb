/**
 * The JX functions give what the engine gives for the same figures: a score as the engine
 * reports it (2 decimals, 四舍五入), the grade of the total as reported, 重点工作完成率 typed as
 * bare percentage points. Each case runs the engine on a workbook (evaluateWorkbook) and the
 * function through its public wrapper on the same cells.
 */
import fc from "fast-check";
import { evaluateWorkbook } from "../core";
import { evaluate } from "../core/evaluate";
import { readWorkbook } from "../core/reader";
import { gradeFormula } from "../core/plan/summary-sheet";
import { basicSheet, scoringSheet } from "../../test/helpers/grids";
import { NATIONAL_FORM } from "../../test/helpers/project-samples";
import { indicatorsOf, projectGrid, projectSpecArb, type IndicatorSpec } from "../../test/helpers/project-tables";
import * as JX from "./functions";

const RUNS = { numRuns: Number(process.env.PERFEVAL_RUNS ?? 40) };

/** The row's cells as the national form writes them (sign and unit inside the value text). */
function cells(i: IndicatorSpec & { kind: "quantity" }): [string, string, number, string] {
  const nature = i.comparison === "≤" ? "反向" : i.comparison === "=" ? "=" : "正向";
  return [`${i.comparison}${i.target}${i.unit}`, `${i.actual}${i.unit}`, i.weight, nature];
}

describe("JX.INDICATOR_SCORE and the engine's computed score", () => {
  test("9.375 is 9.38 in both (四舍五入 to 2 decimals), not 9.375 or 9.37", () => {
    expect(JX.indicatorScore("≥96%", "90%", 10)).toBe(9.38);
    expect(JX.indicatorScore("≤90", "96", 10, "反向")).toBe(9.38);
    // The domain's own example: (94%+99%)/2 × 5 = 4.825 → 4.83 (banker's rounding would say 4.82).
    expect(JX.ruleScore("按比例 重点工作完成率", 5, 0.965)).toBe(4.83);
    expect(JX.executionScore(965, 1000, 5)).toBe(4.83);
  });

  test("every quantitative row of a generated project table: the function's score is the engine's", () => {
    fc.assert(
      fc.property(projectSpecArb, (p) => {
        const { json } = evaluateWorkbook({ sheets: [projectGrid(p, NATIONAL_FORM)] }, "generated.xlsx");
        indicatorsOf(p).forEach((spec, k) => {
          if (spec.kind !== "quantity") return;
          const engine = json.project!.indicators[k].computed;
          expect({ row: cells(spec), score: JX.indicatorScore(...cells(spec)) }).toEqual({ row: cells(spec), score: engine });
        });
        const f = p.funds;
        expect(JX.executionScore(f.spend, f.adjusted, f.weight)).toBe(json.project!.execution!.computed);
      }),
      RUNS,
    );
  });
});

describe("JX.GRADE and the engine's grade", () => {
  const engineGrade = (total: number) => evaluate(readWorkbook({ sheets: [scoringSheet([[1, "履职效能", 100, total]])] })).grade;

  test("89.995, shown as 90.00, is 优 in the engine, the function and the summary sheet's standard formula", () => {
    expect(engineGrade(89.995)).toBe("优");
    expect(JX.grade(89.995)).toBe("优");
    expect(JX.grade(89.994)).toBe("良");
    expect(gradeFormula("B4")).toBe('IF(ROUND(B4,2)>=90,"优",IF(ROUND(B4,2)>=80,"良",IF(ROUND(B4,2)>=60,"中","差")))');
  });

  test("at every band edge, to the thousandth of a point, the function and the engine agree", () => {
    const edges = [90, 80, 60].flatMap((b) => [-0.006, -0.005, -0.004, 0, 0.001].map((d) => +(b + d).toFixed(3)));
    for (const total of edges) expect({ total, grade: JX.grade(total) }).toEqual({ total, grade: engineGrade(total) });
  });
});

describe("JX.KEY_TASK_COMPLETION reads percents as the 基础数据表 reader does", () => {
  const engineRate = (values: (number | string)[]) => {
    const { json } = evaluateWorkbook({ sheets: [scoringSheet([[1, "履职效能", 100, 90]]), basicSheet(values.map((v) => ["重点工作完成率", v]))] }, "t.xlsx");
    return json.rates.key_task_completion;
  };

  test("bare 98 and 100 are 98% and 100% (percentage points), as typed into the 基础数据表", () => {
    expect(JX.keyTaskCompletion([[98], [100]])).toBe(0.99);
    expect(engineRate([98, 100])).toBe(99);
  });

  test("mixed forms: a fraction, a percent text, bare points; the same mean in both", () => {
    const forms: (number | string)[][] = [[0.94, 99], ["94%", 0.99], [94, "99"], [1, 0.5], [150, 50]];
    for (const values of forms) {
      const fn = JX.keyTaskCompletion(values.map((v) => [v]));
      expect({ values, percent: +(fn * 100).toFixed(2) }).toEqual({ values, percent: engineRate(values) });
    }
  });
});
