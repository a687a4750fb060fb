/** The chart parts as text: well-formed, in schema order, referencing the sheet's cells with cached values. */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { addRelationship, chartParts, chartXml, sheetPartsByName, withDrawing, withOverrides, type ChartDescription } from ".";

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

test("relationships get the next free id; overrides are added once", () => {
  const rels = '<Relationships xmlns="x"><Relationship Id="rId1" Type="t" Target="a"/><Relationship Id="rId2" Type="t" Target="b"/></Relationships>';
  const added = addRelationship(rels, "T", "../drawings/drawing1.xml");
  expect(added.id).toBe("rId3");
  expect(added.xml).toContain('<Relationship Id="rId3" Type="T" Target="../drawings/drawing1.xml"/></Relationships>');
  expect(addRelationship(undefined, "T", "x").id).toBe("rId1");
  const types = '<Types><Override PartName="/a.xml" ContentType="x"/></Types>';
  expect(withOverrides(types, [{ partName: "/a.xml", contentType: "x" }, { partName: "/b.xml", contentType: "y" }])).toBe('<Types><Override PartName="/a.xml" ContentType="x"/><Override PartName="/b.xml" ContentType="y"/></Types>');
});

test("sheet parts by name, names unescaped", () => {
  const workbook = '<workbook><sheets><sheet sheetId="1" name="评分表" r:id="rId4"/><sheet name="A&amp;B" sheetId="2" r:id="rId5"/></sheets></workbook>';
  const rels = '<Relationships><Relationship Id="rId4" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Target="/xl/worksheets/sheet2.xml"/></Relationships>';
  expect([...sheetPartsByName(workbook, rels)]).toEqual([["评分表", "xl/worksheets/sheet1.xml"], ["A&B", "xl/worksheets/sheet2.xml"]]);
});

test("chartParts: every part a chart needs, numbered after those already in the package", () => {
  const files: Record<string, string> = {
    "xl/workbook.xml": '<workbook><sheets><sheet name="自评汇总" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<worksheet xmlns:r="r"><sheetData/></worksheet>',
    "[Content_Types].xml": "<Types></Types>",
    "xl/charts/chart1.xml": "<c:chartSpace/>",
  };
  const out = chartParts(Object.keys(files), (p) => files[p], [{ sheet: "自评汇总", chart, anchor: { from: { row: 20, col: 0 }, to: { row: 36, col: 6 } } }]);
  expect([...out.keys()].sort()).toEqual(["[Content_Types].xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"]);
  expect(out.get("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart2.xml"');
  expect(out.get("xl/drawings/drawing1.xml")).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
  expect(out.get("xl/worksheets/sheet1.xml")).toBe('<worksheet xmlns:r="r"><sheetData/><drawing r:id="rId1"/></worksheet>');
  expect(out.get("[Content_Types].xml")).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  for (const [p, xml] of out) if (p !== "[Content_Types].xml") wellFormed(xml);
});
