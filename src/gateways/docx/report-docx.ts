/**
 * The Word report in official-document style (党政机关公文格式): A4, margins 3.7/3.5/2.8/2.6 cm,
 * title 方正小标宋简体 二号 centred, body 仿宋_GB2312 三号 with a first-line indent of two
 * characters and exact 28-point line spacing, 一、 headings in 黑体, （一） headings in 楷体_GB2312,
 * page numbers "— 1 —" at the foot. Fonts a machine lacks are substituted by Word/WPS/LibreOffice
 * (仿宋 → FangSong, 方正小标宋 → 宋体).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import type { Narrative, Paragraph as NarrativeParagraph } from "../../core/narrative/text";
import { xmlSafe } from "../../core/values/text";
import type { ReportTable } from "../../core/narrative/tables";

const cm = (x: number) => Math.round((x / 2.54) * 1440);
const FONT = { title: "方正小标宋简体", body: "仿宋_GB2312", h1: "黑体", h2: "楷体_GB2312", table: "仿宋_GB2312", footer: "宋体" };
const SIZE = { er: 44, san: 32, xiaosi: 24, si: 28 }; // half-points: 二号 22pt, 三号 16pt, 小四 12pt, 四号 14pt
const EXACT_28 = { line: 560, lineRule: LineRuleType.EXACT };

const run = (text: string, font: string, size: number, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text: xmlSafe(text), font: { eastAsia: font, ascii: "Times New Roman", hAnsi: "Times New Roman" }, size, ...extra });

function narrativeParagraph(p: NarrativeParagraph): Paragraph {
  const text = p.spans.map((s) => s.text).join("");
  switch (p.role) {
    case "title":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...EXACT_28, line: 700, after: 300 }, children: [run(text, FONT.title, SIZE.er)] });
    case "meta":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: EXACT_28, children: [run(text, FONT.body, SIZE.san)] });
    case "heading1":
      return new Paragraph({ spacing: EXACT_28, indent: { firstLine: 640 }, children: [run(text, FONT.h1, SIZE.san)] });
    case "heading2":
    case "heading3":
      return new Paragraph({ spacing: EXACT_28, indent: { firstLine: 640 }, children: [run(text, FONT.h2, SIZE.san)] });
    case "placeholder":
      return new Paragraph({ spacing: EXACT_28, indent: { firstLine: 640 }, children: [run(text, FONT.body, SIZE.san, { color: "C55A11" })] });
    default:
      return new Paragraph({
        // A formula line has no spaces to stretch: justifying it spreads its characters apart.
        alignment: p.id.includes(".rate.") ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
        spacing: EXACT_28,
        indent: { firstLine: 640 },
        children: p.spans.map((s) => run(s.text, FONT.body, SIZE.san, s.kind === "placeholder" ? { color: "C55A11" } : {})),
      });
  }
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function table(t: ReportTable): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((t.widths[i] / total) * 100), type: WidthType.PERCENTAGE },
      borders: { top: thin, bottom: thin, left: thin, right: thin },
      children: [new Paragraph({ alignment: header || i > 0 && i < t.header.length - 1 && /^[\d.%-]*$/.test(text) ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, header ? FONT.h1 : FONT.table, SIZE.xiaosi)] })],
    });
  return [
    new Paragraph({ spacing: { ...EXACT_28, before: 240 }, children: [run(t.title, FONT.h1, SIZE.san)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, i, true)) }), ...t.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i, false)) }))],
    }),
  ];
}

export function buildReportDocument(narrative: Narrative, tables: readonly ReportTable[]): Document {
  return new Document({
    creator: "绩效自评助手",
    title: narrative.paragraphs.find((p) => p.role === "title")?.spans.map((s) => s.text).join("") ?? "部门整体支出绩效自评报告",
    styles: { default: { document: { run: { font: { eastAsia: FONT.body, ascii: "Times New Roman" }, size: SIZE.san } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: cm(3.7), bottom: cm(3.5), left: cm(2.8), right: cm(2.6), footer: cm(2.5) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run("— ", FONT.footer, SIZE.si), new TextRun({ children: [PageNumber.CURRENT], size: SIZE.si }), run(" —", FONT.footer, SIZE.si)] })],
          }),
        },
        children: [...narrative.paragraphs.map(narrativeParagraph), ...tables.flatMap(table)],
      },
    ],
  });
}

/** The .docx file's bytes (works in Node and in the browser). */
export async function reportDocxBytes(narrative: Narrative, tables: readonly ReportTable[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocument(narrative, tables)));
}
