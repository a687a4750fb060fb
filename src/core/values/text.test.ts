import { labelKey, toHalfWidth } from "./text";

test("full-width to half-width", () => {
  expect(toHalfWidth("３９７２（万元）")).toBe("3972(万元)");
});
test.each([
  ["（三）“三公”经费预算数（万元）：", '"三公"经费预算数'],
  ["1. 年初预算数", "年初预算数"],
  ["年初预算数(万元)", "年初预算数"],
  ["预算编制（20分）", "预算编制"],
  [" 实际 支出 ", "实际支出"],
])("labelKey %s", (raw, key) => {
  expect(labelKey(raw)).toBe(key);
});
