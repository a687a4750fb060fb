/**
 * The layout family of issue 8: one tree written in many published layouts reads back to the
 * same tree, weights, scores and total, and raises no false alarm.
 */
import fc from "fast-check";
import { evaluate } from "../evaluate";
import type { EvaluatedNode } from "../evaluation";
import { readWorkbook } from ".";
import { DEPARTMENT, FUNDS, layOut, scoreOf, type Layout, type TreeNode } from "../../../test/helpers/layouts";

const NAMES = [
  "预算编制", "目标设置", "支出管理", "资产管理", "采购管理", "信息公开", "绩效管理", "运行成本", "履职效能", "管理效率",
  "经济性", "效率性", "效果性", "公平性", "财政供养人员控制率", "三公经费变动率", "重点支出安排率", "预算调整率", "支付进度",
  "资金结余", "管理制度健全性", "资金使用合规性", "组织建立情况", "自评材料报送及时性", "绩效目标申报情况", "项目实施程序",
  "固定资产利用率", "政府采购执行率", "结转结余率", "公众满意度", "政策知晓率", "群众信访办理", "工作完成及时率", "投入", "过程",
  "产出", "效益", "数量", "质量", "时效", "成本", "社会效益", "生态效益", "可持续影响", "服务对象满意度", "基础信息完善",
];

interface Shape {
  readonly depth: number;
  readonly roots: readonly (readonly (readonly { weight: number; lost: number }[])[])[];
}

/** A tree with unique names; parents weigh what their children weigh. */
function buildTree(shape: Shape): TreeNode[] {
  let i = 0;
  const name = () => NAMES[i++ % NAMES.length] + (i > NAMES.length ? String(Math.floor(i / NAMES.length)) : "");
  const leaf = (l: { weight: number; lost: number }): TreeNode => {
    const lost = Math.min(l.lost, l.weight);
    return { name: name(), weight: l.weight, score: l.weight - lost, reason: lost ? `存在不足，扣${lost}分` : undefined, children: [] };
  };
  const parent = (children: TreeNode[]): TreeNode => ({ name: name(), weight: children.reduce((s, c) => s + c.weight, 0), children });
  if (shape.depth === 1) return shape.roots.flat(2).map(leaf);
  if (shape.depth === 2) return shape.roots.map((r) => parent(r.flat().map(leaf)));
  return shape.roots.map((r) => parent(r.map((two) => parent(two.map(leaf)))));
}

const leafArb = fc.record({ weight: fc.integer({ min: 1, max: 20 }).map((w) => w / 2 + 1), lost: fc.constantFrom(0, 0, 0, 0.5, 1, 2) });
const shapeArb = fc.record({
  depth: fc.integer({ min: 1, max: 3 }),
  roots: fc.array(fc.array(fc.array(leafArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
});

const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    headerRows: fc.integer({ min: 1, max: 4 }),
    rows: fc.constantFrom<Layout["rows"]>("outline", "leaf-merged", "leaf-first", "leaf-repeated", "flat"),
    weights: fc.constantFrom<Layout["weights"]>("column", "per-level", "labels"),
    department: fc.constantFrom<Layout["department"]>("none", "inline", "pair", "stamp", "title-only"),
    funds: fc.constantFrom<Layout["funds"]>("none", "national", "sichuan", "chongqing"),
    goalsBlock: fc.boolean(),
    statedTotalAbove: fc.boolean(),
    blankRowsAbove: fc.integer({ min: 0, max: 6 }),
    seq: fc.boolean(),
    totalRow: fc.boolean(),
    subtotals: fc.boolean(),
    placeholders: fc.boolean(),
    spaced: fc.boolean(),
    wording: fc.nat(20),
    statedParents: fc.boolean(),
  })
  .map((l) => ({
    ...l,
    // Outlines carry weights in a column; 小计 rows belong inside merged blocks.
    weights: l.rows === "outline" || l.rows === "flat" ? "column" : l.weights,
    subtotals: l.subtotals && l.rows === "leaf-merged",
  }));

interface Expected {
  readonly name: string;
  readonly weight: number;
  readonly score: number;
  readonly children: readonly Expected[];
}

const expectedOf = (n: TreeNode): Expected => ({ name: n.name, weight: n.weight, score: scoreOf(n), children: n.children.map(expectedOf) });
const readBack = (n: EvaluatedNode): Expected => ({
  name: n.name,
  weight: n.weight?.toNumber() ?? NaN,
  score: n.score?.toNumber() ?? NaN,
  children: n.children.map(readBack),
});

function flatten(tree: TreeNode[], shape: Shape): TreeNode[] {
  return shape.depth === 1 ? tree : tree.flatMap(function leaves(n: TreeNode): TreeNode[] {
    return n.children.length ? n.children.flatMap(leaves) : [n];
  });
}

test("property: every layout of the family reads back to the same tree, weights, scores and total", () => {
  fc.assert(
    fc.property(shapeArb, layoutArb, (shape, layout) => {
      const built = buildTree(shape);
      const tree = layout.rows === "flat" ? flatten(built, shape) : built;
      const { grid } = layOut(tree, layout);
      const e = evaluate(readWorkbook({ sheets: [grid] }));

      const funds = layout.funds !== "none";
      const readTree = e.tree.map(readBack);
      const expected = tree.map(expectedOf);
      if (funds) expected.unshift({ name: "预算执行率", weight: FUNDS.weight, score: FUNDS.score, children: [] });
      expect(readTree).toEqual(expected);

      const total = tree.reduce((s, n) => s + scoreOf(n), 0) + (funds ? FUNDS.score : 0);
      expect(e.totalUncapped?.toNumber()).toBeCloseTo(total, 10);
      if (layout.department !== "none") expect(e.input.department?.value).toBe(DEPARTMENT);
      else expect(e.input.department).toBeUndefined();
      expect(e.input.year?.value).toBe(2023);
      if (funds) {
        expect(e.input.fields.get("budget_adjusted")?.value.toNumber()).toBe(FUNDS.adjusted * 10000);
        expect(e.input.fields.get("spend_actual")?.value.toNumber()).toBe(FUNDS.spend * 10000);
        expect(e.rate("budget_completion_rate")?.value?.toNumber()).toBe(0.76);
      }
      if (layout.subtotals) for (const n of e.tree.filter((t) => !t.isLeaf)) expect(n.subtotal?.value.toNumber()).toBe(n.score?.toNumber());
      if (layout.totalRow || layout.statedTotalAbove) expect(e.input.statedTotal?.value.toNumber()).toBeCloseTo(Math.min(total, 100), 10);

      // No false alarm: the generated 一级 weights need not add up to 100, nothing else is wrong.
      const errors = e.checks.filter((c) => c.severity === "error" && !(c.id === "weight-sum" && c.message.startsWith("一级指标分值合计")));
      expect(errors).toEqual([]);
      expect(e.checks.filter((c) => c.id === "missing-input")).toEqual([]);
    }),
    { numRuns: 2000 },
  );
});
