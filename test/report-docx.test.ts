/**
 * The Word report against GB/T 9704-2012, twice: in its XML (what Word reads: page, margins, grid,
 * fonts and their declared substitutes, page numbers, 附件 pages) and as LibreOffice renders it
 * (A4, 28 characters a line, 22 lines a page, page numbers at the outer edge, the report's text).
 * The rendered pages are report-docx-*.png (docs/images with `npm run images`).
 */
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { perfeval } from "./helpers/cli";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";
import { pageCount, pageText, pageToPng } from "./helpers/render";
import { evaluateWorkbook, paragraphText, type Narrative } from "../src/core";
import { loadWorkbook } from "../src/gateways/xlsx";
import { imagesDir } from "./helpers/images";

const FIXTURES = path.join(__dirname, "fixtures");
// docs/images with `npm run images`, a scratch folder otherwise.
const IMAGES = imagesDir();

async function writeDocx(fixture: string, extra: string[] = []): Promise<{ docx: string; stdout: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-docx-"));
  const docx = path.join(dir, "报告.docx");
  const r = await perfeval(["evaluate", path.join(FIXTURES, fixture), "--no-xlsx", "--docx", docx, ...extra]);
  expect(r.code).toBe(0);
  return { docx, stdout: r.stdout };
}

async function part(docx: string, name: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(docx))).file(name)!.async("string");
}

/** The w:p elements of document.xml whose text contains `text`. */
function paragraphsWith(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:p\b.*?<\/w:p>/gs)].map((m) => m[0]).filter((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("").includes(text));
}

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

describe("the Word report's XML follows GB/T 9704-2012", () => {
  let document: string;
  let fonts: string;
  let settings: string;
  let docx: string;
  let stdout: string;
  beforeAll(async () => {
    ({ docx, stdout } = await writeDocx("standard/haizhu-2023-corrected.xlsx"));
    [document, fonts, settings] = await Promise.all([part(docx, "word/document.xml"), part(docx, "word/fontTable.xml"), part(docx, "word/settings.xml")]);
  });

  test("A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm", () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(document)!.slice(1).map(Number);
    expect(margin).toEqual([twips(37), twips(26), twips(35), twips(28)]);
  });

  test("22 lines of 28 characters: the line grid, and 三号 body text condensed to fit 28 in the 版心", () => {
    const pitch = Number(/<w:docGrid w:type="lines" w:linePitch="(\d+)"/.exec(document)![1]);
    const height = 16838 - twips(37) - twips(35);
    expect(Math.floor(height / pitch)).toBe(22);
    const body = paragraphsWith(document, "部门整体支出绩效自评分数为94分")[0];
    expect(body).toContain('<w:spacing w:line="' + pitch + '" w:lineRule="exact"/>');
    const condensed = Number(/<w:spacing w:val="(-\d+)"\/>/.exec(body)![1]); // twentieths of a point
    const width = 11906 - twips(28) - twips(26);
    const perChar = 16 * 20 + condensed; // twips
    expect(Math.floor(width / perChar)).toBe(28);
  });

  test("fonts by level, each with its declared substitutes", () => {
    const font = (text: string) => /w:eastAsia="([^"]+)"/.exec(paragraphsWith(document, text)[0])![1];
    const size = (text: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(paragraphsWith(document, text)[0])![1]);
    expect([font("部门整体支出绩效自评报告"), size("部门整体支出绩效自评报告")]).toEqual(["方正小标宋简体", 44]);
    expect([font("一、部门基本情况"), size("一、部门基本情况")]).toEqual(["黑体", 32]);
    expect([font("（一）部门职能"), size("（一）部门职能")]).toEqual(["楷体_GB2312", 32]);
    expect([font("部门整体支出绩效自评分数为94分"), size("部门整体支出绩效自评分数为94分")]).toEqual(["仿宋_GB2312", 32]);
    const alt = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(fonts)?.[1].split(",");
    expect(alt("仿宋_GB2312")).toEqual(expect.arrayContaining(["仿宋", "FangSong", "华文仿宋"]));
    expect(alt("方正小标宋简体")).toEqual(expect.arrayContaining(["华文中宋", "宋体"]));
    expect(alt("楷体_GB2312")).toEqual(expect.arrayContaining(["楷体", "KaiTi"]));
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312">.*?<w:charset w:val="86"\/>/);
  });

  test("page numbers 四号 “— 1 —” at the outer edge: odd pages right, even pages left, one character in", async () => {
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const rels = await part(docx, "word/_rels/document.xml.rels");
    const footerOf = async (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(document)![1];
      return part(docx, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]}`);
    };
    const odd = await footerOf("default");
    const even = await footerOf("even");
    expect(odd).toMatch(/<w:jc w:val="right"\/>/);
    expect(odd).toMatch(/<w:ind w:right="\d+"\/>/);
    expect(even).toMatch(/<w:jc w:val="left"\/>/);
    expect(even).toMatch(/<w:ind w:left="\d+"\/>/);
    for (const f of [odd, even]) {
      expect(f).toContain("— </w:t>");
      expect(f).toContain(" —</w:t>");
      expect(f).toContain("PAGE");
      expect(f).toContain('<w:sz w:val="28"/>');
    }
  });

  test("附件: the note under the text, the 落款 set right, each 附件 on a new page headed 附件N", () => {
    expect(paragraphsWith(document, "附件：1.指标得分表")).toHaveLength(1);
    expect(paragraphsWith(document, "2.扣分明细表")).toHaveLength(1);
    const unit = paragraphsWith(document, "广州市海珠区科技工业商务和信息化局").pop()!;
    expect(unit).toContain('<w:jc w:val="right"/>');
    for (const n of [1, 2]) expect(paragraphsWith(document, `附件${n}`).some((p) => p.includes("<w:pageBreakBefore/>"))).toBe(true);
  });

  test("tables: no row breaks across pages, the header repeats, the last rows are kept together", () => {
    const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    expect(tables.length).toBe(2);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
      for (const r of rows) expect(r).toContain("<w:cantSplit/>");
      expect(rows[0]).toContain("<w:tblHeader/>");
      // Keep-with-next on each paragraph of the rows before the last: the end of the table moves as one.
      const kept = rows.map((r) => /<w:keepNext\/>/.test(r));
      expect(kept[kept.length - 1]).toBe(false);
      if (rows.length > 2) expect(kept[kept.length - 2]).toBe(true);
      // 小四 rows at their own pitch, off the 三号 line grid.
      expect(rows[1]).toContain('<w:snapToGrid w:val="0"/><w:spacing w:line="400" w:lineRule="exact"/>');
    }
  });

  test("the text's last paragraph and the 附件 note are kept with the 落款", () => {
    const paragraphs = [...document.matchAll(/<w:p\b.*?<\/w:p>/gs)].map((m) => m[0]);
    const signature = paragraphs.findIndex((p) => p.includes("【请填写：成文日期") || /<w:jc w:val="right"\/>/.test(p));
    expect(signature).toBeGreaterThan(5);
    for (const p of paragraphs.slice(signature - 4, signature)) expect(p).toContain("<w:keepNext/>");
  });

  test("no invisible characters: the text searches and copies as printed (“91.21%”, “=-25.42%”)", async () => {
    const { docx: printed } = await writeDocx("standard/miit-2020-printed.xlsx");
    const xml = await part(printed, "word/document.xml");
    expect(xml).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("=83/91×100%=91.21%");
    expect(text).toContain("×100%=-25.42%【请核实：基础数据表填报为25.42%】");
    expect(text).toContain("=（1,110.82-1,110.82）/1,110.82×100%");
  });

  test("a formula line is a paragraph of its own, broken only before “=” (or “/”, “+” outside brackets)", () => {
    const formula = paragraphsWith(document, "=")
      .map((p) => p.split(/<w:br\/>/).map((piece) => [...piece.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")))
      .filter((pieces) => pieces.length > 1);
    expect(formula.length).toBeGreaterThan(0);
    for (const pieces of formula) for (const piece of pieces.slice(1)) expect(piece).toMatch(/^[=/+]/);
  });

  test("the number of unfilled 【请填写】 is reported when the report is written", () => {
    const filled = document.split("【请填写：").length - 1;
    expect(filled).toBeGreaterThan(3);
    expect(stdout).toContain(`还有${filled}处【请填写】`);
  });

  test("a workbook with errors: 仅供核对 on a page of its own and at the head of every page", async () => {
    const { docx: provisional } = await writeDocx("standard/haizhu-2023-printed.xlsx");
    const xml = await part(provisional, "word/document.xml");
    expect(paragraphsWith(xml, "仅供核对：评价表中还有5项错误")).toHaveLength(1);
    expect(paragraphsWith(xml, "部门整体支出绩效自评报告")[0]).toContain("<w:pageBreakBefore/>");
    expect(await part(provisional, "word/header1.xml")).toContain("仅供核对：评价表中还有5项错误尚未改正");
  });

  test("附件1 marks in red what the text marks 【请核实】 and says under the table what was filed", async () => {
    const { docx: printed } = await writeDocx("standard/miit-2020-printed.xlsx");
    const xml = await part(printed, "word/document.xml");
    const annex = xml.slice(xml.indexOf(">附件1<"));
    // In the cell the mark is a line of its own under the figure: "40", then "请核实1" in red.
    const cell = paragraphsWith(annex, "40请核实1");
    expect(cell).toHaveLength(1);
    expect(cell[0]).toMatch(/<w:t[^>]*>40<\/w:t>.*<w:b\/>.*<w:color w:val="C00000"\/>.*<w:br\/><w:t[^>]*>请核实1<\/w:t>/s);
    expect(paragraphsWith(annex, "（请核实1）预算执行得分40分，评分表填报为39分，与下级得分合计不符（评分表!H7）。")).toHaveLength(1);
    expect(paragraphsWith(annex, "（请核实3）合计得分100分，评分表填报总分为99.83分（评分表!H24）。")).toHaveLength(1);
    // The notes come before 附件2, under the table they explain.
    expect(annex.indexOf("评分表填报总分为99.83分")).toBeLessThan(annex.indexOf(">附件2<"));
  });
});

const available = libreOfficeAvailable();

async function narrativeOf(fixture: string): Promise<Narrative> {
  const file = path.join(FIXTURES, fixture);
  return evaluateWorkbook((await loadWorkbook(new Uint8Array(readFileSync(file)), path.basename(file))).grids, path.basename(file)).narrative;
}

/** The lines LibreOffice set, whitespace removed: the page numbers and the 仅供核对 header left out. */
function renderedLines(pdf: string): string[] {
  const out: string[] = [];
  for (let p = 1; p <= pageCount(pdf); p++) {
    for (const line of pageText(pdf, p, true).split("\n")) {
      const l = line.replace(/\s/g, "");
      if (l && !/^—\d+—$/.test(l) && !/^仅供核对：评价表中还有\d+项错误尚未改正$/.test(l)) out.push(l);
    }
  }
  return out;
}

/** A formula may break before "=", "/" or "+" outside brackets, or anywhere in the 【…】 after it. */
function goodBreak(text: string, at: number): boolean {
  const mark = text.indexOf("【");
  if (mark >= 0 && at > mark) return true;
  let depth = 0;
  for (let i = 0; i < at; i++) depth += text[i] === "（" ? 1 : text[i] === "）" ? -1 : 0;
  return depth === 0 && "=/+".includes(text[at]) && !text.startsWith("×100%", at);
}

/**
 * Every formula line of the report as LibreOffice set it: found line by line, and broken only
 * where a formula may break (names, figures and "×100%" whole). Returns how many were checked.
 */
function expectFormulasWhole(pdf: string, narrative: Narrative): number {
  const lines = renderedLines(pdf);
  const formulas = narrative.paragraphs.filter((p) => p.id.includes(".rate.")).map((p) => paragraphText(p).replace(/\s/g, ""));
  for (const text of formulas) {
    const start = lines.findIndex((l, i) => text.startsWith(l) && lines.slice(i).join("").startsWith(text));
    expect({ text, found: start >= 0 }).toEqual({ text, found: true });
    let at = 0;
    for (let i = start; at + lines[i].length < text.length; i++) {
      at += lines[i].length;
      expect({ text, line: lines[i], next: text.slice(at, at + 8), good: goodBreak(text, at) }).toEqual({ text, line: lines[i], next: text.slice(at, at + 8), good: true });
    }
  }
  return formulas.length;
}

if (!available) console.warn("LibreOffice is not installed: the .docx rendering test is skipped. .ci/run installs it.");

(available ? test : test.skip)("rendered by LibreOffice: A4, 28 characters and at most 22 lines, outer page numbers, the text", async () => {
  const { docx } = await writeDocx("standard/miit-2020-corrected.xlsx");
  const pdf = convert(docx, "pdf");
  expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  const pages = pageCount(pdf);
  // A full line of body text holds 28 characters (CJK and full-width punctuation each count one).
  // A full page holds 22 lines of text (the page number aside).
  let longest = 0;
  const linesPerPage: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines = pageText(pdf, p, true).split("\n").map((l) => l.replace(/\s/g, ""));
    for (const l of lines) if (/^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/.test(l)) longest = Math.max(longest, l.length);
    linesPerPage.push(lines.filter((l) => l && !/^—\d+—$/.test(l)).length);
  }
  expect(longest).toBe(28);
  expect(Math.max(...linesPerPage)).toBeLessThanOrEqual(22);
  // 22 lines fill the 版心 (225 mm): the pitch of 三号 lines (20.8 pt boxes) puts 22 in it, not 21 or 23.
  const bbox = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const pitch = Math.min(
    ...bbox.split("<page ").slice(1).flatMap((page) => {
      const ys = [...new Set([...page.matchAll(/yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].filter((m) => Math.abs(Number(m[2]) - Number(m[1]) - 20.8) < 1).map((m) => Math.round(Number(m[1]) * 10) / 10))].sort((a, b) => a - b);
      return ys.slice(1).map((y, i) => y - ys[i]);
    }),
  );
  expect(Math.floor(((225 / 25.4) * 72) / pitch)).toBe(22);
  // Page numbers at the outer edge: odd pages right, even pages left.
  const dashes = bbox.split("<page ").slice(1).map((page) => [...page.matchAll(/xMin="([\d.]+)"[^>]*>—</g)].map((m) => Number(m[1])));
  dashes.forEach((xs, i) => {
    expect(xs.length).toBeGreaterThanOrEqual(2);
    if ((i + 1) % 2 === 1) expect(Math.min(...xs)).toBeGreaterThan(400);
    else expect(Math.max(...xs)).toBeLessThan(200);
  });
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain("湛江市工业和信息化局本级2020年度整体绩效自评报告");
  expect(text).toContain("部门整体支出绩效自评分数为99.83分（含加分1分），绩效等级为“优”");
  expect(text).toContain("附件1指标得分表");
  expect(text).toContain("附件2扣分明细表");
  // 附件1 on one page with its 合计; the 落款 never alone on its page; no line ends in a sign.
  const pageOf = (t: string) => Array.from({ length: pages }, (_, i) => i + 1).filter((p) => pageText(pdf, p).replace(/[\s\u2060]+/g, "").includes(t));
  expect(pageOf("合计评价等级：优")).toEqual(pageOf("附件1指标得分表"));
  const signaturePage = pageOf("【请填写：成文日期")[0];
  expect(pageText(pdf, signaturePage, true).split("\n").filter((l) => l.trim() && !/—\s*\d+\s*—/.test(l)).length).toBeGreaterThan(4);
  for (let p = 1; p <= pages; p++) for (const line of pageText(pdf, p, true).split("\n")) expect(line).not.toMatch(/[-=（/+]\s*$|^\s*[×%）]/);
  // The formula lines (湛江 2020): "上年末存量资" / "金-1）…" or a line starting "×100%=" fails here.
  expect(expectFormulasWhole(pdf, await narrativeOf("standard/miit-2020-corrected.xlsx"))).toBeGreaterThan(6);
  mkdirSync(IMAGES, { recursive: true });
  for (let p = 1; p <= Math.min(pages, 6); p++) pageToPng(pdf, p, path.join(IMAGES, `report-docx-${p}`), 60);
}, 120_000);

(available ? test : test.skip)("rendered by LibreOffice: formula lines with 【请核实】 after them break only where a formula may", async () => {
  for (const fixture of ["standard/edz-2023.xlsx", "standard/miit-2020-printed.xlsx"]) {
    const { docx } = await writeDocx(fixture);
    expect(expectFormulasWhole(convert(docx, "pdf"), await narrativeOf(fixture))).toBeGreaterThan(1);
  }
}, 120_000);
