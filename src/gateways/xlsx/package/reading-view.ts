/**
 * The reading view: a small, canonical package holding only what a grid is made of (workbook,
 * sheets' cells, styles, shared strings), handed to ExcelJS. Whatever the user's package looks
 * like (absolute or odd part paths, Strict namespaces, an "x:" prefix, sheet names Excel would
 * refuse, dropdowns over a million cells, duplicate merges, pictures, comments…), the view is
 * laid out and named the way ExcelJS expects, and the parts ExcelJS need not see are left out.
 * Reading cost then depends on the cells, not on what else the workbook carries.
 */
import { a1, columnIndex } from "../../../core/grid/address";
import { findPart, partText, setPart, writePackage, type XlsxPackage } from "./package";
import { relationshipOfKind } from "./relationships";
import { sheetMerges } from "./merges";
import { isStrictText, strictToTransitional } from "./strict";
import { usesDate1904, workbookPart, workbookSheets, type SheetEntry } from "./workbook";
import { escapeXml, prefixFor, removeElements } from "./xml";
import type { CellRange } from "../../../core/grid/grid";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Marks an ISO date cell's text in the view (a private-use character cannot occur in real text here). */
export const ISO_DATE_MARK = "\uE000";

export interface ViewSheet {
  readonly entry: SheetEntry;
  /** Merges as Excel keeps them (duplicates and overlaps dropped). */
  readonly merges: CellRange[];
}

export interface ReadingView {
  /** The canonical package for ExcelJS (stored, not deflated: it is unzipped at once). */
  readonly bytes: Uint8Array;
  /** The worksheets in tab order; the view names sheet i "S{i+1}". */
  readonly sheets: ViewSheet[];
}

/** Elements of a worksheet that a grid does not need and that cost or break ExcelJS. */
const SHEET_NOISE = [
  "dataValidations",
  "conditionalFormatting",
  "hyperlinks",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "tableParts",
  "webPublishItems",
  "mergeCells",
  "extLst",
  "AlternateContent",
];

export async function readingView(pkg: XlsxPackage): Promise<ReadingView> {
  const wbPart = workbookPart(pkg);
  const entries = workbookSheets(pkg).filter((s) => s.kind === "worksheet" && s.part && findPart(pkg, s.part));
  const view: XlsxPackage = { parts: new Map(), names: new Map() };
  const sheets: ViewSheet[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  entries.forEach((entry, i) => {
    const xml = plainSpreadsheetML(partText(pkg, entry.part!)!);
    sheets.push({ entry, merges: sheetMerges(xml) });
    setPart(view, `xl/worksheets/sheet${i + 1}.xml`, viewSheetXml(xml));
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  for (const [kind, name, type] of [
    ["styles", "styles.xml", "styles+xml"],
    ["sharedStrings", "sharedStrings.xml", "sharedStrings+xml"],
  ] as const) {
    const rel = wbPart ? relationshipOfKind(pkg, wbPart, kind) : undefined;
    const text = rel?.part ? partText(pkg, rel.part) : undefined;
    if (text === undefined) continue;
    setPart(view, `xl/${name}`, plainSpreadsheetML(text));
    rels.push(`<Relationship Id="rId${kind}" Type="${REL}/${kind}" Target="${name}"/>`);
    overrides.push(`<Override PartName="/xl/${name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}"/>`);
  }
  const sheetList = sheets
    .map((s, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}"${s.entry.state === "visible" ? "" : ` state="${s.entry.state}"`} r:id="rId${i + 1}"/>`)
    .join("");
  setPart(view, "[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`);
  setPart(view, "_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  setPart(view, "xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${usesDate1904(pkg) ? ' date1904="1"' : ""}/><sheets>${sheetList}</sheets></workbook>`);
  setPart(view, "xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  return { bytes: await writePackage(view, { store: true }), sheets };
}

/** SpreadsheetML text in Transitional namespaces with its elements unprefixed ("x:c" → "c"). */
export function plainSpreadsheetML(xml: string): string {
  const text = isStrictText(xml) ? strictToTransitional(xml) : xml;
  const prefix = prefixFor(text, MAIN);
  if (!prefix) return text;
  return text
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(new RegExp(`\\sxmlns:${prefix}\\s*=\\s*("[^"]*"|'[^']*')`), ` xmlns="${MAIN}"`);
}

/**
 * Rows and cells without their optional "r" attribute (ECMA-376 §18.3.1.73, §18.3.1.4: a row
 * without r follows the previous one, a cell without r the previous cell of its row), as some
 * generators write them, get explicit references: ExcelJS needs them.
 */
export function withCellReferences(xml: string): string {
  if (!/<row(?![^>]*\sr\s*=)[\s>/]/.test(xml) && !/<c(?![^>]*\sr\s*=)[\s>/]/.test(xml)) return xml;
  let row = 0;
  let col = 0;
  // Start tags of rows and cells, in document order (other elements pass through).
  return xml.replace(/<(row|c)\b([^>]*?)(\/?)>/g, (tag, name: string, attrs: string, close: string) => {
    const ref = /\sr\s*=\s*["']([A-Z]*)(\d+)["']/.exec(attrs);
    if (name === "row") {
      row = ref ? Number(ref[2]) : row + 1;
      col = 0;
      return ref ? tag : `<row r="${row}"${attrs}${close}>`;
    }
    col = ref && ref[1] ? columnIndex(ref[1]) + 1 : col + 1;
    return ref ? tag : `<c r="${a1(row - 1, col - 1)}"${attrs}${close}>`;
  });
}

/** A worksheet reduced to cells and what formats them; ISO date cells marked for the grid. */
function viewSheetXml(xml: string): string {
  let out = xml;
  for (const local of SHEET_NOISE) if (out.includes(local)) out = removeElements(out, local);
  out = withCellReferences(out);
  // t="d": the cell holds an ISO 8601 date ("2021-03-15" or "2021-03-15T00:00:00"). ExcelJS
  // would read it as the number 2021; pass it on as marked text instead.
  if (out.includes('t="d"') || out.includes("t='d'")) {
    out = out.replace(/<c(\s[^>]*?)\bt\s*=\s*(?:"d"|'d')([^>]*?)(?<!\/)>([\s\S]*?)<\/c>/g, (_m, a: string, b: string, inner: string) =>
      `<c${a}t="str"${b}>${inner.replace(/<v>([^<]*)<\/v>/, (_v, iso: string) => `<v>${ISO_DATE_MARK}${escapeXml(iso.trim())}</v>`)}</c>`,
    );
  }
  return out;
}
