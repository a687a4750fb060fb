/** Reader edge cases found in review: each once wrong, now read as the user means. */
import { evaluate } from "../evaluate";
import { readWorkbook } from ".";
import { grid, scoringSheet } from "../../../test/helpers/grids";

const TABLE: Parameters<typeof scoringSheet>[0] = [
  [1, "预算编制", 40],
  [2, "合理性", 40, 40],
  [1, "预算执行", 60],
  [2, "支出合规性", 25, 25, undefined, undefined],
  [2, "支出管理", 35, 31, "进度迟缓，扣4分"],
];

test("a 合计 row with its weight in the label is the stated total, not an indicator", () => {
  const e = evaluate(readWorkbook({ sheets: [scoringSheet(TABLE, [["合计（100分）", null, null, 100, null, null, null, 96]])] }));
  expect(e.tree.map((n) => n.name)).toEqual(["预算编制", "预算执行"]);
  expect(e.input.statedTotal?.value.toString()).toBe("96");
  expect(e.total?.toString()).toBe("96");
  expect(e.checks).toEqual([]);
});

test("评分标准 mentioning 等级 does not turn the row into a grade row", () => {
  const sheet = scoringSheet(TABLE);
  const rows = sheet.rows.map((r) => [...(r ?? [])]);
  rows[6][5] = { value: "等级评定为合规的得满分" }; // 支出合规性's 评分标准 (column F)
  const e = evaluate(readWorkbook({ sheets: [{ ...sheet, rows }] }));
  expect(e.tree[1].children.map((n) => n.name)).toEqual(["支出合规性", "支出管理"]);
  expect(e.total?.toString()).toBe("96");
  expect(e.input.statedGrade).toBeUndefined();
});

test("a 合计 written in the 序号 column is the stated total", () => {
  const header = ["序号", "一级指标", "二级指标", "分值", "自评得分"];
  const e = evaluate(readWorkbook({ sheets: [grid("评分表", [header, [1, "产出", null, 60, 60], [2, "效益", null, 40, 39], ["合计", null, null, 100, 98]])] }));
  expect(e.input.statedTotal?.value.toString()).toBe("98");
  expect(e.checks.map((c) => c.id)).toContain("total");
});

test("a 加分 row after 合计 still counts", () => {
  const e = evaluate(readWorkbook({ sheets: [scoringSheet(TABLE, [["合计", null, null, 100, null, null, null, 97], ["加分", "工作表现加分", null, 1, null, null, null, 1]])] }));
  expect(e.bonusTotal.toString()).toBe("1");
  expect(e.total?.toString()).toBe("97");
  expect(e.checks.map((c) => c.id)).not.toContain("total");
});
