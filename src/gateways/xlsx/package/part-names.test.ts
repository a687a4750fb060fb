import { relativeTarget, relsPartOf, resolveTarget, sourceOfRels } from "./part-names";

describe("part names", () => {
  test.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../comments1.xml", "xl/comments1.xml"],
    ["xl/worksheets/sheet1.xml", "/xl/comments/comment1.xml", "xl/comments/comment1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["", "/xl/workbook.xml", "xl/workbook.xml"],
    ["xl/workbook.xml", "./styles.xml", "xl/styles.xml"],
    ["xl/workbook.xml", "media/%E5%9B%BE.png", "xl/media/图.png"],
    ["xl/workbook.xml", "..\\customXml\\item1.xml", "customXml/item1.xml"],
  ])("from %s, %s is %s", (source, target, part) => expect(resolveTarget(source, target)).toBe(part));

  test("relationships parts and back", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("")).toBe("_rels/.rels");
    expect(sourceOfRels("xl/worksheets/_rels/sheet1.xml.rels")).toBe("xl/worksheets/sheet1.xml");
    expect(sourceOfRels("_rels/.rels")).toBe("");
  });

  test.each([
    ["xl/workbook.xml", "xl/worksheets/sheet3.xml", "worksheets/sheet3.xml"],
    ["xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "../charts/chart1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("relative target from %s to %s", (source, part, target) => {
    expect(relativeTarget(source, part)).toBe(target);
    expect(resolveTarget(source, target)).toBe(part);
  });
});
