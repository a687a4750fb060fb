import { dec } from "./decimal";
import { evaluate } from "./evaluate";
import { formatAmount, formatChineseDate, formatPercent } from "./format";
import { generateNarrative, paragraphText } from "./narrative";
import { readWorkbook } from "./reader";
import { basicSheet, scoringSheet } from "../../test/helpers/grids";

test.each([
  ["2024-06-11", "2024年6月11日"],
  ["2024/6/11", "2024年6月11日"],
  ["2024.06.01", "2024年6月1日"],
  ["2024年6月11日", "2024年6月11日"],
  ["待定", undefined],
  ["2024-13-01", undefined],
])("formatChineseDate(%s) = %s", (text, expected) => expect(formatChineseDate(text)).toBe(expected));

test("amounts and percentages as the reports print them", () => {
  expect(formatAmount(dec("401187200"), "万元")).toBe("40,118.72万元");
  expect(formatPercent(dec("0.99065"))).toBe("99.07%");
});

test("a 填报日期 in the 基础数据表 appears in the report in the reports' style, traced to its cell", () => {
  const e = evaluate(readWorkbook({ sheets: [scoringSheet([[1, "预算编制", 100, 100]]), basicSheet([["填报日期", "2024-06-11"], ["实际支出", 10]])] }));
  const p = generateNarrative(e, "湛江式").paragraphs.find((x) => x.id === "meta.date")!;
  expect(paragraphText(p)).toBe("填报日期：2024年6月11日");
  expect(p.spans[1].cells).toEqual(["基础数据表!C4"]);
  expect(paragraphText(generateNarrative(e, "海珠式").paragraphs.find((x) => x.id === "meta.date")!)).toBe("填报日期：2024年6月11日");
  // The 落款 carries the same date; without one it is asked for there, once.
  expect(paragraphText(generateNarrative(e, "湛江式").paragraphs.find((x) => x.id === "signature.date")!)).toBe("2024年6月11日");
  const none = evaluate(readWorkbook({ sheets: [scoringSheet([[1, "预算编制", 100, 100]])] }));
  // The cover asks for it (both published 湛江 reports have the line), as does the 落款.
  expect(paragraphText(generateNarrative(none, "湛江式").paragraphs.find((x) => x.id === "meta.date")!)).toBe("填报日期：【请填写：填报日期】");
  expect(generateNarrative(none, "湛江式").paragraphs.find((x) => x.id === "signature.date")!.role).toBe("placeholder");
});
