/**
 * Project tables in the national form and its variants, generated (test/helpers/project-tables.ts):
 * the reader reads back what was written, whatever the funds block's columns, the header's row
 * (8 to 20), the 指标性质 / 计算符号 / 度量单位 columns; the total is the 预算执行率 score plus
 * the indicators'; each indicator's computed score is what the rules give (worked out by the
 * generator from its plain numbers) and never above its 分值; the report traces every figure and
 * never repeats itself; a workbook of several projects gets one pair of sheets per project.
 * PERFEVAL_RUNS=500 runs each property that many times.
 */
import fc from "fast-check";
import { evaluateWorkbook, paragraphText, type Narrative } from "../src/core";
import { walk } from "../src/core/evaluation";
import type { FundsRowJson } from "../src/core/result-json";
import { FLAWED_PROJECT, NATIONAL_FORM } from "./helpers/project-samples";
import { validatePlan } from "../src/core/plan/validate";
import { expectedExecutionScore, expectedRatePercent, expectedScore, formVariantArb, indicatorsOf, projectGrid, projectSpecArb, reachesTarget, writtenTotal, zeroTotalOf, type FormVariant, type ProjectSpec } from "./helpers/project-tables";

const round2 = (x: number) => Math.round(x * 100) / 100;
const RUNS = { numRuns: Number(process.env.PERFEVAL_RUNS ?? 40) };

function evaluated(p: ProjectSpec, v: FormVariant) {
  return evaluateWorkbook({ sheets: [projectGrid(p, v)] }, "generated.xlsx");
}

test("the reader reads back what was written: the project, its funds, its 一级 and every indicator row", () => {
  fc.assert(
    fc.property(projectSpecArb, formVariantArb, (p, v) => {
      const { json: j, evaluation: e } = evaluated(p, v);
      expect(j.kind).toBe("project");
      expect([j.project!.name, j.project!.supervisor, j.project!.implementer, j.year]).toEqual([p.name, p.supervisor, p.implementer, p.year]);
      expect(j.unit).toBe("万元");
      const total = j.project!.funds[0];
      const zero = zeroTotalOf(p, v);
      // Beijing's form prints the one budget it divides by as 年初预算数(A).
      const printed = v.funds === "beijing" ? [p.funds.adjusted, null, p.funds.spend] : [p.funds.initial, p.funds.adjusted, p.funds.spend];
      expect([total.initial, total.adjusted, total.spend]).toEqual(zero ? printed.map((x) => (x === null ? null : 0)) : printed);
      const partBudget = (f: FundsRowJson) => (v.funds === "beijing" ? f.initial : f.adjusted);
      expect(j.project!.funds.slice(1).map((f) => [f.label, partBudget(f), f.spend])).toEqual(p.parts.map((f) => [f.label, f.adjusted, f.spend]));
      // A 年度资金总额 of 0 above its parts is said once, and the parts' sums stand in for it.
      expect(j.checks.filter((c) => c.id === "parts-sum").length).toBe(zero ? 1 : 0);
      expect(j.checks.some((c) => c.id === "reading" && c.message.includes("按“其中”各行之和计算"))).toBe(zero);
      expect(j.rates.budget_completion_rate).toBe(expectedRatePercent(p));
      expect([j.project!.budget, j.project!.spend]).toEqual([p.funds.adjusted, p.funds.spend]);
      expect(j.project!.goals).toEqual({ expected: p.goals?.expected ?? null, actual: p.goals?.actual ?? null });
      expect(j.tree.map((n) => [n.name, n.weight])).toEqual([["预算执行率", 10], ...p.levels.map((l) => [l.name, l.weight])]);
      expect(j.tree[0].score).toBe(p.funds.score);
      const rows = indicatorsOf(p);
      expect(j.project!.indicators.map((i) => [i.path, i.weight, i.score])).toEqual(
        p.levels.flatMap((l1) => l1.children.flatMap((l2) => l2.rows.map((i) => [[l1.name, l2.name, i.name], i.weight, i.score]))),
      );
      expect(j.project!.indicators.map((i) => i.reason)).toEqual(rows.map((i) => i.reason ?? null));
      // "指标2：" rows left empty are part of the printed form: no indicator, no warning.
      expect([...walk(e.tree)].filter((n) => /^指标\d/.test(n.name))).toEqual([]);
      expect(j.checks.filter((c) => c.id === "missing-input")).toEqual([]);
    }),
    RUNS,
  );
});

test("the total is the 预算执行率 score plus the indicators'; each computed score is the rules' and never above its 分值", () => {
  fc.assert(
    fc.property(projectSpecArb, formVariantArb, (p, v) => {
      const { json: j } = evaluated(p, v);
      expect(j.total).toBe(Math.min(100, writtenTotal(p)));
      expect(j.total).toBe(round2(Math.min(100, (j.project!.execution!.score ?? 0) + j.project!.indicators.reduce((s, i) => s + (i.score ?? 0), 0))));
      expect(j.project!.execution!.computed).toBe(expectedExecutionScore(p));
      indicatorsOf(p).forEach((spec, k) => {
        const row = j.project!.indicators[k];
        const expected = expectedScore(spec);
        expect({ name: spec.name, computed: row.computed }).toEqual({ name: spec.name, computed: expected ?? null });
        if (row.computed !== null) expect(row.computed).toBeLessThanOrEqual(row.weight!);
        expect({ name: spec.name, below: row.belowTarget }).toEqual({ name: spec.name, below: !reachesTarget(spec) });
      });
    }),
    RUNS,
  );
});

/** Sentences with every figure as #: the same sentence with other numbers is the same sentence. */
function repeated(n: Narrative): string[] {
  const counts = new Map<string, number>();
  for (const p of n.paragraphs.filter((x) => x.role !== "notice")) {
    for (const s of paragraphText(p).split(/[。；]/)) {
      const key = s.replace(/^(\d+\.|（[一二三四五六七八九十\d]+）)/, "").replace(/[\d,.]+/g, "#").trim();
      if (key.length > 4) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, c]) => c >= 3).map(([s]) => s);
}

test("the 项目支出绩效自评报告: every figure traced to a cell of the table, no sentence three times, no check text, the outline's six parts", () => {
  fc.assert(
    fc.property(projectSpecArb, formVariantArb, (p, v) => {
      const ew = evaluated(p, v);
      const n = ew.narrative;
      expect(n.outline).toBe("项目支出");
      const sheet = ew.evaluation.input.scoring.sheet;
      for (const para of n.paragraphs.filter((x) => x.role !== "notice")) {
        for (const s of para.spans) {
          if (s.kind === "number") for (const c of s.cells ?? []) expect(c.startsWith(`${sheet}!`)).toBe(true);
          else if (s.kind !== "placeholder" && s.kind !== "verify") expect({ text: paragraphText(para), stray: s.text.replace(/^\d+\.|×100%/g, "").match(/\d/g) }).toEqual({ text: paragraphText(para), stray: null });
        }
      }
      expect(repeated(n)).toEqual([]);
      const text = n.paragraphs.filter((x) => x.role !== "notice").map(paragraphText).join("\n");
      for (const c of ew.evaluation.checks) expect(text).not.toContain(c.message.replace(/。$/, ""));
      expect(n.paragraphs.filter((x) => x.role === "heading1").map(paragraphText)).toEqual([
        "一、项目基本情况",
        "二、绩效自评工作开展情况",
        "三、绩效目标实现情况分析",
        "四、偏差原因分析及改进措施",
        "五、绩效自评结果拟应用和公开情况",
        "六、其他需要说明的问题",
      ]);
      // Each indicator with its target and its result, by name.
      for (const i of indicatorsOf(p)) expect(text).toContain(`“${i.name}”年度指标值`);
      // Full marks short of the target is never stated as plain fact.
      for (const i of indicatorsOf(p).filter((x) => x.kind === "quantity" && !reachesTarget(x) && x.score >= x.weight)) {
        // An 等于 target is missed by going over too: 不符, not 未达到.
        const missed = i.kind === "quantity" && i.comparison === "=" ? "与年度指标值不符" : "未达到年度指标值";
        expect(text).toMatch(new RegExp(`“${i.name}”年度指标值[^。]*${missed}[^。]*得${i.weight}分【请核实：${missed}却得满分】`));
      }
      const errors = ew.evaluation.checks.filter((c) => c.severity === "error").length;
      expect(n.paragraphs[0].role === "notice").toBe(errors > 0);
    }),
    { numRuns: Number(process.env.PERFEVAL_RUNS ?? 30) },
  );
});

test("a workbook of several projects: one 项目自评汇总 and 项目自评报告 per project, named apart, a valid plan", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(projectSpecArb, formVariantArb), { minLength: 2, maxLength: 4 }), (projects) => {
      const grids = { sheets: projects.map(([p, v], k) => projectGrid(p, v, `项目${"甲乙丙丁"[k]}`)) };
      const ew = evaluateWorkbook(grids, "projects.xlsx");
      expect(ew.tables.map((t) => t.evaluation.input.project?.name?.value)).toEqual(projects.map(([p]) => p.name));
      const names = ew.plan.sheets.map((s) => s.name);
      expect(names).toHaveLength(projects.length * 2);
      expect(new Set(names.map((x) => x.toLowerCase())).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^项目自评(汇总|报告)-.{1,20}$/);
      expect(() => validatePlan(ew.plan, grids.sheets.map((s) => s.name))).not.toThrow();
      // Each summary is its project's, and each carries the chart of 一级 得分率.
      ew.plan.sheets
        .filter((s) => s.role === "summary")
        .forEach((s, k) => {
          expect(s.cells.find((c) => c.row === 2 && c.col === 1)?.value).toBe(projects[k][0].name);
          expect(s.chart?.title).toBe("一级指标得分率");
        });
    }),
    { numRuns: 15 },
  );
});

test("a table with its scores and results still blank: no total, no grade, no claim that targets were met", () => {
  const g = projectGrid(FLAWED_PROJECT, NATIONAL_FORM);
  const header = g.rows.findIndex((r) => r?.some((c) => c?.value === "实际完成值"));
  const col = (word: string) => g.rows[header]!.findIndex((c) => c?.value === word);
  const [score, actual] = [col("得分"), col("实际完成值")];
  const funds = g.rows.findIndex((r) => r?.some((c) => c?.value === "执行率"));
  const fundsScore = g.rows[funds]!.findIndex((c) => c?.value === "得分");
  // Blank every score and result, as a department that has not scored yet sends it.
  const rows = g.rows.map((r, i) => {
    if (i === funds + 1 && r) return r.map((c, k) => (k === fundsScore ? undefined : c));
    return i > header && r ? r.map((c, k) => (k === score || k === actual ? undefined : c)) : r;
  });
  const ew = evaluateWorkbook({ sheets: [{ ...g, rows }] }, "blank.xlsx");
  const summary = ew.plan.sheets.find((s) => s.role === "summary")!;
  const at = (label: string) => {
    const cell = summary.cells.find((c) => c.value === label)!;
    return summary.cells.filter((c) => c.row === cell.row && c.col > cell.col).map((c) => c.value ?? c.formula);
  };
  expect(at("自评总分（计算）").slice(0, 3)).toEqual(["—", "分", "评价等级"]);
  expect(at("评价等级")[0]).toBe("暂不评级");
  const text = ew.narrative.paragraphs.map(paragraphText).join("\n");
  expect(text).not.toContain("均达到年度指标值");
  expect(text).toContain("尚未填写实际完成值或得分");
  expect(text).toContain("实际完成值【请填写：实际完成值】");
});
