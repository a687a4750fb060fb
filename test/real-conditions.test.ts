/**
 * Workbooks as office software and generators really write them (test/real-files and the
 * families of scripts/real-conditions.js): each evaluates exactly like its unmodified control,
 * says nothing in English, leaves its input untouched, and gets a result workbook that keeps
 * every part of the input (compared part by part with scripts/part-compare.js).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval, sha256 } from "./helpers/cli";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { VARIANTS, makeAll } = require("../scripts/real-conditions.js") as {
  VARIANTS: Record<string, [string, unknown, "base" | "control"]>;
  makeAll: () => Promise<Record<string, Buffer>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { comparePackages } = require("../scripts/part-compare.js") as {
  comparePackages: (a: Buffer, b: Buffer) => Promise<{ parts: number; same: number; edited: string[]; added: string[]; lost: string[]; violations: string[]; restyledCells: string[]; addedCells: number }>;
};

interface Json {
  total: number;
  grade: string;
  deductions: { path: string[]; deduction: number; reason?: string }[];
  rates: Record<string, number>;
  rateErrors: Record<string, string>;
  reportedRates: Record<string, number>;
  checks: { id: string; severity: string; message: string }[];
  narrative: { text: string };
}

const LONG_NAMES = /附件\d：湛江市工业和信息化局本级2020年度部门整体支出绩效自评(评分表|基础数据表)/g;
/** What must be the same as the control: total, grade, deductions, rates, checks, the report's text. */
function outcome(j: Json) {
  const names = (s: string) => s.replace(LONG_NAMES, "$1");
  return {
    total: j.total,
    grade: j.grade,
    deductions: j.deductions.map((d) => [d.path, d.deduction, d.reason]),
    rates: j.rates,
    rateErrors: j.rateErrors,
    reportedRates: j.reportedRates,
    checks: j.checks.map((c) => [c.id, c.severity, names(c.message)]),
    narrative: names(j.narrative.text),
  };
}

const dir = mkdtempSync(path.join(tmpdir(), "perfeval-real-"));

async function evaluate(name: string, bytes: Buffer) {
  const input = path.join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const hash = sha256(input);
  const out = path.join(dir, `${name}.out.xlsx`);
  const r = await perfeval(["evaluate", input, "-o", out, "--json"]);
  expect({ name, code: r.code, stderr: r.code ? r.stderr : "" }).toEqual({ name, code: 0, stderr: "" });
  expect(sha256(input)).toBe(hash);
  // Only our Chinese summary on stderr: no library warning in English.
  expect(r.stderr).not.toMatch(/Worksheet name|exceeds|truncated|Warning|Error/i);
  return { json: JSON.parse(r.stdout) as Json, result: readFileSync(out), input: bytes };
}

let all: Record<string, Buffer>;
const results = new Map<string, Awaited<ReturnType<typeof evaluate>>>();
beforeAll(async () => {
  all = await makeAll();
  for (const [name, bytes] of Object.entries(all)) results.set(name, await evaluate(name, bytes));
}, 120000);

describe.each(Object.entries(VARIANTS).map(([name, [family, , ref]]) => [name, family, ref] as const))("%s (%s)", (name, _family, ref) => {
  test(`evaluates like the ${ref}`, () => {
    expect(outcome(results.get(name)!.json)).toEqual(outcome(results.get(ref)!.json));
  });
  test("the result keeps every part of the input", async () => {
    const { input, result } = results.get(name)!;
    const report = await comparePackages(input, result);
    expect({ lost: report.lost, violations: report.violations }).toEqual({ lost: [], violations: [] });
    expect(report.added.length).toBeGreaterThanOrEqual(2); // 自评汇总, 自评报告
    // Marks restyle the same cells as on the control: the deductions' rows, nothing else.
    const ctl = await comparePackages(results.get(ref)!.input, results.get(ref)!.result);
    expect(report.restyledCells.map((c) => c.split("!")[1])).toEqual(ctl.restyledCells.map((c) => c.split("!")[1]));
    expect(report.restyledCells.length).toBeGreaterThan(0);
  });
  test("the result reads back to the same evaluation", async () => {
    const again = await evaluate(`${name}-again`, results.get(name)!.result);
    expect(outcome(again.json)).toEqual(outcome(results.get(name)!.json));
  });
});

describe("test/real-files", () => {
  const REAL = path.join(__dirname, "real-files");
  const files = readdirSync(REAL).filter((f) => f.endsWith(".xlsx"));
  let control: Awaited<ReturnType<typeof evaluate>>;
  beforeAll(async () => {
    control = await evaluate("real-control", readFileSync(path.join(REAL, "report_date_1900_control.xlsx")));
  });
  test.each(files)("%s: as its control, nothing of the input lost", async (file) => {
    const bytes = readFileSync(path.join(REAL, file));
    const r = await evaluate(`real-${file}`, bytes);
    // Only the control carries the 填报日期: the report's date lines differ, nothing else may.
    const strip = (j: Json) => ({
      ...outcome(j),
      narrative: outcome(j)
        .narrative.replace(/\n?填报日期：(2021年3月15日|【请填写：填报日期】)/, "")
        .replace(/\n(2021年3月15日|【请填写：成文日期[^】]*】)$/, "")
        .replace(/\n\n/g, "\n"),
    });
    expect(strip(r.json)).toEqual(strip(control.json));
    if (/strict|control/.test(file)) expect(r.json.narrative.text).toContain("2021年3月15日");
    const report = await comparePackages(bytes, r.result);
    expect({ lost: report.lost, violations: report.violations }).toEqual({ lost: [], violations: [] });
  });
});

describe("the result of a workbook carrying every kind of part", () => {
  test("keeps comments, drawings, pictures, WPS cell images, metadata, printer settings, custom XML and external links byte for byte", async () => {
    const { input, result } = results.get("keep-everything")!;
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(result);
    for (const part of [
      "xl/comments/comment1.xml",
      "xl/drawings/commentsDrawing1.vml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/media/image2.png",
      "xl/cellimages.xml",
      "xl/_rels/cellimages.xml.rels",
      "xl/metadata.xml",
      "xl/printerSettings/printerSettings1.bin",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
      "xl/externalLinks/externalLink1.xml",
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet2.xml",
    ]) {
      expect({ part, same: Buffer.compare(await a.file(part)!.async("nodebuffer"), await b.file(part)!.async("nodebuffer")) === 0 }).toEqual({ part, same: true });
    }
    const wb = await b.file("xl/workbook.xml")!.async("string");
    const before = await a.file("xl/workbook.xml")!.async("string");
    for (const kept of [/<workbookProtection[^>]*\/>/, /<definedNames>[\s\S]*<\/definedNames>/, /<externalReferences>[\s\S]*<\/externalReferences>/]) expect(wb.match(kept)![0]).toBe(before.match(kept)![0]);
    const sheet = await b.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain('<hyperlink ref="A2" location="\'基础数据表\'!A1" display="基础数据表"/>');
    expect(sheet).toContain("<dataValidations count=\"1\">");
    const dynamic = await b.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(dynamic).toContain('<c r="G36" cm="1"><f t="array" ref="G36:G37">_xlfn.SORT(C4:C5)</f>');
  });

  test("every XML part of the result is well-formed (xmllint)", async () => {
    const zip = await JSZip.loadAsync(results.get("keep-everything")!.result);
    const out = mkdtempSync(path.join(tmpdir(), "perfeval-xmllint-"));
    const files: string[] = [];
    for (const e of Object.values(zip.files)) {
      if (e.dir || !/\.(xml|rels)$/.test(e.name)) continue;
      const f = path.join(out, e.name.replace(/[/[\]]/g, "_"));
      writeFileSync(f, await e.async("nodebuffer"));
      files.push(f);
    }
    expect(() => execFileSync("xmllint", ["--noout", ...files], { stdio: "pipe" })).not.toThrow();
  });
});
