/**
 * The package's custom document properties (docProps/custom.xml, ECMA-376 Part 1 §22.3): the
 * place Office keeps an application's own text values, shown in Excel under 文件 → 属性 →
 * 自定义 and kept by Excel, WPS and LibreOffice when they save. Other properties are left as
 * they are; the part is created when the package has none.
 */
import { addContentTypeOverride } from "./content-types";
import { findPart, partText, setPart, type XlsxPackage } from "./package";
import { addRelationship, relationshipOfKind } from "./relationships";
import { attr, decodeXml, escapeXml, startTags } from "./xml";
import { WorkbookError } from "../../../core/errors";

const NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CONTENT = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
/** The format id every custom property carries (the spec's fixed value). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function customPart(pkg: XlsxPackage): string | undefined {
  const rel = relationshipOfKind(pkg, "", "custom-properties");
  return rel?.part ? findPart(pkg, rel.part) : undefined;
}

/** Text properties by name (other value types are skipped). */
export function readCustomProperties(pkg: XlsxPackage): Map<string, string> {
  const out = new Map<string, string>();
  const part = customPart(pkg);
  const xml = part ? partText(pkg, part) : undefined;
  if (!xml) return out;
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
    const name = attr(m[1], "name");
    const value = /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(m[2]);
    if (name !== undefined && value) out.set(decodeXml(name), decodeXml(value[1]));
  }
  return out;
}

/**
 * Sets text properties (undefined removes one); properties not named keep their place and
 * value. Names matching `drop` are removed too (a record split over numbered properties).
 */
export function writeCustomProperties(pkg: XlsxPackage, values: ReadonlyMap<string, string | undefined>, drop?: RegExp): void {
  let part = customPart(pkg);
  let xml = part ? partText(pkg, part) : undefined;
  const changing = [...values.values()].some((v) => v !== undefined);
  if (!xml) {
    if (!changing) return;
    part = "docProps/custom.xml";
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS}" xmlns:vt="${VT}"></Properties>`;
    setPart(pkg, part, xml);
    addContentTypeOverride(pkg, part, CONTENT);
    addRelationship(pkg, "", REL_TYPE, part);
  }
  const kept: string[] = [];
  const pids: number[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>[\s\S]*?<\/(?:\w+:)?property>|<(?:\w+:)?property\b([^>]*)\/>/g)) {
    const attrs = m[1] ?? m[2] ?? "";
    const name = decodeXml(attr(attrs, "name") ?? "");
    if (values.has(name) || drop?.test(name)) continue;
    kept.push(m[0]);
    pids.push(Number(attr(attrs, "pid")) || 0);
  }
  let pid = Math.max(1, ...pids);
  const added = [...values]
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => `<property fmtid="${FMTID}" pid="${++pid}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(v!)}</vt:lpwstr></property>`);
  const open = [...xml.matchAll(startTags("Properties"))][0];
  // A damaged part: one Chinese message naming it, never an internal error.
  if (!open) throw new WorkbookError(`工作簿的自定义属性部件（${part}）已损坏，无法记录标注：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。`);
  const head = open[3] === "/" ? `${open[0].slice(0, -2)}>` : open[0];
  // A vt prefix is needed for the values; declare it when the part did not.
  const declared = /xmlns:vt\s*=/.test(head) ? head : head.replace(/>$/, ` xmlns:vt="${VT}">`);
  const close = `</${open[1]}Properties>`;
  setPart(pkg, part!, `${xml.slice(0, open.index)}${declared}${kept.join("")}${added.join("")}${close}`);
}
