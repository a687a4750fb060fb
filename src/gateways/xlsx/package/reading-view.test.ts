import { plainSpreadsheetML, withCellReferences } from "./reading-view";
import { sheetMerges } from "./merges";
import { strictToTransitional } from "./strict";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("the reading view's normalisation", () => {
  test.each(["x", "ns0", "s"])("any prefix bound to SpreadsheetML is removed (%s:)", (p) => {
    const xml = `<${p}:worksheet xmlns:${p}="${MAIN}" xmlns:r="r"><${p}:sheetData><${p}:row r="1"><${p}:c r="A1"><${p}:v>1</${p}:v></${p}:c></${p}:row></${p}:sheetData></${p}:worksheet>`;
    expect(plainSpreadsheetML(xml)).toBe(`<worksheet xmlns="${MAIN}" xmlns:r="r"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
  });

  test("Strict namespaces and relationship types become Transitional", () => {
    expect(strictToTransitional(`<workbook conformance="strict" xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"/>`)).toBe(
      `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>`,
    );
    expect(strictToTransitional(`Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"`)).toBe(`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"`);
    expect(strictToTransitional(`xmlns:a="http://purl.oclc.org/ooxml/drawingml/main"`)).toBe(`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`);
    // docProps/app.xml and custom.xml: their own namespaces are hyphenated in Transitional too.
    expect(strictToTransitional(`<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes">`)).toBe(
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`,
    );
    expect(strictToTransitional(`xmlns="http://purl.oclc.org/ooxml/officeDocument/customProperties"`)).toBe(`xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"`);
  });

  test("merges: a repeated or overlapping record is dropped, the first kept", () => {
    const xml = `<mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="A1:C1"/><mergeCell ref="B1:B3"/><mergeCell ref="$D$5:E6"/><x:mergeCell ref="nonsense"/></mergeCells>`;
    expect(sheetMerges(xml)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 4 },
    ]);
  });
});

describe("rows and cells without their optional r", () => {
  test("get references by position, as Excel and LibreOffice place them", () => {
    const xml = '<worksheet><sheetData><row><c t="s"><v>0</v></c><c><v>1</v></c></row><row r="5"><c r="C5"><v>2</v></c><c><v>3</v></c></row><row/><row><c><v>4</v></c></row></sheetData></worksheet>';
    expect(withCellReferences(xml)).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row><row r="5"><c r="C5"><v>2</v></c><c r="D5"><v>3</v></c></row><row r="6"/><row r="7"><c r="A7"><v>4</v></c></row></sheetData></worksheet>',
    );
  });
  test("a sheet that has every reference is returned as it is", () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    expect(withCellReferences(xml)).toBe(xml);
  });
});
