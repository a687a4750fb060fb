/**
 * The report narrative for every reference case and outline: every number traced to a cell,
 * the reports' phrases, and the 雷州式 "…，扣N分" form. Issue 4's acceptance, through the
 * public entry points (evaluateWorkbook, perfeval --json).
 */
import { existsSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { evaluateWorkbook, OUTLINES, generateNarrative, paragraphText, type Narrative } from "../src/core";
import { loadWorkbook } from "../src/gateways/xlsx";
import { perfeval } from "./helpers/cli";

const FIXTURES = path.join(__dirname, "fixtures");
const cases = Object.keys(JSON.parse(readFileSync(path.join(FIXTURES, "cases.json"), "utf8")));
const files = cases.flatMap((id) => ["standard", "messy"].map((l) => path.join(FIXTURES, l, `${id}.xlsx`))).filter(existsSync);

async function evaluated(file: string) {
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  return { loaded, ...evaluateWorkbook(loaded.grids, path.basename(file)) };
}

/** Numerals that are structure, not figures: list numbering and formula constants. */
const STRUCTURE = /^(?:\d+\.|（\d+）|\(\d+\)|\d+\.\s)|×100%|-1\)/g;

describe.each(files.map((f) => [path.relative(FIXTURES, f), f]))("%s", (_name, file) => {
  test.each(OUTLINES)("%s: every number is a traced span whose cells exist", async (outline) => {
    const { evaluation, loaded } = await evaluated(file);
    const narrative: Narrative = generateNarrative(evaluation, outline);
    const sheets = new Set(loaded.grids.sheets.map((s) => s.name));
    for (const p of narrative.paragraphs) {
      for (const s of p.spans) {
        if (s.kind === "number") {
          expect({ span: s.text, cells: (s.cells ?? []).length > 0 }).toEqual({ span: s.text, cells: true });
          for (const c of s.cells!) expect(sheets.has(c.slice(0, c.lastIndexOf("!")).replace(/^'(.*)'$/, "$1"))).toBe(true);
        } else if (s.kind !== "placeholder") {
          const stray = s.text.replace(STRUCTURE, "").match(/\d/g);
          expect({ paragraph: paragraphText(p), stray }).toEqual({ paragraph: paragraphText(p), stray: null });
        }
      }
    }
  });
});

describe("the reports' language", () => {
  test("海珠式 for the corrected Haizhu case reads as the published report", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"));
    const text = narrative.paragraphs.map(paragraphText);
    expect(narrative.outline).toBe("海珠式");
    expect(text.join("\n")).toContain("部门整体支出绩效自评分数为94分，绩效等级为“优”，其中一级指标中的履职效能得分率为100%，管理效率得分率为88%");
    expect(text.join("\n")).toContain("扣分的主要原因是：1. 部门有出台相应的绩效管理制度，但内容有缺漏；2. 未能在采购预算批复后及时予以公开；3. 本年度未做资产盘点；4. 巡察时被提出资产管理存在问题；5. 固定资产利用率偏低。");
    const headings = narrative.paragraphs.filter((p) => p.role === "heading1").map(paragraphText);
    expect(headings).toEqual(["一、部门基本情况", "二、绩效自评情况", "三、存在的主要问题", "四、下一步改进措施"]);
    // 存在问题 follow the deductions: a 采购管理 deduction gives a 采购 problem and a matching measure.
    expect(text.some((t) => /^（.）政府采购管理工作有待加强/.test(t))).toBe(true);
    expect(text.some((t) => /^（.）加强政府采购工作管理/.test(t))).toBe(true);
  });

  test("湛江式 for the corrected MIIT case: section order, results and formula lines", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(narrative.outline).toBe("湛江式");
    expect(narrative.paragraphs.filter((p) => p.role === "heading1").map(paragraphText)).toEqual(["一、单位基本情况", "二、自评工作开展情况", "三、绩效自评情况", "四、其他自评情况"]);
    expect(text).toContain("部门整体支出绩效自评分数为99.83分，绩效等级为“优”");
    expect(text).toContain("支出完成率=实际支出/(本年财政下达预算数+上年结转)×100%=111,931,823.11/(111,082,222.47+1,899,168.28)×100%=99.07%");
    expect(text).toContain("国库集中支付结转结余存量资金效率性=(本年末存量资金/上年末存量资金-1)×100%=(1,049,567.64/1,407,277.49-1)×100%=-25.42%");
    expect(text).toContain("2.预算执行情况，指标总分40分，自评得分39分。");
    expect(text).toContain("（2）支出管理，指标总分21分，自评得分20分。少部分资金分配支付进度迟缓，扣1分。");
    expect(text).toContain("重点工作完成率=(94%+99%)/2=96.50%");
  });

  test("雷州式 on a gd-2023 case writes every deduction as “…，扣N分”", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"));
    const text = generateNarrative(evaluation, "雷州式").paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("1.整体效能：指标总分50分，自评得分50分。");
    expect(text).toContain("2.预算编制、预算执行：");
    for (const d of evaluation.deductions) expect(text).toMatch(new RegExp(`[^。]*，扣${d.deduction!.toString()}分。`));
    expect(text).toContain("5.采购管理：指标总分10分，自评得分8.5分。未能在采购预算批复后及时予以公开，扣1.5分。");
  });

  test("growth is written with the sign as a word", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/edz-2023.xlsx"));
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("2023年年初预算3,972.00万元，比上年增加1,779.00万元，同比增长81.12%");
    expect(text).toContain("实际支出14,920.44万元，比上年增加13,138.38万元，同比增长737.26%");
    expect(text).not.toMatch(/增长-/);
  });

  test("placeholders are marked and never filled with invented facts", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/edz-2023.xlsx"));
    const placeholders = narrative.paragraphs.filter((p) => p.role === "placeholder").map(paragraphText);
    expect(placeholders.length).toBeGreaterThanOrEqual(5);
    for (const p of placeholders) expect(p).toMatch(/^【请填写：.+】$/);
  });

  test("--outline and --json: the narrative in the JSON", async () => {
    const r = await perfeval(["evaluate", path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"), "-o", path.join(tmpdir(), `n-${process.pid}.xlsx`), "--force", "--json", "--outline", "雷州式"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.narrative.outline).toBe("雷州式");
    expect(json.narrative.text).toContain("未能在采购预算批复后及时予以公开，扣1.5分");
    expect((await perfeval(["evaluate", "x.xlsx", "--outline", "北京式"])).stderr).toContain("湛江式");
  });
});
