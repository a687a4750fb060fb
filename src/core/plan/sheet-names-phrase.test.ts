import { sheetNamesPhrase } from "./sheet-names-phrase";

test("two names by name, more by count", () => {
  expect(sheetNamesPhrase(["自评汇总", "自评报告"])).toBe("“自评汇总”和“自评报告”工作表");
  expect(sheetNamesPhrase(["自评汇总"])).toBe("“自评汇总”工作表");
  const many = Array.from({ length: 16 }, (_, i) => `项目自评汇总-项目${i}`);
  expect(sheetNamesPhrase(many)).toBe("“项目自评汇总-项目0”等 16 张工作表");
});
