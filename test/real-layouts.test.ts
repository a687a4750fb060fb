/**
 * Scoring tables as departments publish them, read through the command line (`evaluate --json`):
 * the two transcribed pages in test/fixtures/real-layouts with the readings of their README, the
 * published shapes of test/helpers/published-layouts, and generated layouts of the family written
 * to real .xlsx files (merges and line breaks through ExcelJS and the file gateway).
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { EvaluationJson } from "../src/core/result-json";
import { perfeval } from "./helpers/cli";
import { DEPARTMENT, layOut, type Layout } from "./helpers/layouts";
import { anhuiProject, chongqingDepartment, guangdongSubtotals, guangdongSubtotalsThreeLevels, sichuanProject } from "./helpers/published-layouts";
import { writeGrids } from "./helpers/write-grid";
import type { Grid } from "../src/core/grid/grid";

type Node = EvaluationJson["tree"][number];
const leaves = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [n]));
const find = (nodes: readonly Node[], name: string): Node | undefined => {
  for (const n of nodes) {
    if (n.name === name) return n;
    const hit = find(n.children, name);
    if (hit) return hit;
  }
  return undefined;
};

const dir = mkdtempSync(path.join(tmpdir(), "perfeval-layouts-"));

async function evaluateFile(file: string): Promise<EvaluationJson> {
  const r = await perfeval(["evaluate", file, "-o", path.join(dir, `${path.basename(file)}.out.xlsx`), "--json", "--force"]);
  expect(r.stderr).not.toMatch(/内部错误/);
  expect({ code: r.code, stderr: r.code ? r.stderr : "" }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(r.stdout);
}

async function evaluateGrid(grid: Grid, name: string): Promise<EvaluationJson> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeGrids(file, [grid]);
  return evaluateFile(file);
}

describe("the transcribed published tables (test/fixtures/real-layouts)", () => {
  const fixture = (f: string) => path.join(__dirname, "fixtures", "real-layouts", f);

  test("湛江 form with a three-row header: 4 三级 rows, weights 8/5/5/6, 二级 18 and 10, 一级 30, total 24", async () => {
    const j = await evaluateFile(fixture("zhanjiang-form-three-row-header.xlsx"));
    expect(j.tree.map((n) => [n.name, n.weight])).toEqual([["前期准备工作", 30]]);
    expect(j.tree[0].children.map((n) => [n.name, n.weight])).toEqual([["自评工作情况", 18], ["目标设置", 10]]);
    expect(leaves(j.tree).map((n) => [n.name, n.weight, n.score])).toEqual([
      ["组织建立情况", 8, 8],
      ["自评材料报送及时性", 5, 5],
      ["自评材料报送质量", 5, 5],
      ["绩效目标申报情况", 6, 6],
    ]);
    expect(j.total).toBe(24);
    expect(j.department).toBeNull();
    // The page is cut off: the weight-sum errors it causes are expected, nothing else is wrong.
    expect(j.checks.filter((c) => c.severity === "error").map((c) => c.id)).toEqual(["weight-sum", "weight-sum", "weight-sum"]);
  });

  test("岳阳 table with weights in two-line labels: 9 三级 rows, names without layout spaces, total 36", async () => {
    const j = await evaluateFile(fixture("yueyang-weights-in-labels.xlsx"));
    expect(j.tree.map((n) => [n.name, n.weight])).toEqual([["投入", 15], ["过程", 40]]);
    expect(j.tree[1].children.map((n) => [n.name, n.weight])).toEqual([["预算执行", 15], ["预算管理", 15]]);
    const rows = leaves(j.tree);
    expect(rows).toHaveLength(9);
    expect(rows.map((n) => n.name)).toEqual([
      "财政供养人员控制率", "“三公经费”变动率", "重点支出安排率", "预算调整率", "支付进度", "资金结余", "“三公经费”控制率", "管理制度健全性", "资金使用合规性",
    ]);
    expect(j.total).toBe(36);
  });
});

describe("published shapes", () => {
  test("重庆 部门整体绩效自评表: funds block points, stated total in the heading, flat list beside a vertical 绩效指标", async () => {
    const j = await evaluateGrid(chongqingDepartment, "chongqing");
    expect(j.department).toBe("重庆市某区融媒体中心");
    expect(j.year).toBe(2021);
    expect(j.tree[0]).toMatchObject({ name: "预算执行率", weight: 10, score: 7.6 });
    expect(j.tree.slice(1).map((n) => n.name)).toEqual([
      "财政供养人员控制率", "“三公经费”变动率", "预算完成率", "政府采购执行率", "管理制度健全性", "资金使用合规性", "党性教育培训次数", "播发稿件数量", "业务保障能力提升", "公共服务满意度",
    ]);
    expect(j.total).toBe(97.6);
    expect(j.statedTotal).toBe(97.6);
    expect(j.unit).toBe("万元");
    expect(j.rates.budget_completion_rate).toBe(76);
    expect(j.reportedRates.budget_completion_rate).toBe(76);
    // 7.6 = 10 × 76%: the funds block's score agrees with its own figures.
    expect(j.checks.filter((c) => c.severity === "error")).toEqual([]);
    expect(j.checks.map((c) => c.id)).not.toContain("rule-score");
    // The published table gave full marks to 72.74% against a 100% target; 92% of a staff quota
    // (a 控制率: less is better) is within its target.
    expect(j.checks.filter((c) => c.id === "below-target").map((c) => c.message)).toEqual(["“政府采购执行率”实际完成值72.74%未达到年度指标值100%，却得满分2分"]);
  });

  test("安徽 项目支出绩效自评表: 项目资金 block, 一级 weights in labels, an empty 二级 of the form is not an indicator", async () => {
    const j = await evaluateGrid(anhuiProject, "anhui");
    expect(j.department).toBe("某区某镇人民政府");
    expect(j.year).toBe(2022);
    expect(j.tree.map((n) => [n.name, n.weight, n.score])).toEqual([
      ["预算执行率", 10, 10],
      ["产出指标", 50, 50],
      ["效益指标", 30, 30],
      ["满意度指标", 10, 10],
    ]);
    expect(find(j.tree, "经济效益指标")).toBeUndefined();
    expect(leaves(j.tree)).toHaveLength(11);
    expect(j.total).toBe(100);
    expect(j.statedTotal).toBe(100);
    expect(j.checks.filter((c) => c.severity !== "info")).toEqual([]);
  });

  test("四川 variant: 预算执行情况(10分) with 权重/得分/原因, 指标性质 and 度量单位 columns, a 合计 row", async () => {
    const j = await evaluateGrid(sichuanProject, "sichuan");
    expect(j.department).toBe("某县发展和改革局本级");
    expect(j.year).toBe(2023);
    expect(j.tree.map((n) => [n.name, n.weight, n.score])).toEqual([
      ["预算执行率", 10, 10],
      ["产出指标", 60, 57],
      ["效益指标", 30, 30],
    ]);
    expect(j.total).toBe(97);
    expect(j.statedTotal).toBe(97);
    expect(j.rates.budget_completion_rate).toBe(100);
    expect(j.checks.filter((c) => c.severity === "error")).toEqual([]);
  });

  test("广东 小计 rows inside merged 一级 blocks state the 一级's score: 预算执行 39 against parts of 40 is caught", async () => {
    const j = await evaluateGrid(guangdongSubtotals, "guangdong-subtotals");
    expect(j.department).toBe("某市工业和信息化局");
    expect(j.tree.map((n) => [n.name, n.weight, n.score])).toEqual([
      ["预算编制", 20, 20],
      ["预算执行", 40, 40],
      ["预算监督", 10, 10],
      ["预算使用效益", 30, 30],
    ]);
    expect(find(j.tree, "资产管理")).toMatchObject({ weight: 7, score: 7, statedScore: null });
    const sums = j.checks.filter((c) => c.id === "score-sum");
    expect(sums).toHaveLength(1);
    expect(sums[0].message).toContain("“预算执行”填报得分39分，但其下级得分合计为40分");
    expect(sums[0].cells[0]).toBe("评分表!D11");
    expect(j.checks.map((c) => c.id)).not.toContain("score-range");
  });

  test("a 小计 in the 三级 column belongs to the merged 一级 block, not to the 二级 above it", async () => {
    const j = await evaluateGrid(guangdongSubtotalsThreeLevels, "guangdong-subtotals-3");
    const sums = j.checks.filter((c) => c.id === "score-sum");
    expect(sums.map((c) => c.message)).toEqual([expect.stringContaining("“预算执行”填报得分27分，但其下级得分合计为28分")]);
    expect(j.checks.map((c) => c.id)).not.toContain("score-range");
  });
});

describe("generated layouts through real .xlsx files", () => {
  const tree = [
    { name: "投入", weight: 20, children: [{ name: "预算配置", weight: 20, children: [
      { name: "财政供养人员控制率", weight: 10, score: 9, reason: "超编1人，扣1分", children: [] },
      { name: "重点支出安排率", weight: 10, score: 10, children: [] },
    ] }] },
    { name: "过程", weight: 70, children: [
      { name: "预算执行", weight: 40, children: [{ name: "支付进度", weight: 20, score: 20, children: [] }, { name: "资金结余", weight: 20, score: 18, reason: "结余偏高，扣2分", children: [] }] },
      { name: "预算管理", weight: 30, children: [{ name: "管理制度健全性", weight: 30, score: 30, children: [] }] },
    ] },
  ];
  const base: Layout = {
    headerRows: 3, rows: "leaf-merged", weights: "per-level", department: "stamp", funds: "national", goalsBlock: true,
    statedTotalAbove: false, blankRowsAbove: 2, seq: true, totalRow: true, subtotals: true, placeholders: true, spaced: true, wording: 0, statedParents: false,
  };
  const layouts: [string, Layout][] = [
    ["three-row header, funds block, merged blocks with 小计 and placeholders", base],
    ["four-row header, weights in two-line labels, Sichuan funds block", { ...base, headerRows: 4, weights: "labels", funds: "sichuan", rows: "leaf-first", subtotals: false }],
    ["two-row header, Chongqing funds block, labels repeated on every row", { ...base, headerRows: 2, funds: "chongqing", rows: "leaf-repeated", subtotals: false, department: "pair" }],
    ["one-row header, outline rows with stated parents", { ...base, headerRows: 1, rows: "outline", weights: "column", funds: "none", statedParents: true, subtotals: false, department: "inline" }],
  ];
  test.each(layouts)("%s", async (title, layout) => {
    const { grid } = layOut(tree, layout);
    const j = await evaluateGrid(grid, title.replace(/[^a-z0-9]+/gi, "-"));
    const expected = layout.funds === "none" ? [["投入", 20, 19], ["过程", 70, 68]] : [["预算执行率", 10, 7.6], ["投入", 20, 19], ["过程", 70, 68]];
    expect(j.tree.map((n) => [n.name, n.weight, n.score])).toEqual(expected);
    expect(leaves(j.tree.filter((n) => n.name !== "预算执行率")).map((n) => n.name)).toEqual(["财政供养人员控制率", "重点支出安排率", "支付进度", "资金结余", "管理制度健全性"]);
    expect(j.department).toBe(DEPARTMENT);
    // Without the funds block's 10 points the 一级 weights add up to 90, and that is said.
    const errors = j.checks.filter((c) => c.severity === "error").map((c) => c.message);
    expect(errors).toEqual(layout.funds === "none" ? ["一级指标分值合计为90分，应为100分"] : []);
  });
});

describe("the kind of table", () => {
  test("a project table says so, with its name, 主管部门, 实施单位, funds and goals", async () => {
    const j = await evaluateGrid(anhuiProject, "anhui-kind");
    expect(j.kind).toBe("project");
    const { indicators, ...rest } = j.project!;
    expect(rest).toEqual({
      name: "委托业务项目",
      supervisor: "某区某镇人民政府",
      implementer: "某区某镇人民政府",
      funds: [
        { label: "年度资金总额", initial: 90, adjusted: 90, spend: 90, rate: 100, computedRate: 100 },
        { label: "本年财政拨款", initial: 90, adjusted: 90, spend: 90, rate: null, computedRate: 100 },
        { label: "上年结转资金", initial: null, adjusted: null, spend: null, rate: null, computedRate: null },
        { label: "其他资金", initial: null, adjusted: null, spend: null, rate: null, computedRate: null },
      ],
      budget: 90,
      spend: 90,
      goals: { expected: "本项目共申请预算资金90万元，用于基建工程项目预算编制、审计和设计。", actual: "本项目共完成预算资金90万元。" },
      execution: { weight: 10, score: 10, computed: 10, cell: "项目支出绩效自评表!H7" },
    });
    // The indicator rows (the 预算执行率 aside), target against result: 10 rows, none below its target.
    expect(indicators).toHaveLength(10);
    expect(indicators[0]).toEqual({
      path: ["产出指标", "数量指标", "基建工程委托业务项目数量"],
      name: "基建工程委托业务项目数量",
      target: "≥50个",
      actual: "50",
      nature: null,
      unit: null,
      direction: "正向",
      weight: 8,
      score: 8,
      computed: 8,
      belowTarget: false,
      band: null,
      reason: null,
      cell: "项目支出绩效自评表!H14",
      targetCell: "项目支出绩效自评表!E14",
      actualCell: "项目支出绩效自评表!F14",
    });
    expect(indicators.find((i) => i.name === "经费支出合规性")).toMatchObject({ direction: "定性", band: "达成", computed: null, belowTarget: false });
    expect(indicators.filter((i) => i.belowTarget)).toEqual([]);
  });

  test("the Sichuan variant strips the project code; a department table is a department table", async () => {
    const s = await evaluateGrid(sichuanProject, "sichuan-kind");
    expect([s.kind, s.project?.name, s.project?.implementer]).toEqual(["project", "工资性支出", "某县发展和改革局"]);
    const d = await evaluateGrid(chongqingDepartment, "chongqing-kind");
    expect([d.kind, d.project]).toEqual(["department", null]);
  });
});

describe("a workbook of several tables", () => {
  test("project sheets are each evaluated; --json lists them under tables", async () => {
    const file = path.join(dir, "projects.xlsx");
    await writeGrids(file, [anhuiProject, sichuanProject, { ...anhuiProject, name: "空白项目表", rows: anhuiProject.rows.slice(0, 13) }]);
    const j = await evaluateFile(file);
    expect(j.kind).toBe("project");
    expect(j.tables?.map((t) => [t.kind, t.project?.name, t.total])).toEqual([
      ["project", "委托业务项目", 100],
      ["project", "工资性支出", 97],
    ]);
  });

  test("a department table comes first, its 基础数据表 is its own, the projects follow", async () => {
    const file = path.join(dir, "department-and-project.xlsx");
    await writeGrids(file, [sichuanProject, guangdongSubtotals]);
    const j = await evaluateFile(file);
    expect(j.kind).toBe("department");
    expect(j.tables?.map((t) => t.kind)).toEqual(["department", "project"]);
  });
});
