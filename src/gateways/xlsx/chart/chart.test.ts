/** The chart parts as text: well-formed, in schema order, referencing the sheet's cells with cached values. */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { attachChart, chartXml, withDrawing, type ChartDescription } from ".";
import { partText, setPart, type XlsxPackage } from "../package";

const chart: ChartDescription = {
  title: "二级指标得分率",
  seriesName: "得分率",
  numFmt: "0%",
  data: {
    sheet: "自评汇总's",
    categoriesRange: "$B$12:$B$14",
    categories: ["预算编制", "A&B <采购>", "资产管理"],
    valuesRange: "$F$12:$F$14",
    values: [1, 0.85, null],
    valuesFormat: "0.00%",
  },
};

/** xmllint accepts it (well-formed XML). */
function wellFormed(xml: string): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "perfeval-chart-")), "part.xml");
  writeFileSync(file, xml);
  execFileSync("xmllint", ["--noout", file]);
}

test("chartXml: a clustered column chart whose series references the cells, with the values cached", () => {
  const xml = chartXml(chart);
  wellFormed(xml);
  expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  expect(xml).toContain("<c:f>'自评汇总''s'!$B$12:$B$14</c:f>");
  expect(xml).toContain("<c:f>'自评汇总''s'!$F$12:$F$14</c:f>");
  expect(xml).toContain('<c:pt idx="1"><c:v>A&amp;B &lt;采购&gt;</c:v></c:pt>');
  expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>0.85</c:v></c:pt></c:numCache>');
  expect(xml).toContain('<c:max val="1"/><c:min val="0"/>');
  expect(chartXml({ ...chart, data: { ...chart.data, values: [1.2, 0.5, 1] } })).not.toContain("<c:max");
});

test("withDrawing puts <drawing> where CT_Worksheet wants it; a second drawing is refused", () => {
  const sheet = '<worksheet xmlns:r="r"><sheetData/><pageMargins/><pageSetup/><tableParts count="0"/></worksheet>';
  expect(withDrawing(sheet, "rId3")).toBe('<worksheet xmlns:r="r"><sheetData/><pageMargins/><pageSetup/><drawing r:id="rId3"/><tableParts count="0"/></worksheet>');
  expect(withDrawing("<worksheet><sheetData/></worksheet>", "rId1")).toBe('<worksheet><sheetData/><drawing r:id="rId1"/></worksheet>');
  expect(() => withDrawing('<worksheet><drawing r:id="rId1"/></worksheet>', "rId2")).toThrow();
});

test("attachChart: every part a chart needs, through the package layer, numbered after those already there", async () => {
  const files: Record<string, string> = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    "xl/worksheets/sheet1.xml": '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>',
    "xl/charts/chart1.xml": "<c:chartSpace/>",
  };
  const pkg: XlsxPackage = { parts: new Map(), names: new Map() };
  for (const [name, xml] of Object.entries(files)) setPart(pkg, name, xml);
  attachChart(pkg, "xl/worksheets/sheet1.xml", { sheet: "自评汇总", chart, anchor: { from: { row: 20, col: 0 }, to: { row: 36, col: 6 } } });
  expect([...pkg.parts.keys()].sort()).toEqual([
    "[Content_Types].xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml",
  ]);
  expect(partText(pkg, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart2.xml"');
  expect(partText(pkg, "xl/worksheets/_rels/sheet1.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
  expect(partText(pkg, "xl/drawings/drawing1.xml")).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
  expect(partText(pkg, "xl/worksheets/sheet1.xml")).toContain('<sheetData/><drawing r:id="rId1"/></worksheet>');
  expect(partText(pkg, "[Content_Types].xml")).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  for (const p of ["xl/charts/chart2.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/worksheets/sheet1.xml"]) wellFormed(partText(pkg, p)!);
});
