/**
 * Fixed project tables for golden files and end-to-end tests: a national-form table with what
 * goes wrong in practice (an indicator below its target with full marks, points lost without a
 * 偏差原因, spending short of the budget with its reason, a 总分 that does not add up), built
 * with the generator of test/helpers/project-tables.ts.
 */
import type { Grid } from "../../src/core/grid/grid";
import { projectGrid, type FormVariant, type ProjectSpec } from "./project-tables";

export const FLAWED_PROJECT: ProjectSpec = {
  name: "农村公路养护项目",
  supervisor: "某县交通运输局",
  implementer: "某县公路养护中心",
  year: 2023,
  funds: { initial: 800, adjusted: 1000, spend: 920, weight: 10, score: 9.2, reason: "部分工程款待竣工决算后支付" },
  parts: [
    { label: "当年财政拨款", adjusted: 900, spend: 850 },
    { label: "上年结转资金", adjusted: 100, spend: 70 },
  ],
  goals: { expected: "完成县乡道路日常养护120公里，路况优良率不低于85%。", actual: "完成日常养护118公里，路况优良率88%。" },
  levels: [
    {
      name: "产出指标",
      weight: 50,
      children: [
        {
          name: "数量指标",
          rows: [
            { kind: "quantity", name: "日常养护里程", comparison: "≥", target: 120, actual: 118, unit: "个", weight: 20, score: 20 },
            { kind: "quantity", name: "桥梁检测座数", comparison: "=", target: 12, actual: 12, unit: "个", weight: 10, score: 10 },
          ],
        },
        { name: "质量指标", rows: [{ kind: "quantity", name: "路况优良率", comparison: "≥", target: 85, actual: 88, unit: "%", weight: 10, score: 10 }] },
        { name: "成本指标", rows: [{ kind: "quantity", name: "项目成本", comparison: "≤", target: 1000, actual: 920, unit: "万元", weight: 10, score: 10 }] },
      ],
    },
    {
      name: "效益指标",
      weight: 30,
      children: [
        { name: "社会效益指标", rows: [{ kind: "quality", name: "群众出行条件改善情况", target: "效果明显", actual: "部分达成", band: "partly", weight: 20, score: 14 }] },
        { name: "可持续影响指标", rows: [{ kind: "quality", name: "养护长效机制建立情况", target: "有效提升", actual: "达成预期指标", band: "achieved", weight: 10, score: 10 }] },
      ],
    },
    { name: "满意度指标", weight: 10, children: [{ name: "服务对象满意度指标", rows: [{ kind: "quantity", name: "沿线群众满意度", comparison: "≥", target: 90, actual: 86, unit: "%", weight: 10, score: 9, reason: "个别路段养护不及时，下一步加密巡查频次" }] }] },
  ],
};

export const NATIONAL_FORM: FormVariant = {
  funds: "national",
  zeroTotal: false,
  goals: "headed",
  coded: false,
  actualWord: "实际完成值",
  instructions: false,
  headerRow: 14,
  nature: false,
  sign: false,
  unitColumn: false,
  weightInLabel: true,
  placeholders: true,
  numericValues: false,
  totalWord: "总分",
};

/** The flawed project, with a 总分 of 95 stated where its rows add up to 92.2. */
export function flawedProject(): Grid {
  const grid = projectGrid(FLAWED_PROJECT, NATIONAL_FORM, "农村公路养护");
  const rows = grid.rows.map((r) => (r ? [...r] : r));
  const total = rows.findIndex((r) => r?.[0]?.value === "总分");
  const scoreCol = rows[total]!.length - 1;
  rows[total]![scoreCol] = { value: 95 };
  return { ...grid, rows };
}
