/**
 * The 项目支出绩效自评报告 against golden files (test/golden/*.txt, one paragraph a line with its
 * id): the Anhui and Sichuan tables as published, and a national-form table with what goes wrong
 * in practice. Beside the goldens, the trust rules of the department report: every figure traced
 * to a cell, 仅供核对 and the 请核实 list while errors remain, never the checks' own words in the
 * text, placeholders for what the table cannot know. PERFEVAL_UPDATE_GOLDEN=1 rewrites the files
 * (then read the diff before committing it).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { evaluateWorkbook, openItems, paragraphText, reportDraft, reportTables, type Narrative } from "../src/core";
import type { Grid } from "../src/core/grid/grid";
import { anhuiProject, sichuanProject } from "./helpers/published-layouts";
import { FLAWED_PROJECT, flawedProject, NATIONAL_FORM } from "./helpers/project-samples";
import { projectGrid } from "./helpers/project-tables";

const GOLDEN = path.join(__dirname, "golden");

const lines = (n: Narrative) => n.paragraphs.map((p) => `${p.id}\t${paragraphText(p)}`).join("\n") + "\n";

function golden(name: string, text: string): void {
  const file = path.join(GOLDEN, `${name}.txt`);
  if (process.env.PERFEVAL_UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, "utf8"));
}

const SAMPLES: [string, () => Grid][] = [
  ["project-anhui", () => anhuiProject],
  ["project-sichuan", () => sichuanProject],
  ["project-flawed", flawedProject],
];

describe.each(SAMPLES)("%s", (name, make) => {
  const ew = () => evaluateWorkbook({ sheets: [make()] }, `${name}.xlsx`);

  test("reads as its golden file", () => golden(name, lines(ew().narrative)));

  test("every figure is a span traced to a cell of the table; no stray digit elsewhere", () => {
    const e = ew();
    const sheet = e.evaluation.input.scoring.sheet;
    for (const p of e.narrative.paragraphs.filter((x) => x.role !== "notice")) {
      for (const s of p.spans) {
        if (s.kind === "number") {
          expect(s.cells?.length).toBeGreaterThan(0);
          for (const c of s.cells!) expect(c.startsWith(`${sheet}!`)).toBe(true);
        } else if (s.kind !== "placeholder" && s.kind !== "verify") {
          expect({ p: paragraphText(p), stray: s.text.replace(/^\d+\.|×100%/g, "").match(/\d/g) }).toEqual({ p: paragraphText(p), stray: null });
        }
      }
    }
  });

  test("the trust rules: 仅供核对 while errors remain, no check text in the report, placeholders for what the table cannot know", () => {
    const { narrative, evaluation } = ew();
    const errors = evaluation.checks.filter((c) => c.severity === "error");
    const notices = narrative.paragraphs.filter((p) => p.role === "notice");
    expect(notices).toHaveLength(errors.length ? errors.length + 1 : 0);
    const text = narrative.paragraphs.filter((p) => p.role !== "notice").map(paragraphText).join("\n");
    for (const c of evaluation.checks) expect(text).not.toContain(c.message.replace(/。$/, ""));
    const placeholders = narrative.paragraphs.filter((p) => p.role === "placeholder").map((p) => p.id);
    expect(placeholders).toEqual(expect.arrayContaining(["overview", "process", "application", "other", "signature.date"]));
    expect(openItems(narrative.paragraphs).fill).toBeGreaterThanOrEqual(placeholders.length);
  });
});

describe("what the flawed table's report says", () => {
  const ew = () => evaluateWorkbook({ sheets: [flawedProject()] }, "flawed.xlsx");

  test("a total the table states otherwise is for checking, with the cell", () => {
    const { narrative, evaluation } = ew();
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(paragraphText(narrative.paragraphs[0])).toContain("仅供核对：评价表中还有");
    expect(text).toContain("项目支出绩效自评得分为92.2分【请核实：自评表填报总分为95分】");
    expect(evaluation.total?.toString()).toBe("92.2");
  });

  test("四、 names each deviation: below its target, points lost, the reason as written or a place to write it", () => {
    const text = ew().narrative.paragraphs.map(paragraphText).join("\n");
    // The national funds block has no 原因 column: the reason is asked for.
    expect(text).toContain("1.预算执行率为92.00%，得9.2分，扣0.8分。【请填写：“预算执行率”的偏差原因和改进措施】。");
    // Full marks below the target is still a deviation to explain, and the score is not stated as fact.
    expect(text).toContain("2.“日常养护里程”年度指标值≥120个，实际完成值118个，未达到年度指标值，得20分【请核实：未达到年度指标值却得满分】。【请填写：“日常养护里程”的偏差原因和改进措施】。");
    expect(text).toContain("“群众出行条件改善情况”年度指标值为“效果明显”，实际完成情况为“部分达成”，得14分，扣6分。");
    expect(text).toContain("偏差原因及改进措施：个别路段养护不及时，下一步加密巡查频次。");
  });

  test("a row judged by words quotes its target and its result; one verb, 达到年度指标值, for both kinds of row", () => {
    const text = ew().narrative.paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("“养护长效机制建立情况”年度指标值为“有效提升”，实际完成情况为“达成预期指标”，达到年度指标值，得10分");
    expect(text).toContain("“路况优良率”年度指标值≥85%，实际完成值88%，达到年度指标值，得10分");
    expect(text).not.toMatch(/达成年度指标|”年度指标值[^为≥≤=<>\d]/);
  });

  test("the attachments mark what the text marks 【请核实】, with the filed figure under the table", () => {
    const { narrative, evaluation } = ew();
    const text = narrative.paragraphs.map(paragraphText).join("\n");
    expect(text).toContain("得20分【请核实：未达到年度指标值却得满分】");
    const [, indicators] = reportTables(evaluation);
    const row = (name: string) => indicators.rows.find((r) => r[0].endsWith(name) || r[0].startsWith(name))!;
    expect(row("日常养护里程")[4]).toBe("20（请核实1）");
    expect(row("总分")[4]).toBe("92.2（请核实3）");
    expect(indicators.notes).toEqual([
      expect.stringMatching(/^注：/),
      expect.stringMatching(/^（请核实1）日常养护里程得分20分，未达到年度指标值却得满分（农村公路养护!H\d+/),
      expect.stringMatching(/^（请核实2）沿线群众满意度得分9分，按评分规则应得9\.56分/),
      "（请核实3）总分92.2分，自评表填报总分为95分（农村公路养护!H28）。",
    ]);
    // Rows the text states as fact are not marked.
    expect(row("桥梁检测座数")[4]).toBe("10");
  });

  test("项目资金情况表: a 年度资金总额 its 其中 rows contradict is marked as in the text", () => {
    const parts = [
      { label: "当年财政拨款", adjusted: 900, spend: 800 },
      { label: "上年结转资金", adjusted: 100, spend: 70 },
    ];
    const { narrative, evaluation } = evaluateWorkbook({ sheets: [projectGrid({ ...FLAWED_PROJECT, parts }, NATIONAL_FORM, "农村公路养护")] }, "funds.xlsx");
    expect(narrative.paragraphs.map(paragraphText).join("\n")).toContain("全年执行数920.00万元【请核实：与“其中”各行之和不一致】");
    const [funds] = reportTables(evaluation);
    // Only the 全年执行数 is contradicted (900 = 900 + 100 is not): one mark, one note.
    expect(funds.rows[0].slice(0, 4)).toEqual(["年度资金总额", "800.00", "1,000.00", "920.00（请核实1）"]);
    expect(funds.notes).toEqual([expect.stringMatching(/^注：/), expect.stringMatching(/^（请核实1）年度资金总额一行，与“其中”各行之和不一致（农村公路养护!/)]);
  });

  test("text typed in the pane is kept through regeneration", () => {
    const e = ew();
    const draft = reportDraft(e, { edits: { overview: "本项目为县乡道路日常养护。" } });
    expect(draft.narrative.paragraphs.find((p) => p.id === "overview")!.spans[0].text).toBe("本项目为县乡道路日常养护。");
    expect(draft.unplaced).toEqual([]);
  });
});
