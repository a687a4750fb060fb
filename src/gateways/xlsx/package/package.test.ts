/**
 * The package layer on small packages made by hand (as generators write them): reading parts,
 * relationships and content types, adding parts, sheets, styles and strings beside the originals.
 */
import JSZip from "jszip";
import { addPart } from "./add-part";
import { addContentTypeDefault, addContentTypeOverride, contentTypeOf } from "./content-types";
import { partText, readPackage, setPart, writePackage, type XlsxPackage } from "./package";
import { addRelationship, relationshipOfKind, relationshipsOf } from "./relationships";
import { appendSharedStrings } from "./shared-strings";
import { StyleSheet } from "./styles";
import { appendWorksheet, REL, usesDate1904, workbookPart, workbookSheets } from "./workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A two-sheet package; `p` prefixes SpreadsheetML ("x:"), `abs` writes absolute targets. */
async function sample(p = "", abs = false): Promise<XlsxPackage> {
  const zip = new JSZip();
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const t = (x: string) => (abs ? `/xl/${x}` : x);
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${abs ? "/" : ""}xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}workbookPr date1904="1"/><${p}sheets><${p}sheet name="评分表 &amp; 说明" sheetId="3" r:id="rId1"/><${p}sheet name="隐藏" sheetId="7" state="hidden" r:id="rId2"/></${p}sheets></${p}workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${t("worksheets/sheet1.xml")}"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="${t("worksheets/sheet2.xml")}"/><Relationship Id="rId3" Type="${REL}/styles" Target="${t("styles.xml")}"/></Relationships>`);
  zip.file("xl/worksheets/sheet1.xml", `<${p}worksheet ${ns}><${p}sheetData><${p}row r="1"><${p}c r="A1"><${p}v>1</${p}v></${p}c></${p}row></${p}sheetData></${p}worksheet>`);
  zip.file("xl/worksheets/sheet2.xml", `<${p}worksheet ${ns}><${p}sheetData/></${p}worksheet>`);
  zip.file("xl/styles.xml", `<${p}styleSheet ${ns}><${p}fonts count="1"><${p}font/></${p}fonts><${p}fills count="2"><${p}fill/><${p}fill/></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellXfs count="2"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><${p}xf numFmtId="4" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"><${p}alignment horizontal="right"/></${p}xf></${p}cellXfs></${p}styleSheet>`);
  return readPackage(await zip.generateAsync({ type: "uint8array" }));
}

describe("reading", () => {
  test.each([
    ["relative", false],
    ["absolute", true],
  ])("sheets in tab order with names, states and parts (%s targets)", async (_n, abs) => {
    const pkg = await sample("", abs);
    expect(workbookPart(pkg)).toBe("xl/workbook.xml");
    expect(workbookSheets(pkg)).toEqual([
      { name: "评分表 & 说明", sheetId: "3", relId: "rId1", state: "visible", kind: "worksheet", part: "xl/worksheets/sheet1.xml" },
      { name: "隐藏", sheetId: "7", relId: "rId2", state: "hidden", kind: "worksheet", part: "xl/worksheets/sheet2.xml" },
    ]);
    expect(usesDate1904(pkg)).toBe(true);
    expect(relationshipOfKind(pkg, "xl/workbook.xml", "styles")?.part).toBe("xl/styles.xml");
  });

  test("part names are case-insensitive and every part keeps its bytes through a round trip", async () => {
    const pkg = await sample("x:");
    expect(partText(pkg, "XL/Workbook.XML")).toContain("<x:workbook");
    const again = await readPackage(await writePackage(pkg));
    expect([...again.parts.keys()]).toEqual([...pkg.parts.keys()]);
    for (const [k, v] of pkg.parts) expect(Buffer.from(again.parts.get(k)!).equals(Buffer.from(v))).toBe(true);
  });
});

describe("adding beside the originals", () => {
  test("a part with its content type and a relationship to it (the API a native chart uses)", async () => {
    const pkg = await sample();
    addPart(pkg, "xl/charts/chart1.xml", "<c:chartSpace/>", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    addPart(pkg, "xl/drawings/drawing1.xml", "<xdr:wsDr/>", "application/vnd.openxmlformats-officedocument.drawing+xml");
    const chart = addRelationship(pkg, "xl/drawings/drawing1.xml", `${REL}/chart`, "xl/charts/chart1.xml");
    const drawing = addRelationship(pkg, "xl/worksheets/sheet1.xml", `${REL}/drawing`, "xl/drawings/drawing1.xml");
    expect(chart).toBe("rId1");
    expect(drawing).toBe("rId1");
    expect(relationshipsOf(pkg, "xl/drawings/drawing1.xml")).toEqual([{ id: "rId1", type: `${REL}/chart`, target: "../charts/chart1.xml", external: false, part: "xl/charts/chart1.xml" }]);
    expect(contentTypeOf(pkg, "xl/charts/chart1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(() => addPart(pkg, "xl/charts/chart1.xml", "x", "y")).toThrow();
    addContentTypeOverride(pkg, "xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(partText(pkg, "[Content_Types].xml")!.match(/chart1/g)).toHaveLength(1);
    addContentTypeDefault(pkg, "png", "image/png");
    addContentTypeDefault(pkg, "PNG", "image/png");
    expect(contentTypeOf(pkg, "xl/media/a.png")).toBe("image/png");
    expect(partText(pkg, "[Content_Types].xml")!.match(/Extension="png"/gi)).toHaveLength(1);
  });

  test("a relationship gets an id not yet used", async () => {
    const pkg = await sample();
    expect(addRelationship(pkg, "xl/workbook.xml", `${REL}/worksheet`, "xl/worksheets/sheet9.xml")).toBe("rId4");
    expect(addRelationship(pkg, "xl/workbook.xml", `${REL}/worksheet`, "xl/worksheets/sheet10.xml")).toBe("rId5");
  });

  test.each(["", "x:"])("a worksheet after the others, with the next sheetId (prefix %j)", async (p) => {
    const pkg = await sample(p);
    const part = appendWorksheet(pkg, "自评汇总", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    expect(part).toBe("xl/worksheets/sheet3.xml");
    const sheets = workbookSheets(pkg);
    expect(sheets.map((s) => [s.name, s.sheetId, s.part])).toEqual([
      ["评分表 & 说明", "3", "xl/worksheets/sheet1.xml"],
      ["隐藏", "7", "xl/worksheets/sheet2.xml"],
      ["自评汇总", "8", "xl/worksheets/sheet3.xml"],
    ]);
    expect(partText(pkg, "xl/workbook.xml")).toContain(`<${p}sheet name="自评汇总" sheetId="8" r:id="rId4"/></${p}sheets>`);
    expect(contentTypeOf(pkg, part)).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  });

  test.each(["", "x:"])("styles: derived cell formats and new formats after the user's (prefix %j)", async (p) => {
    const pkg = await sample(p);
    const styles = StyleSheet.of(pkg);
    const fill = styles.append("fills", "fill", `<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill>`);
    expect(fill).toBe(2);
    const xf = styles.derivedXf(1, { fillId: fill });
    expect(xf).toBe(2);
    expect(styles.derivedXf(1, { fillId: fill })).toBe(2); // once per distinct result
    expect(styles.numFmtId("0.00%")).toBe(10);
    expect(styles.numFmtId("#,##0.00元")).toBe(164);
    expect(styles.numFmtId("#,##0.00元")).toBe(164);
    styles.save();
    const xml = partText(pkg, "xl/styles.xml")!;
    expect(xml).toContain(`<${p}fills count="3">`);
    expect(xml).toContain(`<${p}xf numFmtId="4" fontId="0" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"><${p}alignment horizontal="right"/></${p}xf></${p}cellXfs>`);
    // numFmts did not exist: inserted before fonts, as the schema orders it.
    expect(xml.indexOf(`<${p}numFmts count="1">`)).toBeLessThan(xml.indexOf(`<${p}fonts`));
    expect(xml.startsWith(`<${p}styleSheet`)).toBe(true);
  });

  test("styles and shared strings are created when the workbook has none", async () => {
    const pkg = await sample();
    setPart(pkg, "xl/_rels/workbook.xml.rels", partText(pkg, "xl/_rels/workbook.xml.rels")!.replace(/<Relationship Id="rId3"[^>]*\/>/, ""));
    pkg.parts.delete("xl/styles.xml");
    pkg.names.delete("xl/styles.xml");
    const styles = StyleSheet.of(pkg);
    expect(styles.xfCount).toBe(1);
    expect(appendSharedStrings(pkg, ["<si><t>甲</t></si>", "<si><t>乙</t></si>"], 3)).toBe(0);
    expect(partText(pkg, "xl/sharedStrings.xml")).toContain('count="3" uniqueCount="2"><si><t>甲</t></si><si><t>乙</t></si></sst>');
    expect(appendSharedStrings(pkg, ["<si><t>丙</t></si>"], 1)).toBe(2);
    expect(relationshipOfKind(pkg, "xl/workbook.xml", "sharedStrings")?.part).toBe("xl/sharedStrings.xml");
    expect(contentTypeOf(pkg, "xl/sharedStrings.xml")).toMatch(/sharedStrings\+xml$/);
  });
});
