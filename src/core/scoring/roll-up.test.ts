import fc from "fast-check";
import { dec, sum } from "../decimal";
import { walk } from "../evaluation";
import { evaluate } from "../evaluate";
import { readWorkbook } from "../reader";
import { gradeOf } from "./grade";
import { scoringSheet } from "../../../test/helpers/grids";

describe("grade bands", () => {
  test.each([
    [100, "优"], [90, "优"], [89.99, "良"], [80, "良"], [79.99, "中"], [60, "中"], [59.99, "差"], [0, "差"],
  ])("%s → %s", (t, g) => expect(gradeOf(dec(t))).toBe(g));
});

describe("roll-up", () => {
  test("blank scores are not zero: the parent is incomplete and the total comes from what is entered", () => {
    const e = evaluate(readWorkbook({ sheets: [scoringSheet([[1, "甲", 60], [2, "甲一", 30, 30], [2, "甲二", 30, null], [1, "乙", 40], [2, "乙一", 40, 35, "扣5分"]])] }));
    expect(e.complete).toBe(false);
    expect(e.tree[0].complete).toBe(false);
    expect(e.tree[0].score?.toString()).toBe("30");
    expect(e.tree[0].deduction).toBeUndefined();
    expect(e.totalUncapped?.toString()).toBe("65");
    expect(e.deductions.map((d) => d.name)).toEqual(["乙一"]);
  });

  test("property: a parent's computed score equals the sum of its children's; the total is capped at 100", () => {
    const leaf = fc.record({ weight: fc.integer({ min: 1, max: 20 }), lost: fc.integer({ min: 0, max: 40 }) });
    const tree = fc.array(fc.array(leaf, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 5 }), (blocks, bonus) => {
        const rows: Parameters<typeof scoringSheet>[0] = [];
        blocks.forEach((leaves, i) => {
          rows.push([1, `一级${i}`, leaves.reduce((s, l) => s + l.weight, 0)]);
          leaves.forEach((l, j) => rows.push([2, `二级${i}-${j}`, l.weight, Math.max(0, l.weight - l.lost / 4), l.lost ? `扣${l.lost / 4}分` : undefined]));
        });
        const extra = bonus ? [["加分", "工作表现加分", null, bonus, null, null, null, bonus]] : [];
        const e = evaluate(readWorkbook({ sheets: [scoringSheet(rows, extra)] }));
        for (const n of walk(e.tree)) {
          if (!n.isLeaf && !n.score!.equals(sum(n.children.map((c) => c.score!)))) return false;
        }
        const uncapped = sum(e.tree.map((n) => n.score!)).plus(bonus);
        return e.totalUncapped!.equals(uncapped) && e.total!.equals(uncapped.greaterThan(100) ? 100 : uncapped);
      }),
      { numRuns: 60 },
    );
  });
});
