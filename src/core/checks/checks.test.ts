/** One firing and one quiet case per check, through the public reader + evaluate. */
import { evaluate } from "../evaluate";
import { readWorkbook } from "../reader";
import { basicSheet, grid, scoringSheet, SCORING_HEADER } from "../../../test/helpers/grids";
import type { Grid } from "../grid/grid";
import type { CheckId } from ".";

const run = (...sheets: Grid[]) => evaluate(readWorkbook({ sheets }));
const ids = (...sheets: Grid[]) => run(...sheets).checks.map((c) => c.id);
const only = (id: CheckId, ...sheets: Grid[]) => run(...sheets).checks.filter((c) => c.id === id);

const GOOD: Parameters<typeof scoringSheet>[0] = [
  [1, "预算编制", 40, 40],
  [2, "预算编制", 20, 20],
  [2, "目标设置", 20, 20],
  [1, "预算执行", 60, 59],
  [2, "支出管理", 60, 59, "支付进度迟缓，扣1分"],
];

test("a consistent table fires nothing", () => {
  expect(ids(scoringSheet(GOOD, [["合计", null, null, 100, null, null, null, 99], ["评价等级", null, null, null, null, null, null, "优"]]))).toEqual([]);
});

test("weight-sum: 20+20+20 under 50, and 一级 not adding to 100", () => {
  const found = only("weight-sum", scoringSheet([[1, "履职效能", 50], [2, "a", 20, 20], [2, "b", 20, 20], [2, "c", 20, 20], [1, "管理效率", 50], [2, "d", 50, 50]]));
  expect(found[0].message).toBe("“履职效能”的分值为50分，但其下级指标分值合计为20+20+20=60分");
  expect(found[0].cells[0]).toBe("评分表!D4");
  expect(found[0].severity).toBe("error");
  expect(only("weight-sum", scoringSheet([[1, "甲", 50], [2, "a", 50, 50]]))[0].message).toContain("一级指标分值合计为50分，应为100分");
});

test("score-sum: printed 39 where the parts give 40", () => {
  const c = only("score-sum", scoringSheet([[1, "预算执行", 40, 39], [2, "保障措施", 2, 2], [2, "支出管理", 38, 38], [1, "其他", 60, 60]]));
  expect(c).toHaveLength(1);
  expect(c[0].message).toContain("“预算执行”填报得分39分，但其下级得分合计为40分");
  expect(c[0].cells[0]).toBe("评分表!H4");
});

test("score-range: negative, above weight, and unreadable text (the rest is still evaluated)", () => {
  const e = run(scoringSheet([[1, "甲", 100], [2, "a", 10, -1], [2, "b", 10, 12], [2, "c", 40, "二十"], [2, "d", 40, 40]]));
  const c = e.checks.filter((x) => x.id === "score-range");
  expect(c.map((x) => x.cells[0])).toEqual(["评分表!H5", "评分表!H6", "评分表!H7"]);
  expect(c[2].message).toContain("“二十”");
  expect(e.tree[0].children[3].score?.toString()).toBe("40");
});

test("deduction-reason and reason-points", () => {
  const e = run(scoringSheet([[1, "甲", 100], [2, "a", 50, 48], [2, "b", 50, 48, "扣1分"]]));
  expect(e.checks.filter((c) => c.id === "deduction-reason").map((c) => c.cells[0])).toEqual(["评分表!H5"]);
  const rp = e.checks.filter((c) => c.id === "reason-points");
  expect(rp).toHaveLength(1);
  expect(rp[0].message).toContain("写扣1分");
  expect(rp[0].message).toContain("实际扣2分");
});

test("rule-score and rule-text", () => {
  const basic = basicSheet([["全年预算数", 100], ["实际支出", 70]]);
  const e = run(scoringSheet([[1, "甲", 100], [2, "支出率", 10, 10, undefined, "下限 部门预算资金支出率 95% 60%"], [2, "b", 80, 80], [2, "c", 10, 10, undefined, "看情况"]]), basic);
  const rs = e.checks.filter((c) => c.id === "rule-score");
  expect(rs).toHaveLength(1);
  expect(rs[0].message).toContain("应得2.86分");
  expect(e.checks.filter((c) => c.id === "rule-text")[0].cells).toEqual(["评分表!G7"]);
});

test("total and grade against the capped total", () => {
  const extra = [["加分", "工作表现加分", null, 1, null, null, null, 1], ["合计", null, null, 100, null, null, null, 99.83], ["评价等级", null, null, null, null, null, null, "良"]];
  const e = run(scoringSheet([[1, "甲", 100, 100], [2, "a", 100, 100]], extra));
  expect(e.total?.toString()).toBe("100");
  expect(e.totalUncapped?.toString()).toBe("101");
  expect(e.checks.find((c) => c.id === "total")?.message).toContain("填报总分99.83分，但按各项得分计算总分为100分（未封顶为101分）");
  expect(e.checks.find((c) => c.id === "grade")?.message).toContain("填报评价等级为“良”");
});

test("total with a score left blank: the filed total against the filled scores is still a warning", () => {
  const rows: Parameters<typeof scoringSheet>[0] = [[1, "甲", 60], [2, "a", 50, 49.8], [2, "b", 10], [1, "乙", 40], [2, "c", 40, 35]];
  const stated = (total: number) => [["合计", null, null, 100, null, null, null, total]];
  const at = (total: number) => only("total", scoringSheet(rows, stated(total))).map((c) => [c.severity, c.message, c.cells]);
  expect(at(99.8)).toEqual([["warning", "填报总分99.8分，已填得分合计84.8分，另有1项未填得分，未填各项即使得满分，合计也只有94.8分", ["评分表!H9", "评分表!H6"]]]);
  expect(at(90)).toEqual([["warning", "填报总分90分，已填得分合计84.8分，另有1项未填得分", ["评分表!H9", "评分表!H6"]]]);
  expect(at(80)).toEqual([["warning", "填报总分80分，已填得分合计84.8分，另有1项未填得分，已填得分已超过填报总分", ["评分表!H9", "评分表!H6"]]]);
  // The filled scores add up to the filed total: the blank is missing-input's to say, not total's.
  expect(at(84.8)).toEqual([]);
});

test("reported-rate: sign dropped; recomputed at the written precision", () => {
  const basic = basicSheet([["本年末存量资金", 1049567.64], ["上年末存量资金", 1407277.49], ["国库集中支付结转结余存量资金效率性", "25.42%"], ["全年预算数", 100], ["实际支出", 99.07], ["预算完成率", "99.1%"]]);
  const c = only("reported-rate", scoringSheet(GOOD), basic);
  expect(c).toHaveLength(1);
  expect(c[0].message).toContain("填报为25.42%");
  expect(c[0].message).toContain("-25.42%");
  expect(c[0].message).toContain("正负号相反");
});

test("rate-range: 375.64% from dividing by the initial budget", () => {
  const c = only("rate-range", scoringSheet(GOOD), basicSheet([["全年预算数", 3972], ["实际支出", 14920.44]], "万元"));
  // 支出完成率 without 下达数 is the same division as 预算完成率: one warning, not two.
  expect(c.map((x) => x.message)).toEqual(["支出完成率=实际支出/全年预算数×100%=375.64%，超过100%：支出不应超过可用资金，常见原因是用年初预算代替了调整后预算"]);
});

test("rate-range: a negative rate too small for two decimals shows its sign, never -0.00% or 0.00%", () => {
  const c = only("rate-range", scoringSheet(GOOD), basicSheet([["全年预算数", 1069000], ["实际支出", -5]]));
  expect(c.map((x) => x.message)).toEqual(["支出完成率=实际支出/全年预算数×100%=-0.0005%，低于0%"]);
});

test("parts-sum: a part left blank is named with its cell, and one part is not written as its own sum", () => {
  const c = only("parts-sum", scoringSheet(GOOD), basicSheet([["“三公”经费实际支出", 146012.79], ["公务用车购置及运行费", 139869.43], ["公务接待费", ""]]));
  expect(c.map((x) => x.message)).toEqual(["“三公”经费：公务用车购置及运行费139,869.43元，与“三公”经费实际支出146,012.79元不一致（相差6,143.36元）；公务接待费未填写（基础数据表!C6）"]);
  expect(c[0].cells).toContain("基础数据表!C6");
});

test("rate-range: 92 typed into a percent-formatted 满意度 cell shows 9200%, and says why", () => {
  const basic = basicSheet([["全年预算数", 100]]);
  const rows = basic.rows.map((r) => (r ? [...r] : r));
  rows.push([{ value: 2 }, { value: "满意度" }, { value: 92, numFmt: "0.00%" }, { value: "%" }]);
  const c = only("rate-range", scoringSheet(GOOD), { ...basic, rows });
  expect(c.map((x) => x.message)).toEqual(["满意度为9200.00%，超过100%（单元格为百分比格式，填入的数字92显示为9200.00%；应填0.92或92%）"]);
  // 92 in a plain cell beside a "%" unit is 92%: nothing to say.
  rows[rows.length - 1] = [{ value: 2 }, { value: "满意度" }, { value: 92 }, { value: "%" }];
  expect(only("rate-range", scoringSheet(GOOD), { ...basic, rows })).toEqual([]);
});

test("parts-sum: by source, by nature, 三公 items", () => {
  const c = only("parts-sum", scoringSheet(GOOD), basicSheet([["全年预算数", 40118.72], ["一般公共预算", 37888.34], ["政府性基金预算", 2000], ["实际支出", 100], ["基本支出", 60], ["项目支出", 40], ['"三公"经费实际支出', 146012.79], ["公务用车购置及运行费", 139869.43], ["公务接待费", 6143.36]], "万元"));
  expect(c).toHaveLength(1);
  expect(c[0].message).toContain("相差230.38万元");
});

test("carry-identity holds to the cent in the 2020 report, fires otherwise", () => {
  const pairs: [string, number][] = [["本年财政下达预算数", 111082222.47], ["上年结转", 1899168.28], ["实际支出", 111931823.11], ["年末结转结余", 1049567.64]];
  expect(only("carry-identity", scoringSheet(GOOD), basicSheet(pairs))).toHaveLength(0);
  pairs[3][1] = 1049567.65;
  expect(only("carry-identity", scoringSheet(GOOD), basicSheet(pairs))).toHaveLength(1);
});

test("missing-input: unreadable amount is an error on its cell; blank score a warning", () => {
  const e = run(scoringSheet([[1, "甲", 100], [2, "a", 50, null], [2, "b", 50, 50]]), basicSheet([["上年实际支出", "待定"], ["实际支出", 10]]));
  const m = e.checks.filter((c) => c.id === "missing-input");
  expect(m.find((c) => c.severity === "error")?.cells).toEqual(["基础数据表!C4"]);
  expect(m.find((c) => c.severity === "warning")?.message).toBe("“a”未填写自评得分");
});

test("an unknown framework is read, summed and checked from its own tree", () => {
  const e = run(grid("Sheet1", [SCORING_HEADER, ["产出", null, null, 60, null, null, null, 55], [null, "数量", null, 60, null, null, null, 55, "未完成，扣5分"], ["效益", null, null, 40, null, null, null, 40], [null, "满意度", null, 40, null, null, null, 40]]));
  expect(e.frameworkId).toBe("custom");
  expect(e.total?.toString()).toBe("95");
  expect(e.checks).toEqual([]);
});

test("reason-points on a parent row: a 二级 printed with full marks beside “扣1分”", () => {
  const e = run(scoringSheet([[1, "预算执行", 40, 40], [2, "支出管理", 21, 21, "少部分资金分配不及时，扣1分"], [3, "支出完成率", 21, 21]]));
  expect(e.checks.filter((c) => c.id === "reason-points").map((c) => c.message)).toEqual(["“支出管理”的扣分原因写扣1分，但分值21分减得分21分实际扣0分"]);
});
