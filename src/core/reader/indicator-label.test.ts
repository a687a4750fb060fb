import { readIndicatorLabel } from "./indicator-label";

test.each([
  ["投 入\n(15分)", "投入", "15"],
  ["财政供养人员\n控制率", "财政供养人员控制率", undefined],
  ["预算编制（20分）", "预算编制", "20"],
  ["预算编制 20分", "预算编制", "20"],
  ["效率性11分", "效率性", "11"],
  ["“三公经费”\n变动率", "“三公经费”变动率", undefined],
  ["指标1：资金到位率", "资金到位率", undefined],
  ["(50分)", "", "50"],
  ["（2.5分）", "", "2.5"],
  ["Budget A 1", "Budget A 1", undefined],
])("%j reads as name %j, weight %j", (label, name, weight) => {
  const l = readIndicatorLabel(label);
  expect([l.name, l.weight, l.placeholder]).toEqual([name, weight, false]);
});

test.each(["指标2：", "……", "…", "...", "指标3:", ""])("%j is an unused row of the printed form", (label) => {
  expect(readIndicatorLabel(label).placeholder).toBe(true);
});

test("points lost are not a weight", () => {
  expect(readIndicatorLabel("扣2分").weight).toBeUndefined();
});
