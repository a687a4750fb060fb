/**
 * Grafting: sheets that ExcelJS wrote into a scratch workbook are moved into the user's package.
 * Their styles are appended to the user's styles part and their strings to the user's shared
 * strings, and every style and string index in the grafted XML is renumbered to match; the
 * user's own indexes never change.
 */
import { partText, type XlsxPackage } from "./package";
import { sharedStringItems, appendSharedStrings } from "./shared-strings";
import { StyleSheet } from "./styles";
import { workbookSheets } from "./workbook";
import { attr, setAttr, startTags } from "./xml";

export class Graft {
  private readonly xfMap: number[];
  private readonly stringOffset: number;
  private readonly sheets: Map<string, string>;

  /** Appends the scratch workbook's styles and strings to `target` (styles through `styles`, saved by the caller). */
  constructor(target: XlsxPackage, styles: StyleSheet, scratch: XlsxPackage) {
    const scratchStyles = StyleSheet.of(scratch);
    this.xfMap = graftStyles(styles, scratchStyles);
    this.sheets = new Map();
    let sstText: string | undefined;
    for (const e of workbookSheets(scratch)) if (e.part) this.sheets.set(e.name, partText(scratch, e.part)!);
    for (const name of scratch.parts.keys()) if (/sharedStrings\.xml$/i.test(name)) sstText = partText(scratch, name);
    const items = sstText ? sharedStringItems(sstText) : [];
    const references = [...this.sheets.values()].reduce((n, xml) => n + (xml.match(/\st="s"/g)?.length ?? 0), 0);
    this.stringOffset = items.length ? appendSharedStrings(target, items, references) : 0;
  }

  /** A scratch sheet's XML with styles and strings renumbered for the target. */
  sheetXml(name: string): string {
    const xml = this.sheets.get(name);
    if (xml === undefined) throw new Error(`scratch sheet ${name} missing`);
    const xf = (s: string | undefined) => this.xfMap[Number(s) || 0] ?? 0;
    return xml
      .replace(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g, (m, attrs: string, inner: string | undefined) => {
        let a = attrs;
        if (attr(a, "s") !== undefined) a = setAttr(a, "s", String(xf(attr(a, "s"))));
        if (inner === undefined) return `<c${a}/>`;
        let body = inner ?? "";
        if (attr(a, "t") === "s") body = body.replace(/<v>(\d+)<\/v>/, (_v, i: string) => `<v>${Number(i) + this.stringOffset}</v>`);
        return `<c${a}>${body}</c>`;
      })
      .replace(startTags("row"), (m, p: string, attrs: string, empty: string) => (attr(attrs, "s") !== undefined ? `<${p}row${setAttr(attrs, "s", String(xf(attr(attrs, "s"))))}${empty}>` : m))
      .replace(startTags("col"), (m, p: string, attrs: string, empty: string) => (attr(attrs, "style") !== undefined ? `<${p}col${setAttr(attrs, "style", String(xf(attr(attrs, "style"))))}${empty}>` : m));
  }

  /** The cell elements of a scratch sheet by A1 reference (renumbered). */
  cells(name: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const m of this.sheetXml(name).matchAll(/<c(\s[^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)) {
      const ref = attr(m[1], "r");
      if (ref) out.set(ref, m[0]);
    }
    return out;
  }
}

/** Appends the scratch styles' fonts, fills, borders, formats and cell formats; returns scratch xf → target xf. */
function graftStyles(target: StyleSheet, scratch: StyleSheet): number[] {
  const fonts = scratch.items("fonts", "font").map((f) => target.append("fonts", "font", f));
  // Fills 0 and 1 (none, gray125) and border 0 (none) are the same in every styles part.
  const fills = scratch.items("fills", "fill").map((f, i) => (i < 2 ? i : target.append("fills", "fill", f)));
  const borders = scratch.items("borders", "border").map((b, i) => (i < 1 ? i : target.append("borders", "border", b)));
  const formats = new Map<number, number>();
  for (const f of scratch.items("numFmts", "numFmt")) formats.set(Number(attr(f, "numFmtId")), target.numFmtId(attr(f, "formatCode") ?? "General"));
  return scratch.items("cellXfs", "xf").map((xf, i) => {
    if (i === 0) return 0;
    const m = /^<xf(\s[^>]*?)?(\/?)>/.exec(xf)!;
    let a = m[1] ?? "";
    const num = Number(attr(a, "numFmtId") ?? 0);
    a = setAttr(a, "numFmtId", String(formats.get(num) ?? num));
    a = setAttr(a, "fontId", String(fonts[Number(attr(a, "fontId") ?? 0)] ?? 0));
    a = setAttr(a, "fillId", String(fills[Number(attr(a, "fillId") ?? 0)] ?? 0));
    a = setAttr(a, "borderId", String(borders[Number(attr(a, "borderId") ?? 0)] ?? 0));
    a = setAttr(a, "xfId", "0");
    return target.append("cellXfs", "xf", `<xf${a}${m[2]}>${xf.slice(m[0].length)}`);
  });
}
