/**
 * 自评汇总 as written by the command line, rendered by LibreOffice: the native chart of 二级
 * 得分率 is there (its part survives LibreOffice's re-save with the series values, and its bars
 * are drawn), the headline reads label, value and unit apart, the grade scale and the legend print
 * on the first page, check names are Chinese, and a workbook with errors says 仅供核对.
 * The pictures are summary-*.png (docs/images with `npm run images`).
 */
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { perfeval } from "./helpers/cli";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";
import { countColour, pageText, pagesWith, pageToPng } from "./helpers/render";
import { imagesDir } from "./helpers/images";

const FIXTURES = path.join(__dirname, "fixtures");
// docs/images with `npm run images`, a scratch folder otherwise.
const IMAGES = imagesDir();
const available = libreOfficeAvailable();
if (!available) console.warn("LibreOffice is not installed: the 自评汇总 rendering test is skipped. .ci/run installs it.");

async function evaluated(fixture: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "perfeval-summary-"));
  const out = path.join(dir, "结果.xlsx");
  const r = await perfeval(["evaluate", path.join(FIXTURES, fixture), "-o", out, "--json"]);
  expect(r.code).toBe(0);
  return { dir, out, json: JSON.parse(r.stdout) as { tree: { children: { scoreRate: number | null }[] }[]; checks: { severity: string }[] } };
}

/** The text parts of an .xlsx whose path matches. */
async function parts(file: string, pattern: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const p of Object.keys(zip.files).filter((x) => pattern.test(x))) out.set(p, await zip.file(p)!.async("string"));
  return out;
}

const cachedValues = (chart: string) => [...chart.matchAll(/<c:numCache>.*?<\/c:numCache>/gs)].flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));

(available ? describe : describe.skip)("自评汇总 rendered by LibreOffice", () => {
  test("the chart of 二级 得分率 is a native chart that survives LibreOffice and is drawn", async () => {
    const { dir, out, json } = await evaluated("standard/miit-2020-corrected.xlsx");
    const rates = json.tree.flatMap((l1) => l1.children.map((c) => (c.scoreRate ?? 0) / 100));
    const written = [...(await parts(out, /^xl\/charts\/chart\d+\.xml$/)).values()];
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/<c:f>'自评汇总'!\$F\$\d+:\$F\$\d+<\/c:f>/);
    expect(cachedValues(written[0]).map((v) => v.toFixed(4))).toEqual(rates.map((v) => v.toFixed(4)));

    // LibreOffice reads the chart and writes it back as its own, with the same series values.
    const resaved = [...(await parts(convert(out, "xlsx"), /^xl\/charts\/chart\d+\.xml$/)).values()];
    expect(resaved).toHaveLength(1);
    expect(resaved[0]).toContain("自评汇总");
    expect(cachedValues(resaved[0]).map((v) => v.toFixed(4))).toEqual(rates.map((v) => v.toFixed(4)));

    const pdf = convert(out, "pdf");
    const [first] = pagesWith(pdf, "部门整体支出绩效自评汇总");
    // The chart starts the page after the tables (a page break keeps it whole): its bars, in the
    // series colour 4472C4, are there and not on the first page.
    const chartPage = first + 1;
    const bars = (p: number) => countColour(pdf, p, [0x44, 0x72, 0xc4], path.join(dir, `page-${p}`));
    expect(bars(chartPage)).toBeGreaterThan(2000);
    expect(bars(first)).toBeLessThan(200);

    // The first page: label, value and unit apart; the grade scale and the legend whole.
    const page = pageText(pdf, first, true);
    expect(page).toMatch(/自评总分（计算）\s+99\.83\s*分\s+评价等级\s+优/);
    expect(page).toMatch(/差：60分以下/);
    expect(page).toContain("严重扣分：得0分或扣分过半");
    expect(page).not.toMatch(/\((parts|score|weight)-sum\)|（[a-z-]+）/);

    mkdirSync(IMAGES, { recursive: true });
    for (const [n, p] of [[1, first], [2, chartPage]]) expect(statSync(pageToPng(pdf, p, path.join(IMAGES, `summary-${n}`))).size).toBeGreaterThan(10_000);
  }, 120_000);

  test("a workbook with errors: 仅供核对 and the number of errors on the first page, the score above its weight in red", async () => {
    const { out, json } = await evaluated("standard/haizhu-2023-printed.xlsx");
    const errors = json.checks.filter((c) => c.severity === "error").length;
    // 60 of 50 points: no 120% bar and no -10 deduction; the category says why its bar is missing.
    const [chart] = [...(await parts(out, /^xl\/charts\/chart\d+\.xml$/)).values()];
    expect(chart).toContain("<c:v>整体效能（请核实）</c:v>");
    expect(cachedValues(chart).every((v) => v <= 1)).toBe(true);
    const pdf = convert(out, "pdf");
    const [first] = pagesWith(pdf, "部门整体支出绩效自评汇总");
    const page = pageText(pdf, first, true).replace(/\s+/g, "");
    expect(page).toContain(`仅供核对：评价表中还有${errors}项错误尚未改正`);
    expect(page).toContain("请核实：得分超过分值");
    expect(page).not.toContain("-10.00");
    expect(page).toContain("与计算结果不一致，请核实");
    pageToPng(pdf, first, path.join(IMAGES, "summary-provisional"));
  }, 120_000);
});
