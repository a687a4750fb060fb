/** 标注扣分 colours only the row that lost points, from the leaf's own column, never a merged 一级 block. */
import { evaluate } from "../evaluate";
import { readWorkbook } from "../reader";
import { basicSheet, scoringSheet } from "../../../test/helpers/grids";
import { buildMarkPlan } from ".";

test("a deducted 二级 row is coloured from its own column: the 一级 name beside it is not", () => {
  const e = evaluate(
    readWorkbook({
      sheets: [
        scoringSheet([
          [1, "预算编制", 20],
          [2, "预算编制", 12, 12],
          [2, "目标设置", 8, 7, "目标不够细化，扣1分"],
        ]),
        basicSheet([["实际支出", 10]]),
      ],
    }),
  );
  const deducted = buildMarkPlan(e).marks.filter((m) => m.kind !== "check").flatMap((m) => m.cells);
  // Row 6 (目标设置): columns B (二级) to I, not A (一级).
  expect(deducted).toContain("B6");
  expect(deducted).toContain("H6");
  expect(deducted).not.toContain("A6");
  expect(deducted.every((c) => c.endsWith("6"))).toBe(true);
});
