/**
 * The report narrative for every reference case and outline, through the public entry points
 * (evaluateWorkbook, perfeval --json): every number traced to a cell, the reports' phrases, no
 * sentence stamped out again and again, no check text in the report, nothing contradicting the
 * workbook stated as fact, and text typed for one outline carried to the next.
 */
import { existsSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildWritePlan, evaluateWorkbook, OUTLINES, generateNarrative, openItems, paragraphText, reportDraft, reportTables, type Narrative } from "../src/core";
import { ANNEX_VERIFY } from "../src/core/narrative/tables";
import { loadWorkbook } from "../src/gateways/xlsx";
import { perfeval } from "./helpers/cli";
import { basicSheet, scoringSheet } from "./helpers/grids";
import { FLAWED_PROJECT, NATIONAL_FORM } from "./helpers/project-samples";
import { projectGrid } from "./helpers/project-tables";

const FIXTURES = path.join(__dirname, "fixtures");
const cases = Object.keys(JSON.parse(readFileSync(path.join(FIXTURES, "cases.json"), "utf8")));
const files = cases.flatMap((id) => ["standard", "messy"].map((l) => path.join(FIXTURES, l, `${id}.xlsx`))).filter(existsSync);

async function evaluated(file: string) {
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  return { loaded, ...evaluateWorkbook(loaded.grids, path.basename(file)) };
}

/** Numerals that are structure, not figures: list numbering and formula constants. */
const STRUCTURE = /^(?:\d+\.|（\d+）|\(\d+\))|×100%|-1[)）]|请核实\d+：|超过100分按100分计/g;

/** The report's own text: the 仅供核对 block at its head is for the department, not the report. */
const reportText = (n: Narrative) => n.paragraphs.filter((p) => p.role !== "notice").map(paragraphText);

/** Sentences (split at 。；) with every figure as #: the same sentence with other numbers is the same sentence. */
function sentenceCounts(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    for (const s of p.split(/[。；]/)) {
      const key = s.replace(/^(\d+\.|（[一二三四五六七八九十\d]+）)/, "").replace(/[\d,.]+/g, "#").trim();
      if (key.length > 4) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

describe.each(files.map((f) => [path.relative(FIXTURES, f), f]))("%s", (_name, file) => {
  test.each(OUTLINES)("%s: every number is a traced span whose cells exist", async (outline) => {
    const { evaluation, loaded } = await evaluated(file);
    const narrative = generateNarrative(evaluation, outline);
    const sheets = new Set(loaded.grids.sheets.map((s) => s.name));
    for (const p of narrative.paragraphs.filter((x) => x.role !== "notice")) {
      for (const s of p.spans) {
        if (s.kind === "number") {
          expect({ span: s.text, cells: (s.cells ?? []).length > 0 }).toEqual({ span: s.text, cells: true });
          for (const c of s.cells!) expect(sheets.has(c.slice(0, c.lastIndexOf("!")).replace(/^'(.*)'$/, "$1"))).toBe(true);
        } else if (s.kind !== "placeholder" && s.kind !== "verify") {
          const stray = s.text.replace(STRUCTURE, "").match(/\d/g);
          expect({ paragraph: paragraphText(p), stray }).toEqual({ paragraph: paragraphText(p), stray: null });
        }
      }
    }
  });

  test.each(OUTLINES)("%s: reads as written by hand: no sentence three times, 两个 not 二个, no one-item list", async (outline) => {
    const { evaluation } = await evaluated(file);
    const text = reportText(generateNarrative(evaluation, outline));
    const repeated = [...sentenceCounts(text)].filter(([, n]) => n >= 3);
    expect(repeated).toEqual([]);
    expect(text.join("\n")).not.toMatch(/二个|各项指标均未扣分|\d\. /);
    expect(text.join("\n")).not.toMatch(/：1\.[^；]*。/); // "扣分的主要原因是：1.x。" has one item
    expect(text.filter((t) => /^1\./.test(t) && !text.some((u) => /^2\./.test(u)))).toEqual([]);
  });

  test.each(OUTLINES)("%s: no check text in the report, nothing contradicting the workbook stated as fact", async (outline) => {
    const { evaluation } = await evaluated(file);
    const narrative = generateNarrative(evaluation, outline);
    const text = reportText(narrative).join("\n");
    for (const c of evaluation.checks) expect(text).not.toContain(c.message.replace(/。$/, ""));
    expect(text).not.toContain("自评基础数据存在不一致");
    for (const m of text.matchAll(/得分率(?:均)?为(\d+(?:\.\d+)?)%/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
    // A score above its weight, or a total the 评分表 states otherwise, always comes with 请核实.
    const errors = evaluation.checks.filter((c) => c.severity === "error");
    const head = narrative.paragraphs[0];
    if (errors.length) {
      expect(head.role).toBe("notice");
      expect(paragraphText(head)).toContain(`仅供核对：评价表中还有${errors.length}项错误`);
      expect(narrative.paragraphs.filter((p) => p.role === "notice")).toHaveLength(errors.length + 1);
    } else {
      expect(narrative.paragraphs.some((p) => p.role === "notice")).toBe(false);
    }
    const stated = evaluation.input.statedTotal;
    if (stated && evaluation.total && !stated.value.equals(evaluation.total)) expect(text).toContain(`【请核实：评分表填报总分为${stated.value.toString()}分】`);
  });

  test("附件1 marks every score the checks found filed otherwise, with the filed figure under the table", async () => {
    const { evaluation } = await evaluated(file);
    const [scores] = reportTables(evaluation);
    const scoreOf = (name: string) => scores.rows.find((r) => r[0] === name || r[1] === name)?.[3];
    const marked = (cell: string | undefined) => cell !== undefined && ANNEX_VERIFY.test(cell);
    const notes = scores.notes ?? [];
    for (const c of evaluation.checks.filter((x) => x.id === "score-sum")) {
      const name = /^“(.+?)”填报得分/.exec(c.message)?.[1];
      if (name && scoreOf(name) !== undefined) expect({ name, cell: scoreOf(name), marked: marked(scoreOf(name)) }).toEqual({ name, cell: scoreOf(name), marked: true });
    }
    const total = evaluation.checks.find((x) => x.id === "total");
    if (total) {
      expect(marked(scoreOf("合计"))).toBe(true);
      expect(notes.join("\n")).toContain(`评分表填报总分为${evaluation.input.statedTotal!.value.toString()}分`);
    }
    // Each mark is explained under the table, once; no note without its mark.
    const numbers = scores.rows.flatMap((r) => r.flatMap((c) => [...c.matchAll(/（请核实(\d+)）/g)].map((m) => Number(m[1]))));
    expect(notes.slice(1).map((n) => Number(/^（请核实(\d+)）/.exec(n)?.[1]))).toEqual([...new Set(numbers)].sort((a, b) => a - b));
    expect(notes.length > 0).toBe(numbers.length > 0);
  });

  // 海珠式 writes one paragraph per 一级 naming all its 二级, its formulas under it.
  test.each(["湛江式", "雷州式"] as const)("%s: a formula line follows the indicator it belongs to, never a sentence of full marks", async (outline) => {
    const { evaluation } = await evaluated(file);
    const paragraphs = generateNarrative(evaluation, outline).paragraphs;
    paragraphs.forEach((p, i) => {
      if (!p.id.includes(".rate.") || i === 0) return;
      const before = paragraphs.slice(0, i).reverse().find((x) => !x.id.includes(".rate."))!;
      expect({ formula: paragraphText(p), before: paragraphText(before) }).not.toEqual({ formula: paragraphText(p), before: expect.stringMatching(/得满分。$/) });
    });
  });

  test.each(OUTLINES)("%s: a title with the unit and the year, a 落款 at the end", async (outline) => {
    const { evaluation } = await evaluated(file);
    const paragraphs = generateNarrative(evaluation, outline).paragraphs.filter((p) => p.role !== "notice");
    const title = paragraphText(paragraphs[0]);
    expect(title).toContain(evaluation.input.department!.value);
    expect(title).toContain(`${evaluation.input.year!.value}年度`);
    const [unit, date] = paragraphs.slice(-2);
    expect(paragraphText(unit)).toBe(evaluation.input.department!.value);
    expect(unit.align).toBe("right");
    expect(date.align).toBe("right");
    expect(paragraphText(date)).toMatch(/^(\d{4}年\d{1,2}月\d{1,2}日|【请填写：成文日期.*】)$/);
  });
});

describe("the reports' language", () => {
  test("海珠式 for the corrected Haizhu case reads as the published report", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"));
    const text = narrative.paragraphs.map(paragraphText);
    expect(narrative.outline).toBe("海珠式");
    expect(paragraphText(narrative.paragraphs.find((p) => p.role === "title")!)).toBe("广州市海珠区科技工业商务和信息化局2023年度部门整体支出绩效自评报告");
    expect(text.join("\n")).toContain("部门整体支出绩效自评分数为94分，绩效等级为“优”，其中一级指标中的履职效能得分率为100.00%，管理效率得分率为88.00%");
    expect(text.join("\n")).toContain("包括整体效能一个二级指标");
    expect(text.join("\n")).toContain("扣分的主要原因是：1.部门有出台相应的绩效管理制度，但内容有缺漏；2.未能在采购预算批复后及时予以公开；3.本年度未做资产盘点；4.巡察时被提出资产管理存在问题；5.固定资产利用率偏低。");
    const headings = narrative.paragraphs.filter((p) => p.role === "heading1").map(paragraphText);
    expect(headings).toEqual(["一、部门基本情况", "二、绩效自评情况", "三、存在的主要问题", "四、下一步改进措施"]);
    // 存在问题 follow the deductions: a 采购管理 deduction gives a 采购 problem and a matching measure.
    expect(text.some((t) => /^（.）政府采购管理工作有待加强/.test(t))).toBe(true);
    expect(text.some((t) => /^（.）加强政府采购工作管理/.test(t))).toBe(true);
    // Amounts as the Haizhu report writes them.
    expect(text.join("\n")).toContain("全年预算40,118.72万元，实际支出40,036.38万元");
  });

  test("湛江式 for the corrected MIIT case: full marks grouped, formula lines in 万元 with full-width brackets", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(narrative.outline).toBe("湛江式");
    expect(narrative.paragraphs.filter((p) => p.role === "heading1").map(paragraphText)).toEqual(["一、单位基本情况", "二、自评工作开展情况", "三、绩效自评情况", "四、其他自评情况"]);
    expect(text).toContain("部门整体支出绩效自评分数为99.83分（含加分1分），绩效等级为“优”");
    expect(text).toContain("支出完成率=实际支出/（本年财政下达预算数+上年结转）×100%=11,193.18/（11,108.22+189.92）×100%=99.07%");
    expect(text).toContain("国库集中支付结转结余存量资金效率性=（本年末存量资金/上年末存量资金-1）×100%=（104.96/140.73-1）×100%=-25.42%");
    // Each formula under the indicator it belongs to, named with its figures as the 2020 report does.
    expect(text).toContain("1.预算编制情况，指标总分20分，自评得分20分。\n（1）预算编制，指标总分12分，自评得分12分。\n财政拨款收入预决算差异率=");
    expect(text).toContain("。\n目标设置指标得满分。\n2.预算执行情况，指标总分40分，自评得分39分。");
    expect(text).toContain("（1）支出管理，指标总分21分，自评得分20分。少部分资金分配支付进度迟缓，扣1分。\n支出完成率=");
    expect(text).toContain("（2）资产管理，指标总分7分，自评得分7分。\n固定资产利用率=");
    expect(text).toContain("。\n其余保障措施和项目管理两项指标均得满分。\n3.预算监督情况，指标总分10分，自评得分10分，信息公开和绩效自评两项二级指标均得满分。");
    expect(text).toContain("（1）经济性，指标总分4分，自评得分4分。\n“三公”经费控制率=");
    // The department wrote the 重点工作完成率 calculation into its 扣分原因: the rate is written
    // once, by the formula line in the engine's figures, under the sentence of its points.
    expect(text).toContain("（2）效率性，指标总分11分，自评得分10.83分。重点工作完成率得4.83分，扣0.17分。\n重点工作完成率=（94.00%+99.00%）/2=96.50%。");
    expect(text.match(/重点工作完成率=/g)).toHaveLength(1);
    expect(text).toContain("2020年财政下达预算数11,108.22万元");
  });

  test("a rate the 扣分原因 works out is written one way in every outline: the engine's, 2 decimals", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    for (const outline of OUTLINES) {
      const text = reportText(generateNarrative(evaluation, outline)).join("\n");
      expect({ outline, lines: text.match(/重点工作完成率=[^。\n]*/g) }).toEqual({ outline, lines: ["重点工作完成率=（94.00%+99.00%）/2=96.50%"] });
      expect(text).not.toContain("96.5%");
    }
    // The department's own words stay as written where they are shown whole: 附件2.
    expect(reportTables(evaluation)[1].rows.map((r) => r[4])).toContain("重点工作完成率=（94%+99%）/2=96.5%，按比例得4.83分");
  });

  test("beside the calculation, the department's other words are kept", () => {
    const grids = {
      sheets: [
        scoringSheet([
          [1, "预算使用效益", 100],
          [2, "效率性", 100],
          [3, "重点工作完成率", 5, 4.5, "重点工作完成率=（80%+100%）/2=90%；两项重点工作未按期完成，按比例得4.5分"],
          [3, "其他", 95, 95],
        ]),
        basicSheet([["重点工作完成率", "80%、100%"]]),
      ],
    };
    const { evaluation } = evaluateWorkbook(grids, "原因.xlsx");
    for (const outline of OUTLINES) {
      const text = reportText(generateNarrative(evaluation, outline)).join("\n");
      expect({ outline, kept: text.includes("两项重点工作未按期完成") }).toEqual({ outline, kept: true });
      expect(text).not.toContain("重点工作完成率=90%");
    }
  });

  test("the unit can be chosen: 元 as the tables of the 2020 workbook", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    const text = generateNarrative(evaluation, { outline: "湛江式", unit: "元" }).paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("=111,931,823.11/（111,082,222.47+1,899,168.28）×100%=99.07%");
  });

  test("雷州式 on a gd-2023 case writes every deduction as “…，扣N分”", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"));
    const text = generateNarrative(evaluation, "雷州式").paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("1.整体效能：指标总分50分，自评得分50分。");
    expect(text).toContain("2.预算编制、预算执行：");
    for (const d of evaluation.deductions) expect(text).toMatch(new RegExp(`[^。]*，扣${d.deduction!.toString()}分。`));
    expect(text).toContain("5.采购管理：指标总分10分，自评得分8.5分。未能在采购预算批复后及时予以公开，扣1.5分。");
  });

  test("雷州式 on a gd-2020 case: deducted 二级 numbered, the rest grouped", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    const text = generateNarrative(evaluation, "雷州式").paragraphs.map(paragraphText).join("\n");
    expect(text).toMatch(/其余[^。]+[七八九十]项指标均得满分。/);
  });

  test("growth is written with the sign as a word; a rate over 100% is not stated as fact", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/edz-2023.xlsx"));
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("2023年年初预算3,972.00万元，比上年增加1,779.00万元，同比增长81.12%");
    expect(text).toContain("实际支出14,920.44万元，比上年增加13,138.38万元，同比增长737.26%");
    expect(text).not.toMatch(/增长-/);
    expect(text).toMatch(/=375\.64%【请核实：超过100%/);
  });

  test("the printed Haizhu workbook: 120% and 60 of 50 points are for checking, not facts", async () => {
    const { narrative, evaluation } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-printed.xlsx"));
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(text).not.toContain("120%");
    expect(text).toContain("履职效能得分率为【请核实：得分60分超过分值50分】");
    expect(text).toContain("自评得分合计60分【请核实：得分超过分值50分】");
    expect(text).toContain("自评分数为100分【请核实：评分表填报总分为94分】");
    expect(paragraphText(narrative.paragraphs[0])).toContain(`仅供核对：评价表中还有${evaluation.checks.filter((c) => c.severity === "error").length}项错误`);
    expect(openItems(narrative.paragraphs).verify).toBeGreaterThanOrEqual(3);
  });

  test("placeholders are marked and never filled with invented facts", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/edz-2023.xlsx"));
    const placeholders = narrative.paragraphs.filter((p) => p.role === "placeholder").map(paragraphText);
    expect(placeholders.length).toBeGreaterThanOrEqual(5);
    for (const p of placeholders) expect(p).toMatch(/【请填写：.+】/);
    expect(openItems(narrative.paragraphs).fill).toBe(placeholders.reduce((n, p) => n + p.split("【请填写：").length - 1, 0));
  });

  test("text typed for one outline goes to the matching section of another; the rest is kept aside", async () => {
    const ew = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    const edits = { organisation: "局机关设14个内设机构。", team: "局长任组长。", work: "全年推动210家企业技改。" };
    const zhanjiang = reportDraft(ew, { outline: "湛江式", edits });
    expect(zhanjiang.unplaced).toEqual([]);
    const haizhu = reportDraft(ew, { outline: "海珠式", edits });
    const byId = new Map(haizhu.narrative.paragraphs.map((p) => [p.id, paragraphText(p)]));
    expect(byId.get("functions")).toBe("局机关设14个内设机构。");
    expect(byId.get("work")).toBe("全年推动210家企业技改。");
    expect(haizhu.unplaced).toEqual([{ id: "team", label: "自评工作小组的组成和分工", text: "局长任组长。" }]);
    const back = reportDraft(ew, { outline: "湛江式", edits });
    expect(back.narrative.paragraphs.find((p) => p.id === "team")!.spans[0].text).toBe("局长任组长。");
  });

  test("--outline and --json: the narrative in the JSON", async () => {
    const r = await perfeval(["evaluate", path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"), "-o", path.join(tmpdir(), `n-${process.pid}.xlsx`), "--force", "--json", "--outline", "雷州式"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.narrative.outline).toBe("雷州式");
    expect(json.narrative.text).toContain("未能在采购预算批复后及时予以公开，扣1.5分");
    expect((await perfeval(["evaluate", "x.xlsx", "--outline", "北京式"])).stderr).toContain("湛江式");
  });

  test("sources that do not add up to the budget are marked where they are stated, every source named", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-printed.xlsx"));
    const sources = narrative.paragraphs.find((p) => p.id === "spending.sources")!;
    expect(paragraphText(sources)).toBe("按资金来源分，一般公共预算37,888.34万元，政府性基金预算2,000.00万元，国有资本经营预算0.00万元【请核实：各项合计39,888.34万元，与全年预算数40,118.72万元相差230.38万元】。");
    // 财政专户管理资金, 单位资金 and 其他资金 count, and are named, when the workbook has them.
    const grids = {
      sheets: [
        scoringSheet([[1, "预算编制", 100, 100]]),
        basicSheet([["全年预算数", 1000], ["一般公共预算", 600], ["财政专户管理资金", 200], ["单位资金", 150], ["其他资金", 50]]),
      ],
    };
    const all = evaluateWorkbook(grids, "sources.xlsx");
    expect(all.evaluation.checks.filter((c) => c.id === "parts-sum")).toEqual([]);
    const text = paragraphText(all.narrative.paragraphs.find((p) => p.id === "spending.sources")!);
    expect(text).toBe("按资金来源分，一般公共预算0.06万元，财政专户管理资金0.02万元，单位资金0.02万元，其他资金0.01万元。");
  });

  test("湛江式: full marks whose 扣分原因 states points lost are not grouped as 得满分, and are marked", () => {
    const grids = {
      sheets: [
        scoringSheet([
          [1, "预算编制", 20, 20],
          [2, "目标设置", 10, 10, "绩效目标不够细化，扣1分"],
          [2, "预算配置", 10, 10],
        ]),
        basicSheet([["全年预算数", 1000]]),
      ],
    };
    const all = evaluateWorkbook(grids, "reason.xlsx");
    expect(all.evaluation.checks.some((c) => c.id === "reason-points")).toBe(true);
    const text = reportText(generateNarrative(all.evaluation, "湛江式")).join("\n");
    expect(text).not.toMatch(/目标设置[^。]*得满分/);
    expect(text).toMatch(/目标设置[^。]*【请核实：扣分原因所写分数与实际扣分不一致】/);
  });

  test("“三公” parts that do not add up are marked where stated, a blank part named", () => {
    const grids = {
      sheets: [
        scoringSheet([[1, "预算编制", 100, 100]]),
        basicSheet([["“三公”经费预算数", 150000], ["“三公”经费实际支出", 146012.79], ["公务用车购置及运行费", 139869.43], ["公务接待费", ""]]),
      ],
    };
    const all = evaluateWorkbook(grids, "sangong.xlsx");
    const text = paragraphText(all.narrative.paragraphs.find((p) => p.id === "spending.sangong")!);
    expect(text).toBe("“三公”经费预算数15.00万元，实际支出14.60万元（公务用车购置及运行费13.99万元）【请核实：公务接待费未填写；各项合计13.99万元，与“三公”经费实际支出14.60万元相差0.61万元】。");
  });

  test("a parent whose weight is not its children's: no 均得满分, the difference named and marked", async () => {
    for (const [file, names] of [["real-layouts/yueyang-weights-in-labels.xlsx", "过程|预算管理"], ["real-layouts/zhanjiang-form-three-row-header.xlsx", "前期准备工作|目标设置"]]) {
      const { evaluation } = await evaluated(path.join(FIXTURES, file));
      for (const outline of OUTLINES) {
        const text = reportText(generateNarrative(evaluation, outline)).join("\n");
        expect(text).not.toMatch(new RegExp(`(${names})[^。]*得满分`));
        expect(text).toMatch(new RegExp(`(${names})[^。]*【请核实：下级指标分值合计为[\\d.]+分，与分值[\\d.]+分不一致】`));
      }
    }
    const { evaluation } = await evaluated(path.join(FIXTURES, "real-layouts/yueyang-weights-in-labels.xlsx"));
    const text = reportText(generateNarrative(evaluation, "湛江式")).join("\n");
    expect(text).toContain("（1）预算管理，指标总分15分，自评得分6分【请核实：下级指标分值合计为6分，与分值15分不一致】。");
    expect(text).toContain("预算执行指标得满分。"); // one item: named, not "其余"
  });

  test("a table without its unit, year or 基础数据表 (a custom layout): the title and the cover ask for them, no section is left empty", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "real-layouts/zhanjiang-form-three-row-header.xlsx"));
    expect([evaluation.input.department, evaluation.input.year, evaluation.input.fields.size]).toEqual([undefined, undefined, 0]);
    for (const outline of OUTLINES) {
      const narrative = generateNarrative(evaluation, outline);
      const paragraphs = narrative.paragraphs.filter((p) => p.role !== "notice");
      const text = paragraphs.map(paragraphText);
      expect(text.join("\n")).not.toMatch(/】度|】年度/);
      expect(paragraphText(paragraphs[0])).toMatch(/^【请填写：单位名称】【请填写：评价年度】(整体|部门整体支出)绩效自评报告$/);
      // Every heading is followed by text or by what to write there.
      paragraphs.forEach((p, i) => {
        if (p.role === "heading2") expect({ heading: text[i], next: paragraphs[i + 1]?.role }).toEqual({ heading: text[i], next: expect.stringMatching(/^(body|placeholder)$/) });
      });
    }
    const zhanjiang = reportText(generateNarrative(evaluation, "湛江式"));
    expect(zhanjiang).toContain("评价年度：【请填写：评价年度】");
    expect(zhanjiang[zhanjiang.indexOf("（四）部门整体支出情况") + 1]).toMatch(/^【请填写：部门整体支出情况/);
    expect(zhanjiang.some((t) => t.startsWith("【请填写：评价年度】，我单位部门整体支出绩效自评分数为"))).toBe(true);
  });

  test("figures the checks contradict carry 【请核实】 where they are stated; a deduction without a reason asks for it", () => {
    const grids = {
      sheets: [
        scoringSheet([
          [1, "预算管理", 100],
          // The rule gives 2.86 (支出率 70%): 10 stated as full marks, and 6 stated as a deduction of 4.
          [2, "支出率", 10, 10, undefined, "下限 部门预算资金支出率 95% 60%"],
          [2, "执行率", 10, 6, "支出进度较慢，扣4分", "下限 部门预算资金支出率 95% 60%"],
          [2, "采购管理", 40, 38],
          [2, "资产管理", 40, 40],
        ]),
        basicSheet([["全年预算数", 100], ["实际支出", 70], ["本年财政下达预算数", 90], ["上年结转", 10], ["年末结转结余", 31]]),
      ],
    };
    const { evaluation } = evaluateWorkbook(grids, "核实.xlsx");
    expect(evaluation.checks.filter((c) => ["rule-score", "carry-identity", "deduction-reason"].includes(c.id)).map((c) => c.id).sort()).toEqual(["carry-identity", "deduction-reason", "rule-score", "rule-score"]);
    for (const outline of OUTLINES) {
      const text = reportText(generateNarrative(evaluation, outline)).join("\n");
      // Full marks the rule contradicts: never "均得满分", the score stated with what the rule gives.
      expect({ outline, text }).toEqual({ outline, text: expect.stringContaining("支出率得10分【请核实：按评分规则应得2.86分】") });
      expect({ outline, text }).toEqual({ outline, text: expect.stringMatching(/支出进度较慢(，扣4分)?【请核实：按评分规则应得2\.86分】/) });
      // No reason: a placeholder for it, never an empty or invented one.
      expect({ outline, text }).toEqual({ outline, text: expect.stringContaining("采购管理扣2分，【请填写：采购管理扣分原因】") });
      expect(text).not.toContain("未填写扣分原因");
      expect(text).toMatch(/年末结转结余[\d.]+万元【请核实：与本年财政下达预算数\+上年结转-实际支出不符】/);
    }
    // 存在问题 names the missing reason as a placeholder sentence.
    const problems = reportText(generateNarrative(evaluation, "湛江式"));
    const at = problems.findIndex((t) => /存在问题|存在的问题/.test(t));
    expect(problems.slice(at).join("\n")).toMatch(/采购管理扣2分，【请填写：采购管理扣分原因】/);
  });

  test("a block whose points are not given to its rows: 附件1 says 分值未分配 and its 分值 column adds up to the 合计", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "real-layouts/zhanjiang-form-three-row-header.xlsx"));
    const [scores] = reportTables(evaluation);
    const sumOf = (rows: readonly (readonly string[])[]) => rows.reduce((t, r) => t + Number(r[2] || 0), 0);
    const level1 = scores.rows.filter((r) => r[0] && r[0] !== "合计" && r[0] !== "加分");
    const total = scores.rows.find((r) => r[0] === "合计");
    expect(scores.rows.find((r) => r[0] === "分值未分配")).toEqual(["分值未分配", "", "70", "", "", "请核实"]);
    expect(sumOf(level1)).toBe(Number(total![2]));
    // A 一级 of 30 whose 二级 have 28: the 2 left over are a row of their own.
    expect(scores.rows).toContainEqual(["", "分值未分配", "2", "", "", "请核实"]);
    // 自评汇总: the same rows under its 一级 and 二级 tables, with why.
    const summary = buildWritePlan(evaluation).sheets.find((x) => x.role === "summary")!;
    const rowOf = (r: number) => summary.cells.filter((c) => c.row === r).map((c) => c.value ?? "");
    const rows = [...new Set(summary.cells.map((c) => c.row))].map(rowOf);
    expect(rows).toContainEqual(expect.arrayContaining(["分值未分配", 70, "请核实：一级指标分值合计为30分，应为100分"]));
    expect(rows).toContainEqual(expect.arrayContaining(["前期准备工作", "分值未分配", 2, "请核实：“前期准备工作”分值30分，下级指标分值合计28分"]));
  });

  test("a project report: the year once in the title, units only from the table, ≧ read as ≥", () => {
    const rows = [
      // A count without a unit: "98" stays 98 (never 98%); ≧ in the 计算符号 column is shown as ≥.
      { kind: "quantity" as const, name: "培训场次", comparison: "≧" as "≥", target: 95, actual: 98, unit: "", weight: 20, score: 20 },
      { kind: "quantity" as const, name: "覆盖率", comparison: "≥" as const, target: 95, actual: 98, unit: "%", weight: 10, score: 10 },
    ];
    const spec = { ...FLAWED_PROJECT, name: "2023年农村饮水安全巩固提升项目", levels: FLAWED_PROJECT.levels.map((l, i) => (i ? l : { ...l, children: [{ name: "数量指标", rows }, ...l.children.slice(1)] })) };
    const variant = { ...NATIONAL_FORM, sign: true, unitColumn: true, numericValues: true };
    const { evaluation } = evaluateWorkbook({ sheets: [projectGrid(spec, variant, "饮水")] }, "饮水.xlsx");
    const text = reportText(generateNarrative(evaluation));
    expect(text[0]).toBe("2023年农村饮水安全巩固提升项目绩效自评报告");
    const all = text.join("\n");
    expect(all).toContain("“培训场次”年度指标值≥95，实际完成值98，达到年度指标值");
    expect(all).toContain("“覆盖率”年度指标值≥95%，实际完成值98%，达到年度指标值");
    const indicators = reportTables(evaluation)[1].rows;
    expect(indicators.find((r) => r[0].endsWith("培训场次"))!.slice(1, 3)).toEqual(["≥95", "98"]);
    expect(indicators.find((r) => r[0].endsWith("覆盖率"))!.slice(1, 3)).toEqual(["≥95%", "98%"]);
  });

  test("a rate the 基础数据表 states otherwise is marked with the value it states", async () => {
    const { narrative } = await evaluated(path.join(FIXTURES, "standard/miit-2020-printed.xlsx"));
    const text = reportText(narrative).join("\n");
    expect(text).toContain("=-25.42%【请核实：基础数据表填报为25.42%】");
  });

  test("附件1 says what the text marks 【请核实】: the printed MIIT workbook's filed 39, 11 and 99.83", async () => {
    const { evaluation, narrative } = await evaluated(path.join(FIXTURES, "standard/miit-2020-printed.xlsx"));
    const text = reportText(narrative).join("\n");
    expect(text).toContain("自评得分40分【请核实：评分表填报为39分，与下级得分合计不符】");
    const [scores, deductions] = reportTables(evaluation);
    expect(scores.rows).toContainEqual(["预算执行", "", "40", "40（请核实1）", "0", "100.00%"]);
    expect(scores.rows).toContainEqual(["", "效率性", "11", "10.83（请核实2）", "0.17", "98.45%"]);
    expect(scores.rows).toContainEqual(["合计", "评价等级：优", "100", "100（请核实3）", "", ""]);
    expect(scores.notes).toEqual([
      expect.stringMatching(/^注：/),
      "（请核实1）预算执行得分40分，评分表填报为39分，与下级得分合计不符（评分表!H7）。",
      "（请核实2）效率性得分10.83分，评分表填报为11分，与下级得分合计不符（评分表!H17）。",
      "（请核实3）合计得分100分，评分表填报总分为99.83分（评分表!H24）。",
    ]);
    // Nothing to verify in the 扣分明细表: no mark, no note.
    expect(deductions.notes).toBeUndefined();
    const corrected = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    expect(reportTables(corrected.evaluation).map((t) => t.notes)).toEqual([undefined, undefined]);
  });

  test("the 加分 is in the total as every outline explains it", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    for (const outline of OUTLINES) {
      const text = reportText(generateNarrative(evaluation, outline)).join("\n");
      expect(text).toContain("自评分数为99.83分（含加分1分）");
      expect(text).toContain("加分1分。工作得到市政府的肯定。");
    }
    const printed = await evaluated(path.join(FIXTURES, "standard/miit-2020-printed.xlsx"));
    expect(reportText(printed.narrative).join("\n")).toContain("（各项合计100.83分，含加分1分，超过100分按100分计）");
  });

  test("one figure, one name: a rate computed as another is written once, the other named once", async () => {
    const edz = reportText((await evaluated(path.join(FIXTURES, "standard/edz-2023.xlsx"))).narrative).join("\n");
    expect(edz).toContain("支出完成率375.64%（即预算完成率）【请核实：超过100%，支出不应超过可用资金");
    expect(edz).not.toContain("预算完成率375.64%【");
    expect(edz.match(/即预算完成率/g)).toHaveLength(1);
    const haizhu = reportText((await evaluated(path.join(FIXTURES, "standard/haizhu-2023-corrected.xlsx"))).narrative).join("\n");
    expect(haizhu).toContain("部门预算资金支出率99.79%（即预算完成率、支出完成率）");
    expect(haizhu).not.toMatch(/[^资金]支出完成率=|^预算完成率=/m);
  });

  test("percentages in the text have two decimals", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"));
    const text = reportText(generateNarrative(evaluation, "海珠式")).join("\n");
    expect(text).toContain("预算执行得分率为97.50%，预算使用效益得分率为99.43%");
    expect(text).toContain("重点工作完成率=（94.00%+99.00%）/2=96.50%");
    // The generated text, the user's quoted 扣分原因 aside.
    const generated = generateNarrative(evaluation, "海珠式").paragraphs.flatMap((p) => p.spans.filter((s) => !(s.kind === "number" && /[\u4e00-\u9fff]/.test(s.text))).map((s) => s.text)).join("");
    expect(generated.match(/\d+(?:\.\d+)?%/g)!.filter((p) => !/\.\d\d%$/.test(p) && p !== "100%")).toEqual([]);
  });

  test("the cover as the published reports head it", async () => {
    const zj = (await evaluated(path.join(FIXTURES, "standard/miit-2020-corrected.xlsx"))).evaluation;
    const head = (outline: (typeof OUTLINES)[number]) => generateNarrative(zj, outline).paragraphs.filter((p) => p.role === "meta" || p.id.startsWith("meta.")).map(paragraphText);
    expect(head("湛江式")).toEqual(["评价年度：2020年度", "评价单位：湛江市工业和信息化局本级", "市级预算部门单位（公章）：", "填报日期：【请填写：填报日期】"]);
    expect(head("海珠式")).toEqual(["部门名称：湛江市工业和信息化局本级（公章）", "所属下级预算单位数量：【请填写：所属下级预算单位数量】", "【请填写：填报人、联系电话】", "填报日期：【请填写：填报日期】"]);
  });

  test("with --unit 元 the 请核实 list says its amounts in 元 too", async () => {
    const { evaluation } = await evaluated(path.join(FIXTURES, "standard/haizhu-2023-printed.xlsx"));
    const notice = generateNarrative(evaluation, { outline: "海珠式", unit: "元" }).paragraphs.filter((p) => p.role === "notice").map(paragraphText).join("\n");
    expect(notice).toContain("一般公共预算378,883,400.00元");
    expect(notice).not.toContain("万元");
  });
});
