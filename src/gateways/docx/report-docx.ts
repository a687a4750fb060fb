/**
 * The Word report in the official-document format of GB/T 9704-2012 (numbers in
 * official-format.ts): A4 and the standard margins; 22 lines of 28 characters (a line grid, and
 * body text condensed by a quarter point so 28 characters fill a line);
 * title 二号 方正小标宋简体 centred; body 三号 仿宋_GB2312, first line indented two characters;
 * 一、 headings 黑体, （一） headings 楷体_GB2312; declared substitutes for each font
 * (font-table.ts); page numbers 四号 "— 1 —" at the outer edge (odd pages right, even pages
 * left, one character in); the 附件 note, the 落款 set right, and each 附件 on a new page with
 * "附件1" top left and its title centred. While errors remain every page is headed 仅供核对.
 */
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import JSZip from "jszip";
import type { Narrative, Paragraph as NarrativeParagraph, Span } from "../../core/narrative/text";
import { paragraphText } from "../../core/narrative/text";
import { ANNEX_VERIFY, type ReportTable } from "../../core/narrative/tables";
import { xmlSafe } from "../../core/values/text";
import { fontTableXml } from "./font-table";
import { formulaBreaks } from "./formula-layout";
import { CHAR, CHARS_PER_LINE, CONDENSE, FONT, LINE_PITCH, MARGIN, PAGE, SIZE } from "./official-format";

const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
const ORANGE = "C55A11";
const RED = "C00000";

/** A run; text of the body size is condensed so that 28 characters make a line. `lineBreak`: a line break before the text. */
const run = (text: string, font: string, size: number, extra: { bold?: boolean; color?: string; lineBreak?: boolean } = {}) => {
  const { lineBreak, ...style } = extra;
  return new TextRun({ text: xmlSafe(text), font: { eastAsia: font, ascii: FONT.latin, hAnsi: FONT.latin }, size, ...(size === SIZE.san ? { characterSpacing: CONDENSE } : {}), ...(lineBreak ? { break: 1 } : {}), ...style });
};

/** What only the department can write is orange, what it must verify red, the rest black. */
function spanRun(s: Span, font: string, size: number, lineBreak = false): TextRun {
  return run(s.text, font, size, { ...(s.kind === "placeholder" ? { color: ORANGE } : s.kind === "verify" ? { color: RED, bold: true } : {}), lineBreak });
}

/** A formula line is a paragraph of its own, set two characters in on every line (a block under the text). */
const FORMULA_INDENT = 2;

/**
 * A formula line's runs with its line breaks (formula-layout.ts): only before an "=" or, in a step
 * wider than a line, before a "/" or "+", so names and figures stay whole.
 */
function formulaRuns(spans: readonly Span[], font: string, size: number): TextRun[] {
  const breaks = formulaBreaks(spans.map((s) => s.text).join(""), CHARS_PER_LINE - FORMULA_INDENT);
  const out: TextRun[] = [];
  let at = 0;
  for (const s of spans) {
    const cuts = [0, ...breaks.filter((b) => b > at && b < at + s.text.length).map((b) => b - at), s.text.length];
    cuts.slice(0, -1).forEach((c, i) => out.push(spanRun({ ...s, text: s.text.slice(c, cuts[i + 1]) }, font, size, breaks.includes(at + c))));
    at += s.text.length;
  }
  return out;
}

/** The paragraphs laid out as formulas: the rate lines the narrative writes under an indicator or the spending. */
const isFormulaLine = (p: NarrativeParagraph) => p.id.includes(".rate.");

const body = (children: TextRun[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
  new Paragraph({ spacing: EXACT, indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED, children, ...extra });

/** A 二号 line holds 20 characters of the 版心. */
const TITLE_LINE = 20;

/**
 * The title, centred in 二号 with a blank line under it. A title too long for one line breaks
 * after the unit's name (its first span, or the 【请填写】 that stands for it), so each line keeps
 * whole words (§7.3.1: 回行时词意完整). What is to fill in is orange, as in the text.
 */
function titleParagraph(p: NarrativeParagraph, pageBreakBefore: boolean): Paragraph {
  const text = paragraphText(p);
  const first = p.spans[0];
  const split = text.length > TITLE_LINE && p.spans.length > 1 && (first.kind === "number" || first.kind === "placeholder") && first.text.length <= TITLE_LINE;
  const children = p.spans.map((s, i) => spanRun(s, FONT.title, SIZE.er, split && i === 1));
  return new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore, spacing: { line: 2 * LINE_PITCH, lineRule: LineRuleType.AT_LEAST, after: LINE_PITCH }, children });
}

/** Paragraph options a caller adds: keep with the next (the text's last paragraph with the 落款). */
type Keep = { readonly keepNext?: boolean };

function narrativeParagraph(p: NarrativeParagraph, pageBreakBefore = false, keep: Keep = {}): Paragraph {
  const text = paragraphText(p);
  const runs = (font: string, size: number) => p.spans.map((s) => spanRun(s, font, size));
  switch (p.role) {
    case "title":
      return titleParagraph(p, pageBreakBefore);
    case "meta":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: EXACT, children: runs(FONT.body, SIZE.san) });
    case "heading1":
      return new Paragraph({ spacing: EXACT, indent: { firstLine: 2 * CHAR }, keepNext: true, children: [run(text, FONT.heading1, SIZE.san)] });
    case "heading2":
    case "heading3":
      return new Paragraph({ spacing: EXACT, indent: { firstLine: 2 * CHAR }, keepNext: true, children: [run(text, FONT.heading2, SIZE.san)] });
    case "notice":
      return new Paragraph({
        spacing: EXACT,
        indent: { firstLine: 2 * CHAR },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
        children: [run(text, FONT.body, SIZE.san, { color: RED })],
      });
    case "signature":
      return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: EXACT, indent: { right: signatureIndent(p) }, children: runs(FONT.body, SIZE.san), ...keep });
    default:
      if (p.align === "right") return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: EXACT, indent: { right: signatureIndent(p) }, children: runs(FONT.body, SIZE.san), ...keep });
      // A formula line has no spaces to stretch: justifying it would spread its characters apart.
      if (isFormulaLine(p)) {
        return new Paragraph({ spacing: EXACT, indent: { left: FORMULA_INDENT * CHAR }, alignment: AlignmentType.LEFT, children: formulaRuns(p.spans, FONT.body, SIZE.san), ...keep });
      }
      return body(runs(FONT.body, SIZE.san), keep);
  }
}

/** §7.3.5.1: the unit 右空二字, the date 右空四字 under it. */
function signatureIndent(p: NarrativeParagraph): number {
  return (p.id === "signature.date" ? 4 : 2) * CHAR;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** 小四 (12 pt) text set 20 pt apart: an attachment table of 25 rows fits its page. */
const TABLE_LINE = { line: 400, lineRule: LineRuleType.EXACT };
const TABLE_SPACING_XML = '<w:spacing w:line="400" w:lineRule="exact"/>';

/** Rows at a table's end kept on one page: never a 合计 row alone on the last page. */
const KEPT_AT_END = 4;

/**
 * §8: "附件1" top left on a new page, a blank line, the title centred, then the table. No row
 * breaks across pages, the header row repeats on each page, and the last rows are kept together
 * (keep-with-next on the rows before the last), so 加分 and 合计 never stand alone on a page.
 */
function attachment(t: ReportTable, n: number): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((t.widths[i] / total) * 100), type: WidthType.PERCENTAGE },
      borders: { top: thin, bottom: thin, left: thin, right: thin },
      children: [
        new Paragraph({
          alignment: header || (i > 0 && i < t.header.length - 1 && /^[\d.%-]*$/.test(text.replace(ANNEX_VERIFY, ""))) ? AlignmentType.CENTER : AlignmentType.LEFT,
          // 小四 rows at their own exact pitch, not a 三号 line of the body's grid each.
          spacing: TABLE_LINE,
          children: header ? [run(text, FONT.heading1, SIZE.xiaosi)] : markedRuns(text, true),
        }),
      ],
    });
  return [
    new Paragraph({ pageBreakBefore: true, spacing: EXACT, children: [run(`附件${n}`, FONT.heading1, SIZE.san)] }),
    new Paragraph({ spacing: EXACT, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 2 * LINE_PITCH, lineRule: LineRuleType.AT_LEAST, after: LINE_PITCH / 2 }, children: [run(t.title, FONT.title, SIZE.er)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: t.header.map((h, i) => cell(h, i, true)) }),
        ...t.rows.map((r, k) => new TableRow({ cantSplit: true, keepNext: k >= t.rows.length - KEPT_AT_END && k < t.rows.length - 1, children: r.map((v, i) => cell(v, i, false)) })),
      ],
    }),
    // What the marks in the table mean, under it: the attachment is handed on alone. The notes
    // keep together, so "注：" never ends a page without them.
    ...(t.notes ?? []).map((note, i, all) => new Paragraph({ spacing: TABLE_LINE, keepLines: true, keepNext: i < all.length - 1, children: markedRuns(note, false) })),
  ];
}

/**
 * A table cell's or a note's text, its "（请核实1）" marks red and bold as 【请核实】 in the text. In
 * a cell the mark is a line of its own in 五号, "请核实1" under the figure: a narrow 得分 column
 * keeps the figure whole on its line.
 */
function markedRuns(text: string, inCell: boolean): TextRun[] {
  const whole = new RegExp(`^${ANNEX_VERIFY.source}$`);
  return text
    .split(new RegExp(`(${ANNEX_VERIFY.source})`))
    .filter(Boolean)
    .map((piece, i) => {
      if (!whole.test(piece)) return run(piece, FONT.body, SIZE.xiaosi);
      const mark = { color: RED, bold: true };
      return inCell ? run(piece.slice(1, -1), FONT.body, SIZE.wu, { ...mark, lineBreak: i > 0 }) : run(piece, FONT.body, SIZE.xiaosi, mark);
    });
}

/**
 * §7.3.4: under the text, a blank line, then "附件：1.××" two characters in, later names aligned
 * with the first. Kept with the 落款 that follows.
 */
function attachmentNote(tables: readonly ReportTable[], keep: Keep): Paragraph[] {
  if (!tables.length) return [];
  const [first, ...rest] = tables;
  return [
    new Paragraph({ spacing: EXACT, children: [], ...keep }),
    body([run(`附件：1.${first.title}`, FONT.body, SIZE.san)], { alignment: AlignmentType.LEFT, ...keep }),
    ...rest.map((t, i) => new Paragraph({ spacing: EXACT, indent: { left: 5 * CHAR }, children: [run(`${i + 2}.${t.title}`, FONT.body, SIZE.san)], ...keep })),
  ];
}

/** "— 1 —" in 四号 宋体, one character in from the outer edge. */
function pageNumber(side: "odd" | "even"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: CHAR } : { left: CHAR },
        children: [run("— ", FONT.pageNumber, SIZE.si), new TextRun({ children: [PageNumber.CURRENT], size: SIZE.si, font: { eastAsia: FONT.pageNumber, ascii: FONT.pageNumber, hAnsi: FONT.pageNumber } }), run(" —", FONT.pageNumber, SIZE.si)],
      }),
    ],
  });
}

/**
 * 仅供核对 on every page while errors remain: a printed page on its own still says so. A report
 * without errors has an empty header of its own: a section without one would show the header of
 * the section before it (another report's 仅供核对).
 */
function reportHeader(note: string | undefined): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: note ? [run(note, FONT.heading1, SIZE.xiaosi, { color: RED })] : [] })] });
}

/** One report of a Word file: its narrative and its attachments. */
export interface ReportPart {
  readonly narrative: Narrative;
  readonly tables: readonly ReportTable[];
}

/**
 * One report as a section: its text, the 附件 note, the 落款 and its 附件. A section after the
 * first starts on a new page and numbers its pages from 1 again, so each report of a workbook of
 * several tables prints as a report of its own.
 */
function reportSection(part: ReportPart, first: boolean) {
  const { narrative, tables } = part;
  const paragraphs = narrative.paragraphs;
  const signatureAt = paragraphs.findIndex((p) => p.id.startsWith("signature."));
  const text = signatureAt < 0 ? paragraphs : paragraphs.slice(0, signatureAt);
  const signature = signatureAt < 0 ? [] : paragraphs.slice(signatureAt);
  const notice = paragraphs.find((p) => p.role === "notice");
  const headerNote = notice ? paragraphText(notice).split("，")[0] : undefined;
  const headers = { default: reportHeader(headerNote), even: reportHeader(headerNote) };
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: 851, footer: 1417 },
        ...(first ? {} : { pageNumbers: { start: 1 } }),
      },
      // The line grid: 22 lines a page (the 28 characters a line come from CONDENSE).
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    headers,
    footers: { default: pageNumber("odd"), even: pageNumber("even") },
    children: [
      // The 仅供核对 page stands before the report, which starts on a page of its own. The text's
      // last paragraph, the 附件 note and the 落款 are kept together: a 落款 never stands alone.
      ...text.map((p, i) => narrativeParagraph(p, p.role === "title" && notice !== undefined, { keepNext: signature.length > 0 && i === text.length - 1 })),
      ...attachmentNote(tables, { keepNext: signature.length > 0 }),
      ...(signature.length ? [new Paragraph({ spacing: EXACT, children: [], keepNext: true }), ...signature.map((p, i) => narrativeParagraph(p, false, { keepNext: i < signature.length - 1 }))] : []),
      ...tables.flatMap((t, i) => attachment(t, i + 1)),
    ],
  };
}

export function buildReportDocument(narrative: Narrative, tables: readonly ReportTable[]): Document {
  return buildReportsDocument([{ narrative, tables }]);
}

/** Several reports in one file (a workbook of several project tables), each from a new page. */
export function buildReportsDocument(parts: readonly ReportPart[]): Document {
  const first = parts[0]?.narrative.paragraphs ?? [];
  return new Document({
    creator: "绩效自评助手",
    title: paragraphText(first.find((p) => p.role === "title") ?? { id: "", role: "title", spans: [{ text: "部门整体支出绩效自评报告" }] }),
    evenAndOddHeaderAndFooters: true,
    // The Normal style carries the body size and spacing too, for text the user adds in Word.
    styles: {
      default: { document: { run: { font: { eastAsia: FONT.body, ascii: FONT.latin, hAnsi: FONT.latin }, size: SIZE.san } } },
      paragraphStyles: [{ id: "Normal", name: "Normal", run: { font: { eastAsia: FONT.body, ascii: FONT.latin, hAnsi: FONT.latin }, size: SIZE.san, characterSpacing: CONDENSE } }],
    },
    sections: parts.map((part, i) => reportSection(part, i === 0)),
  });
}

/** The .docx file's bytes (works in Node and in the browser), with the fonts' declared substitutes. */
export async function reportDocxBytes(narrative: Narrative, tables: readonly ReportTable[]): Promise<Uint8Array> {
  return reportsDocxBytes([{ narrative, tables }]);
}

/** One .docx with several reports, each starting on a new page with its own page numbers. */
export async function reportsDocxBytes(parts: readonly ReportPart[]): Promise<Uint8Array> {
  const packed = await Packer.toArrayBuffer(buildReportsDocument(parts));
  const zip = await JSZip.loadAsync(packed);
  zip.file("word/fontTable.xml", fontTableXml());
  // The attachment tables' rows keep their own pitch: off the line grid (w:snapToGrid, which the
  // docx library does not write for a paragraph), as LibreOffice otherwise gives each a grid line.
  const document = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", document.replaceAll(TABLE_SPACING_XML, `<w:snapToGrid w:val="0"/>${TABLE_SPACING_XML}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
