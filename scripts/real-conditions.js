#!/usr/bin/env node
"use strict";
// Workbooks shaped like those office software and generators really write, one condition each,
// made by editing the XML of a sample with JSZip (as such files look inside). Every variant of a
// reading family must evaluate exactly like its control; the "keep" variants carry parts the
// result workbook must keep (comments, drawings, pictures, WPS cell images, metadata, printer
// settings, custom XML, external links, names, protection, validations, hyperlinks).
//
//   node scripts/real-conditions.js OUT_DIR      writes every variant (and the controls) there
//
// The base is samples/湛江市工业和信息化局-2020-更正版.xlsx; "control" adds a 填报日期 row
// (2021-03-15 as a serial number), as in the public reference set.
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");

const ROOT = path.join(__dirname, "..");
const BASE = path.join(ROOT, "samples", "湛江市工业和信息化局-2020-更正版.xlsx");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5e2dc550000000049454e44ae426082", "hex");

async function edit(bytes, fn) {
  const zip = await JSZip.loadAsync(bytes);
  const text = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir && /\.(xml|rels|vml)$/.test(name)) text[name] = await zip.files[name].async("string");
  const put = (name, data) => {
    if (typeof data === "string") text[name] = data;
    else zip.file(name, data, { createFolders: false });
  };
  const del = (name) => {
    delete text[name];
    zip.remove(name);
  };
  await fn(text, put, del, zip);
  for (const [name, t] of Object.entries(text)) zip.file(name, t, { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Inserts a worksheet child in schema order: before the first element that must follow it. */
function insertInSheet(xml, element, before = ["hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "drawing", "legacyDrawing", "picture", "oleObjects", "tableParts", "extLst"]) {
  let at = xml.lastIndexOf("</worksheet>");
  for (const name of before) {
    const i = xml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

function addOverride(text, part, type) {
  text["[Content_Types].xml"] = text["[Content_Types].xml"].replace("</Types>", `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}
function addDefault(text, ext, type) {
  if (!text["[Content_Types].xml"].includes(`Extension="${ext}"`)) text["[Content_Types].xml"] = text["[Content_Types].xml"].replace("</Types>", `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
}
function addRel(text, relsPart, id, type, target, external) {
  const xml = text[relsPart] ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  text[relsPart] = xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/></Relationships>`);
}

// ---- the control: the sample plus a 填报日期 row ----------------------------------------------
async function control(base) {
  return edit(base, (t) => {
    const sst = t["xl/sharedStrings.xml"];
    const n = (sst.match(/<si>/g) || []).length;
    t["xl/sharedStrings.xml"] = sst.replace("</sst>", "<si><t>填报日期</t></si></sst>");
    t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"].replace("</sheetData>", `<row r="30" spans="1:5"><c r="A30" s="3"><v>27</v></c><c r="B30" s="3" t="s"><v>${n}</v></c><c r="C30" s="7"><v>44270</v></c></row></sheetData>`);
    // Cell format 7: a date (built-in format 14) with the table's border.
    t["xl/styles.xml"] = t["xl/styles.xml"].replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n, inner) => {
      if (Number(n) !== 7) throw new Error("the sample's styles changed: cell format 7 would not be the date");
      return `<cellXfs count="8">${inner}<xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>`;
    });
  });
}

// ---- data validations of any extent -----------------------------------------------------------
const dv = (sqref, list = '"优,良,中,差"') => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>${list}</formula1></dataValidation>`;
const withValidations = (items, sheet = "xl/worksheets/sheet1.xml") => (base) =>
  edit(base, (t) => {
    t[sheet] = insertInSheet(t[sheet], `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`);
  });
const COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];

// ---- Strict Open XML ---------------------------------------------------------------------------
function toStrict(xml) {
  return xml
    .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/extended-properties/g, "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties")
    .replace(/http:\/\/schemas\.openxmlformats\.org\/(officeDocument|drawingml|spreadsheetml)\/2006\/(\w+)/g, "http://purl.oclc.org/ooxml/$1/$2")
    .replace(/<workbook /, '<workbook conformance="strict" ');
}
const strict = (extraDates) => async (base) =>
  edit(await control(base), (t) => {
    for (const name of Object.keys(t)) if (name !== "[Content_Types].xml" && name !== "docProps/core.xml") t[name] = toStrict(t[name]);
    t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"].replace('<c r="C30" s="7"><v>44270</v></c>', '<c r="C30" s="7" t="d"><v>2021-03-15T00:00:00</v></c>');
    if (extraDates) {
      // More ISO dates: a time stamp, a date without time, and one in a cell of no date style.
      t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"]
        .replace("</sheetData>", '<row r="32"><c r="B32" t="d"><v>2021-03-16T10:30:00Z</v></c><c r="C32" s="7" t="d"><v>2020-12-31</v></c></row></sheetData>');
      t["xl/worksheets/sheet1.xml"] = t["xl/worksheets/sheet1.xml"].replace("</sheetData>", '<row r="40"><c r="K40" t="d"><v>2021-01-05</v></c></row></sheetData>');
    }
  });

// ---- a namespace prefix on SpreadsheetML -------------------------------------------------------
function prefixed(xml, p) {
  if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z][\w]*)(?=[\s/>])/g, (m, slash, name) => `<${slash}${p}:${name}`)
    .replace(`xmlns="${MAIN}"`, `xmlns:${p}="${MAIN}"`);
}
const prefix = (p) => (base) =>
  edit(base, (t) => {
    for (const name of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/sharedStrings.xml"]) t[name] = prefixed(t[name], p);
  });

// ---- comments, drawings, pictures, WPS cell images with absolute part paths ---------------------
const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>审核人</author></authors><commentList><comment ref="H9" authorId="0"><text><r><t>扣分依据见附件</t></r></text></comment></commentList></comments>`;
const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>8</x:Row><x:Column>7</x:Column></x:ClientData></v:shape></xml>`;
const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><xdr:oneCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="公章"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
const CELLIMAGES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="${REL}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_6A1B3C" descr="签章"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`;

function commentsAbs(t, put) {
  put("xl/comments/comment1.xml", COMMENTS);
  put("xl/drawings/commentsDrawing1.vml", VML);
  addDefault(t, "vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
  addOverride(t, "/xl/comments/comment1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  addRel(t, "xl/worksheets/_rels/sheet1.xml.rels", "rId1", `${REL}/vmlDrawing`, "/xl/drawings/commentsDrawing1.vml");
  addRel(t, "xl/worksheets/_rels/sheet1.xml.rels", "rId2", `${REL}/comments`, "/xl/comments/comment1.xml");
  t["xl/worksheets/sheet1.xml"] = insertInSheet(t["xl/worksheets/sheet1.xml"], '<legacyDrawing r:id="rId1"/>', ["legacyDrawingHF", "picture", "oleObjects", "tableParts", "extLst"]);
}
function drawingAbs(t, put) {
  put("xl/media/image1.png", PNG);
  put("xl/drawings/drawing1.xml", DRAWING);
  addDefault(t, "png", "image/png");
  addOverride(t, "/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  addRel(t, "xl/drawings/_rels/drawing1.xml.rels", "rId1", `${REL}/image`, "/xl/media/image1.png");
  addRel(t, "xl/worksheets/_rels/sheet1.xml.rels", "rId3", `${REL}/drawing`, "/xl/drawings/drawing1.xml");
  t["xl/worksheets/sheet1.xml"] = insertInSheet(t["xl/worksheets/sheet1.xml"], '<drawing r:id="rId3"/>', ["legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "tableParts", "extLst"]);
}
function wpsCellImages(t, put, abs) {
  put("xl/media/image2.png", PNG);
  put("xl/cellimages.xml", CELLIMAGES);
  addDefault(t, "png", "image/png");
  addOverride(t, "/xl/cellimages.xml", "application/vnd.wps-officedocument.cellimage+xml");
  addRel(t, "xl/_rels/cellimages.xml.rels", "rId1", `${REL}/image`, abs ? "/xl/media/image2.png" : "media/image2.png");
  addRel(t, "xl/_rels/workbook.xml.rels", "rId90", "http://www.wps.cn/officeDocument/2020/cellImage", abs ? "/xl/cellimages.xml" : "cellimages.xml");
  // The picture's cell: a DISPIMG formula with its cached text, as WPS writes it.
  t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"].replace("</sheetData>", '<row r="34"><c r="E34" t="str"><f>_xlfn.DISPIMG("ID_6A1B3C",1)</f><v>=DISPIMG("ID_6A1B3C",1)</v></c></row></sheetData>');
}

// ---- everything the result must keep -----------------------------------------------------------
async function keepEverything(base) {
  return edit(await control(base), (t, put) => {
    commentsAbs(t, put);
    drawingAbs(t, put);
    wpsCellImages(t, put, false);
    // Defined names (print titles, a name for a cell, a hidden name), workbook protection.
    t["xl/workbook.xml"] = t["xl/workbook.xml"]
      .replace("<workbookPr ", '<workbookProtection workbookPassword="CC3D" lockStructure="1"/><workbookPr ')
      .replace(/(<workbookProtection[^>]*\/>)(<workbookPr [^>]*\/>)/, "$2$1")
      .replace("</sheets>", `</sheets><externalReferences><externalReference r:id="rId91"/></externalReferences><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">评分表!$3:$3</definedName><definedName name="实际支出">基础数据表!$C$6</definedName><definedName name="_hidden_rate" hidden="1">基础数据表!$C$4/基础数据表!$C$6</definedName><definedName name="上年数">[1]Sheet1!$B$2</definedName></definedNames>`);
    // An external link.
    put("xl/externalLinks/externalLink1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>98000000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`);
    addRel(t, "xl/externalLinks/_rels/externalLink1.xml.rels", "rId1", `${REL}/externalLinkPath`, "file:///D:/财务/2019年决算.xlsx", true);
    addRel(t, "xl/_rels/workbook.xml.rels", "rId91", `${REL}/externalLink`, "externalLinks/externalLink1.xml");
    addOverride(t, "/xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
    // Dynamic-array metadata and a formula that uses it.
    put("xl/metadata.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`);
    addRel(t, "xl/_rels/workbook.xml.rels", "rId92", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata", "metadata.xml");
    addOverride(t, "/xl/metadata.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml");
    t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"].replace("</sheetData>", '<row r="36"><c r="G36" cm="1"><f t="array" ref="G36:G37">_xlfn.SORT(C4:C5)</f><v>1899168.28</v></c></row><row r="37"><c r="G37"><v>111082222.47</v></c></row></sheetData>');
    // Custom XML (a document-management tag) from the package.
    put("customXml/item1.xml", `<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="" StyleName=""/>`);
    put("customXml/itemProps1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{5A1C9B0E-3E0A-4C55-9E9F-1B2C3D4E5F60}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`);
    addRel(t, "customXml/_rels/item1.xml.rels", "rId1", `${REL}/customXmlProps`, "itemProps1.xml");
    addRel(t, "xl/_rels/workbook.xml.rels", "rId93", `${REL}/customXml`, "../customXml/item1.xml");
    addOverride(t, "/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
    // Printer settings of the 评分表.
    put("xl/printerSettings/printerSettings1.bin", Buffer.from("打印机设置".repeat(20)));
    addDefault(t, "bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings");
    addRel(t, "xl/worksheets/_rels/sheet1.xml.rels", "rId4", `${REL}/printerSettings`, "../printerSettings/printerSettings1.bin");
    t["xl/worksheets/sheet1.xml"] = t["xl/worksheets/sheet1.xml"].replace(/<pageSetup ([^>]*?)\/>/, '<pageSetup $1 r:id="rId4"/>');
    // Validations, hyperlinks (one inside the workbook, one to a web page), a protected sheet.
    t["xl/worksheets/sheet1.xml"] = insertInSheet(t["xl/worksheets/sheet1.xml"], `<dataValidations count="1">${dv("H4:H25", "0,100")}</dataValidations>`);
    t["xl/worksheets/sheet1.xml"] = insertInSheet(t["xl/worksheets/sheet1.xml"], '<hyperlinks><hyperlink ref="A2" location="\'基础数据表\'!A1" display="基础数据表"/><hyperlink ref="B2" r:id="rId5"/></hyperlinks>', ["printOptions", "pageMargins", "pageSetup", "headerFooter", "drawing", "legacyDrawing", "extLst"]);
    addRel(t, "xl/worksheets/_rels/sheet1.xml.rels", "rId5", `${REL}/hyperlink`, "http://czj.zhanjiang.gov.cn/", true);
    t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"].replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1" password="CC3D"/>');
  });
}

// ---- numbers as text: every currency and unit form ---------------------------------------------
const AMOUNT_FORMS = [(v) => `￥${group(v)}`, (v) => `¥${group(v)}`, (v) => `${fullWidth(group(v))}`, (v) => `${group(v)}元`, (v) => `人民币${group(v)}元`, (v) => `RMB ${group(v)}`, (v) => `￥ ${fullWidth(v)}元`];
function group(v) {
  const [i, d] = v.split(".");
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d ? `.${d}` : "");
}
function fullWidth(s) {
  return s.replace(/[0-9.,]/g, (c) => ({ ".": "．", ",": "，" })[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
const numbersAsText = (forms) => (base) =>
  edit(base, (t) => {
    let i = 0;
    t["xl/worksheets/sheet2.xml"] = t["xl/worksheets/sheet2.xml"].replace(/<c r="(C\d+)" s="4"><v>([\d.]+)<\/v><\/c>/g, (_m, ref, v) => {
      const text = forms[i++ % forms.length](v);
      return `<c r="${ref}" s="4" t="inlineStr"><is><t>${text}</t></is></c>`;
    });
  });

// ---- sheet names and merges --------------------------------------------------------------------
const LONG = "附件1：湛江市工业和信息化局本级2020年度部门整体支出绩效自评评分表";
const longName = (base) =>
  edit(base, (t) => {
    t["xl/workbook.xml"] = t["xl/workbook.xml"].replace('name="评分表"', `name="${LONG}"`).replace('name="基础数据表"', 'name="附件2：湛江市工业和信息化局本级2020年度部门整体支出绩效自评基础数据表"');
  });
const merges = (base) =>
  edit(base, (t) => {
    // Every merge listed twice, and one overlapping record after them (keep the first).
    t["xl/worksheets/sheet1.xml"] = t["xl/worksheets/sheet1.xml"].replace(/<mergeCells count="(\d+)">([\s\S]*?)<\/mergeCells>/, (_m, n, inner) => `<mergeCells count="${2 * n + 1}">${inner}${inner}<mergeCell ref="A1:B2"/></mergeCells>`);
  });

// ---- absolute part paths everywhere ------------------------------------------------------------
const absolutePaths = (base) =>
  edit(base, (t) => {
    t["xl/_rels/workbook.xml.rels"] = t["xl/_rels/workbook.xml.rels"].replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"');
    t["_rels/.rels"] = t["_rels/.rels"].replace(/Target="(?!\/)([^"]+)"/g, 'Target="/$1"');
  });

/** name → [family, make(baseBytes) → bytes, what it must equal: "control" or "base"] */
const VARIANTS = {
  "dv-whole-row": ["validations", withValidations([dv("A26:XFD26")]), "base"],
  "dv-whole-sheet": ["validations", withValidations([dv("A1:XFD1048576")]), "base"],
  "dv-whole-columns": ["validations", withValidations(COLUMNS.map((c) => dv(`${c}1:${c}1048576`)).concat(dv("A1:A1048576 C1:C1048576 XFD1:XFD1048576"))), "base"],
  "dv-both-sheets": ["validations", async (b) => withValidations([dv("A1:XFD1048576")], "xl/worksheets/sheet2.xml")(await withValidations([dv("H1:H1048576"), dv("A26:XFD26")])(b)), "base"],
  "dv-ext-whole-sheet": ["validations", (b) => edit(b, (t) => {
    t["xl/worksheets/sheet1.xml"] = t["xl/worksheets/sheet1.xml"]
      .replace("<worksheet ", '<worksheet xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" ')
      .replace("</worksheet>", '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>基础数据表!$B$4:$B$20</xm:f></x14:formula1><xm:sqref>A1:XFD1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>');
  }), "base"],
  strict: ["strict", strict(false), "control"],
  "strict-more-dates": ["strict", strict(true), "control"],
  "prefix-x": ["prefix", prefix("x"), "base"],
  "prefix-ns0": ["prefix", prefix("ns0"), "base"],
  "comments-abs": ["absolute", (b) => edit(b, (t, put) => commentsAbs(t, put)), "base"],
  "drawing-abs": ["absolute", (b) => edit(b, (t, put) => drawingAbs(t, put)), "base"],
  "cellimages-abs": ["absolute", (b) => edit(b, (t, put) => wpsCellImages(t, put, true)), "base"],
  "paths-abs": ["absolute", absolutePaths, "base"],
  "long-sheet-names": ["names", longName, "base"],
  "merges-duplicated": ["merges", merges, "base"],
  "amounts-as-text": ["numbers", numbersAsText(AMOUNT_FORMS), "base"],
  "amounts-in-wan": ["numbers", numbersAsText([(v) => `${group(String(+(Number(v) / 10000).toFixed(6)))}万元`]), "base"],
  "keep-everything": ["keep", keepEverything, "control"],
};

async function makeAll() {
  const base = fs.readFileSync(BASE);
  const out = { base, control: await control(base) };
  for (const [name, [, make]] of Object.entries(VARIANTS)) out[name] = await make(base);
  return out;
}

module.exports = { VARIANTS, makeAll, control, edit, BASE };

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/real-conditions.js OUT_DIR");
    process.exit(2);
  }
  fs.mkdirSync(dir, { recursive: true });
  makeAll().then((all) => {
    for (const [name, bytes] of Object.entries(all)) fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
    console.log(`${Object.keys(all).length} workbooks in ${dir}`);
  });
}
