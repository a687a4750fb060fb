/**
 * The styles part (xl/styles.xml): new fonts, fills, borders, number formats and cell formats
 * (xf) are appended after the user's, so every existing style index keeps its meaning.
 * Edits are on text and keep the part's namespace prefix.
 */
import { addContentTypeOverride } from "./content-types";
import { findPart, partText, setPart, type XlsxPackage } from "./package";
import { addRelationship, relationshipOfKind } from "./relationships";
import { attr, findElement, prefixFor, setAttr, startTags } from "./xml";
import { REL, workbookPart } from "./workbook";
import { MAIN } from "./reading-view";

const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Sections in schema order (CT_Stylesheet), for inserting one that is missing. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export class StyleSheet {
  private xml: string;
  private readonly prefix: string;
  private readonly memo = new Map<string, number>();

  private constructor(
    private readonly pkg: XlsxPackage,
    readonly part: string,
  ) {
    this.xml = partText(pkg, part)!;
    const p = prefixFor(this.xml, MAIN);
    this.prefix = p ? `${p}:` : "";
  }

  /** The workbook's styles part, created (minimal, with its relationship) when it has none. */
  static of(pkg: XlsxPackage): StyleSheet {
    const wb = workbookPart(pkg)!;
    const rel = relationshipOfKind(pkg, wb, "styles");
    let part = rel?.part ? findPart(pkg, rel.part) : undefined;
    if (!part) {
      part = `${wb.slice(0, wb.lastIndexOf("/") + 1)}styles.xml`;
      setPart(pkg, part, MINIMAL_STYLES);
      addContentTypeOverride(pkg, part, STYLES_CONTENT);
      addRelationship(pkg, wb, `${REL}/styles`, part);
    }
    return new StyleSheet(pkg, part);
  }

  /** Writes the edited text back into the package (only when something was added). */
  save(): void {
    if (this.memo.size || this.dirty) setPart(this.pkg, this.part, this.xml);
  }
  private dirty = false;

  /** The children (raw text) of a section, e.g. every <xf> of cellXfs. */
  items(section: string, child: string): string[] {
    const el = findElement(this.xml, section);
    if (!el?.inner) return [];
    const out: string[] = [];
    const re = startTags(child);
    for (let m = re.exec(el.inner); m; m = re.exec(el.inner)) {
      if (m[3] === "/") {
        out.push(m[0]);
        continue;
      }
      const close = `</${m[1]}${child}>`;
      const end = el.inner.indexOf(close, re.lastIndex);
      out.push(el.inner.slice(m.index, end + close.length));
      re.lastIndex = end + close.length;
    }
    return out;
  }

  /** Appends an element (written without prefix; the part's prefix is added) to a section; returns its index. */
  append(section: string, child: string, element: string): number {
    const existing = this.items(section, child);
    const text = this.prefixed(element);
    // An identical entry (the user's, or one an earlier run added) serves as well: evaluating
    // a result again adds nothing to a styles part that already has what it needs.
    const same = existing.indexOf(text);
    if (same >= 0) return same;
    const index = existing.length;
    let el = findElement(this.xml, section);
    if (!el) {
      this.insertSection(section);
      el = findElement(this.xml, section)!;
    }
    const count = index + 1;
    const open = `<${el.prefix}${section}${setAttr(el.attrs, "count", String(count))}>`;
    const inner = el.inner ?? "";
    this.xml = `${this.xml.slice(0, el.start)}${open}${inner}${text}</${el.prefix}${section}>${this.xml.slice(el.end)}`;
    this.dirty = true;
    return index;
  }

  /** A custom number format's id (an existing one with the same code, else a new id ≥ 164). */
  numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const existing = this.items("numFmts", "numFmt");
    for (const f of existing) if (attr(f, "formatCode") === code) return Number(attr(f, "numFmtId"));
    const id = Math.max(163, ...existing.map((f) => Number(attr(f, "numFmtId")) || 0)) + 1;
    this.append("numFmts", "numFmt", `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"/>`);
    return id;
  }

  /** How many cell formats (xf of cellXfs) there are. */
  get xfCount(): number {
    return this.items("cellXfs", "xf").length;
  }

  /**
   * A cell format equal to `base` but with some ids replaced (fillId, borderId, …), added once
   * per distinct result; apply* flags are set so Excel uses the new parts.
   */
  derivedXf(base: number, changes: Readonly<Record<string, number>>): number {
    const key = `${base}|${JSON.stringify(changes)}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const xfs = this.items("cellXfs", "xf");
    const source = this.unprefixed(xfs[base] ?? xfs[0] ?? `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    const m = /^<xf(\s[^>]*?)?(\/?)>/.exec(source)!;
    let attrs = m[1] ?? "";
    for (const [name, value] of Object.entries(changes)) {
      attrs = setAttr(attrs, name, String(value));
      const flag = APPLY_FLAG[name];
      if (flag) attrs = setAttr(attrs, flag, "1");
    }
    const index = this.append("cellXfs", "xf", `<xf${attrs}${m[2]}>${source.slice(m[0].length)}`);
    this.memo.set(key, index);
    return index;
  }

  /** A raw id of a part of an xf ("fillId" of xf 3). */
  xfAttr(index: number, name: string): string | undefined {
    const xf = this.items("cellXfs", "xf")[index];
    const m = xf ? /^<[^>]*>/.exec(xf) : undefined;
    return m ? attr(m[0], name) : undefined;
  }

  private prefixed(element: string): string {
    return this.prefix ? element.replace(/<(\/?)([A-Za-z])/g, `<$1${this.prefix}$2`) : element;
  }

  private unprefixed(element: string): string {
    return this.prefix ? element.split(`<${this.prefix}`).join("<").split(`</${this.prefix}`).join("</") : element;
  }

  private insertSection(section: string): void {
    const after = ORDER.slice(ORDER.indexOf(section) + 1);
    const root = findElement(this.xml, "styleSheet")!;
    let at = root.end - `</${root.prefix}styleSheet>`.length;
    for (const next of after) {
      const el = findElement(this.xml, next);
      if (el && el.start < at) at = el.start;
    }
    const p = root.prefix;
    this.xml = `${this.xml.slice(0, at)}<${p}${section} count="0"></${p}${section}>${this.xml.slice(at)}`;
  }
}

const APPLY_FLAG: Record<string, string> = { fillId: "applyFill", borderId: "applyBorder", fontId: "applyFont", numFmtId: "applyNumberFormat" };

/** Formats Excel knows by id without declaring them (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
