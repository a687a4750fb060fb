/** The workbook part: where it is, which sheets it lists, and adding one more sheet. */
import { addContentTypeOverride } from "./content-types";
import { findPart, freePartName, partText, setPart, type XlsxPackage } from "./package";
import { addRelationship, relationshipOfKind, relationshipsOf } from "./relationships";
import { relsPartOf } from "./part-names";
import { removePart, removePartTree } from "./remove-part";
import { attr, escapeXml, findElement, prefixFor, startTags } from "./xml";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_TYPE = `${REL}/worksheet`;
export const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "unknown";

export interface SheetEntry {
  /** As Excel shows it (entities decoded); may be longer than 31 characters in generated files. */
  readonly name: string;
  readonly sheetId: string;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly kind: SheetKind;
  /** The sheet's part, when its relationship resolves to a part that exists. */
  readonly part?: string;
}

/** The workbook part: the package's officeDocument relationship, else the usual place. */
export function workbookPart(pkg: XlsxPackage): string | undefined {
  const rel = relationshipOfKind(pkg, "", "officeDocument");
  const fromRel = rel?.part ? findPart(pkg, rel.part) : undefined;
  return fromRel ?? findPart(pkg, "xl/workbook.xml");
}

/** The sheets in tab order. */
export function workbookSheets(pkg: XlsxPackage): SheetEntry[] {
  const wbPart = workbookPart(pkg);
  if (!wbPart) return [];
  const xml = partText(pkg, wbPart)!;
  const rels = new Map(relationshipsOf(pkg, wbPart).map((r) => [r.id, r]));
  const sheets = findElement(xml, "sheets");
  const out: SheetEntry[] = [];
  for (const m of (sheets?.inner ?? "").matchAll(startTags("sheet"))) {
    const relId = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[2]);
    const id = relId ? (relId[1] ?? relId[2]) : "";
    const rel = rels.get(id);
    const kind = (["worksheet", "chartsheet", "dialogsheet", "macrosheet"] as const).find((k) => rel?.type.endsWith(`/${k}`)) ?? "unknown";
    const state = attr(m[2], "state");
    out.push({
      name: attr(m[2], "name") ?? "",
      sheetId: attr(m[2], "sheetId") ?? "",
      relId: id,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind,
      part: rel?.part ? findPart(pkg, rel.part) : undefined,
    });
  }
  return out;
}

/** Whether the workbook uses the 1904 date system (Mac Excel's old default). */
export function usesDate1904(pkg: XlsxPackage): boolean {
  const wbPart = workbookPart(pkg);
  const pr = wbPart ? findElement(partText(pkg, wbPart)!, "workbookPr") : undefined;
  const v = pr ? attr(pr.attrs, "date1904") : undefined;
  return v === "1" || v === "true";
}

/**
 * Adds a worksheet part and lists it after the existing sheets: the part, its content type,
 * the workbook's relationship and a <sheet> entry. Returns the new part's name.
 */
export function appendWorksheet(pkg: XlsxPackage, name: string, sheetXml: string): string {
  const wbPart = workbookPart(pkg);
  if (!wbPart) throw new Error("package without a workbook part");
  const folder = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
  const part = freePartName(pkg, (n) => `${folder}worksheets/sheet${n}.xml`);
  setPart(pkg, part, sheetXml);
  addContentTypeOverride(pkg, part, WORKSHEET_CONTENT);
  const relId = addRelationship(pkg, wbPart, WORKSHEET_TYPE, part);
  const xml = partText(pkg, wbPart)!;
  const sheets = findElement(xml, "sheets");
  if (!sheets || sheets.inner === undefined) throw new Error("workbook without <sheets>");
  const ids = [...sheets.inner.matchAll(startTags("sheet"))].map((m) => Number(attr(m[2], "sheetId")) || 0);
  // The relationships prefix as the workbook binds it ("r" almost always).
  const r = prefixFor(xml, REL) || "r";
  const declare = prefixFor(xml, REL) ? "" : ` xmlns:r="${REL}"`;
  const entry = `<${sheets.prefix}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${r}:id="${relId}"${declare}/>`;
  const closeAt = sheets.end - `</${sheets.prefix}sheets>`.length;
  setPart(pkg, wbPart, xml.slice(0, closeAt) + entry + xml.slice(closeAt));
  return part;
}

/**
 * Replaces the content of a sheet this tool wrote earlier (自评汇总, 自评报告), keeping its place,
 * name and id: the new sheet XML goes into the same part, and what the old content linked to
 * (its drawing and chart) is removed. Returns the part. The planner asks for this only for the
 * tool's own sheets, found by their markers (core/plan/own-sheets.ts).
 */
export function replaceWorksheet(pkg: XlsxPackage, name: string, sheetXml: string): string {
  const entry = workbookSheets(pkg).find((s) => s.name === name);
  if (!entry?.part || entry.kind !== "worksheet") throw new Error(`no worksheet named ${name} to replace`);
  for (const r of relationshipsOf(pkg, entry.part)) if (!r.external && r.part) removePartTree(pkg, r.part);
  removePart(pkg, relsPartOf(entry.part));
  setPart(pkg, entry.part, sheetXml);
  return entry.part;
}
