/** Checks on indicator tables with 年度指标值 and 实际完成值 (project-table.md, "Checks that matter here"). */
import { evaluate } from "../evaluate";
import { readWorkbook } from "../reader";
import { grid } from "../../../test/helpers/grids";
import { evaluateWorkbook, formName, paragraphText } from "..";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "评分规则"];
const run = (...rows: (string | number | null)[][]) => evaluate(readWorkbook({ sheets: [grid("项目", [HEADER, ...rows])] }));
const ids = (e: ReturnType<typeof run>) => e.checks.map((c) => c.id);

test("a score the values do not give is a rule-score warning naming what they give", () => {
  const e = run(["产出指标", "数量指标", "培训人次", "正向", "≥200人", "180人", 10, 10, null], ["效益指标", "社会效益指标", "覆盖率", null, "≥90%", "95%", 90, 90]);
  const leaf = e.tree[0].children[0].children[0];
  expect(leaf.suggested?.toString()).toBe("9");
  expect(leaf.target?.reached).toBe(false);
  // Full marks short of the target: said once, plainly.
  expect(e.checks.filter((c) => c.id === "below-target").map((c) => c.message)).toEqual(["“培训人次”实际完成值180人未达到年度指标值≥200人，却得满分10分"]);
  expect(ids(e)).not.toContain("rule-score");
});

test("points lost where the values say so: no warning; points lost without a reason: deduction-reason", () => {
  const e = run(["产出指标", "数量指标", "培训人次", null, "≥200人", "180人", 10, 9, null], ["效益指标", "社会效益指标", "覆盖率", null, "≥90%", "95%", 90, 90]);
  expect(ids(e)).toEqual(["deduction-reason"]);
});

test("反向 and 等于 from the target's sign; a 评分规则 cell can name the direction", () => {
  const e = run(
    ["产出指标", "成本指标", "项目总成本", null, "≤100万元", "125万元", 10, 8, "超支"],
    ["产出指标", "时效指标", "培训期数", null, "=12次", "9次", 10, 7.5, "延期"],
    ["效益指标", "社会效益指标", "投诉次数", null, "5次", "10次", 80, 40, "投诉偏多", "反向"],
  );
  expect(e.checks.filter((c) => c.id === "rule-score")).toEqual([]);
});

test("a qualitative score outside its band", () => {
  const e = run(["效益指标", "社会效益指标", "群众满意", "定性", "好", "部分达成", 10, 9, "宣传不足"], ["产出指标", "质量指标", "验收", "定性", "合格", "合格", 90, 90]);
  expect(e.checks.filter((c) => c.id === "quality-band").map((c) => c.message)).toEqual(["“群众满意”实际完成情况为“部分达成”，得分应在6～8分之间（不含8分），填报为9分"]);
});

test("a qualitative row named 未达成 must score below 60%; words other than the band's are named with it", () => {
  const e = run(["效益指标", "社会效益指标", "长效机制", "定性", "健全", "未达成", 10, 7, "未出台"], ["产出指标", "质量指标", "验收", "定性", "合格", "基本完成", 90, 80, "部分未验收"]);
  expect(e.checks.filter((c) => c.id === "quality-band").map((c) => c.message)).toEqual([
    "“长效机制”实际完成情况为“未达成”，得分应低于6分，填报为7分",
    "“验收”实际完成情况为“基本完成”（部分达成），得分应在54～72分之间（不含72分），填报为80分",
  ]);
});

test("a target without its result, or a result without its target: the score cannot be checked", () => {
  const e = run(["产出指标", "数量指标", "覆盖率", null, "100", null, 60, 60], ["效益指标", "社会效益指标", "参保率", null, null, "98%", 40, 40]);
  expect(e.checks.filter((c) => c.id === "missing-input").map((c) => [c.severity, c.message])).toEqual([
    ["warning", "“覆盖率”填写了年度指标值100，但未填写实际完成值，无法核对得分"],
    ["info", "“参保率”填写了实际完成值98%，但未填写年度指标值，无法核对得分"],
  ]);
});

test("signs as input methods type them (≧ ≦), negated achievements, and words where a number belongs", () => {
  const e = run(
    ["产出指标", "质量指标", "验收合格率", null, "≧95%", "92%", 10, 10],
    ["产出指标", "成本指标", "投诉率", null, "≦5%", "8%", 10, 10],
    ["产出指标", "时效指标", "完成时限", "定性", "按时完成", "未按时完成", 10, 10],
    ["效益指标", "社会效益指标", "覆盖率", null, "≥90%", "九成", 70, 70],
  );
  expect(e.checks.filter((c) => c.id === "below-target").map((c) => c.cells[0])).toEqual(["项目!H2", "项目!H3"]);
  expect(e.checks.filter((c) => c.id === "quality-band").map((c) => c.message)).toEqual(["“完成时限”实际完成情况为“未按时完成”（未达成），得分应低于6分，填报为10分"]);
  expect(e.checks.filter((c) => c.id === "missing-input").map((c) => c.message)).toEqual(["“覆盖率”的实际完成值“九成”不是数字，无法与年度指标值≥90%比较（请写成如“90%”“102个”）"]);
});

test("the funds block's 执行率 printed differently from its figures is a reported-rate error", () => {
  const g = grid("项目", [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", 100, 100, 80, 10, "85%", 8.5],
    HEADER,
    ["产出指标", "数量指标", "培训人次", null, "≥200人", "210人", 90, 90],
  ]);
  const e = evaluate(readWorkbook({ sheets: [g] }));
  expect(e.checks.filter((c) => c.severity === "error").map((c) => c.id)).toEqual(["reported-rate"]);
  expect(e.checks.filter((c) => c.id === "rule-score").map((c) => c.message)).toEqual([expect.stringContaining("应得8分")]);
});

test("全年执行数 above 全年预算数 is flagged as a rate above 100%", () => {
  const g = grid("项目", [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", 100, 100, 120, 10, "120%", 10],
    HEADER,
    ["产出指标", "数量指标", "培训人次", null, "≥200人", "210人", 90, 90],
  ]);
  expect(ids(evaluate(readWorkbook({ sheets: [g] })))).toContain("rate-range");
});

test("units with a per part of several characters compare: 反向 30 × 300/320, and full marks against it flagged", () => {
  const e = run(
    ["产出指标", "成本指标", "单位面积改造成本", null, "控制在300元/平方米以内", "320元/平方米", 30, 30],
    ["产出指标", "成本指标", "每公里养护成本", null, "≤10万元/公里", "12万元/公里", 30, 25, "材料涨价"],
    ["效益指标", "社会效益指标", "日处理量", null, "≥200吨/日", "210吨/日", 40, 40],
  );
  const [cost, road, daily] = [...e.tree[0].children.flatMap((n) => n.children), ...e.tree[1].children.flatMap((n) => n.children)];
  expect([cost.target?.direction, cost.suggested?.toString(), road.suggested?.toString(), daily.target?.reached]).toEqual(["negative", "28.125", "25", true]);
  expect(e.checks.filter((c) => c.id === "below-target").map((c) => c.message)).toEqual(["“单位面积改造成本”实际完成值320元/平方米未达到年度指标值控制在300元/平方米以内，却得满分30分"]);
  expect(ids(e)).not.toContain("rule-score");
});

test("an 等于 indicator above its target is 不符, not 未达到; below it likewise", () => {
  const e = run(
    ["产出指标", "数量指标", "培训期数", null, "=12次", "14次", 10, 10],
    ["产出指标", "数量指标", "检查次数", null, "=12次", "10次", 10, 10],
    ["效益指标", "社会效益指标", "覆盖率", null, "≥90%", "95%", 80, 80],
  );
  expect(e.checks.filter((c) => c.id === "below-target").map((c) => c.message)).toEqual([
    "“培训期数”实际完成值14次与年度指标值12次不符（等于型指标），却得满分10分",
    "“检查次数”实际完成值10次与年度指标值12次不符（等于型指标），却得满分10分",
  ]);
});

test("a blank 预算执行率 分值 takes the default 10, said in a reading note: 100/98 computes 9.8", () => {
  const FUNDS_HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
  const g = grid("项目", [
    FUNDS_HEADER,
    ["年度资金总额", 100, 100, 98, null, null, null],
    HEADER,
    ["产出指标", "数量指标", "培训人次", null, "≥200人", "210人", 90, 90],
  ]);
  const e = evaluate(readWorkbook({ sheets: [g] }));
  const funds = e.tree[0];
  expect([funds.name, funds.weight?.toString(), funds.suggested?.toString()]).toEqual(["预算执行率", "10", "9.8"]);
  expect(e.checks.filter((c) => c.id === "reading").map((c) => [c.cells[0], c.message])).toEqual([["项目!E2", "项目资金的“预算执行率”没有填写分值，按默认分值10分计算（财预〔2020〕10号附件）"]]);
  expect(e.checks.map((c) => c.message)).not.toContain("“预算执行率”没有分值");
  // The table's own 分值 always wins; an unreadable one is an error, not the default.
  const own = evaluate(readWorkbook({ sheets: [grid("项目", [FUNDS_HEADER, ["年度资金总额", 100, 100, 98, 20, null, 19], HEADER, ["产出指标", "数量指标", "培训人次", null, "≥200人", "210人", 80, 80]])] }));
  expect([own.tree[0].weight?.toString(), own.checks.some((c) => c.id === "reading")]).toEqual(["20", false]);
  const bad = evaluate(readWorkbook({ sheets: [grid("项目", [FUNDS_HEADER, ["年度资金总额", 100, 100, 98, "十分", null, 9], HEADER, ["产出指标", "数量指标", "培训人次", null, "≥200人", "210人", 90, 90]])] }));
  expect([bad.tree[0].weight, bad.checks.some((c) => c.id === "missing-input" && c.severity === "error")]).toEqual([undefined, true]);
});

test("messages name a project's table its 自评表, a department's its 评分表 (formName)", () => {
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  const rows = [header, ["产出指标", "数量指标", "培训人次", "≥200人", "180人", 50, 45], ["效益指标", "社会效益指标", "覆盖率", "≥90%", "95%", 50, null]];
  const project = evaluateWorkbook({ sheets: [grid("项目", [["项目支出绩效自评表"], ["项目名称", "职业技能培训补贴项目"], ...rows])] }, "p.xlsx");
  const department = evaluateWorkbook({ sheets: [grid("评分", rows)] }, "d.xlsx");
  expect(project.evaluation.input.kind).toBe("project");
  const reason = (e: typeof project) => e.evaluation.checks.find((c) => c.id === "deduction-reason")?.message;
  expect(reason(project)).toBe("“培训人次”扣了5分，自评表没有填写扣分原因的栏目，请在自评报告中说明原因");
  expect(reason(department)).toBe("“培训人次”扣了5分，评分表没有填写扣分原因的栏目，请在自评报告中说明原因");
  const text = project.narrative.paragraphs.map(paragraphText).join("\n");
  expect(text).toContain("【请核实：自评表未填写得分】");
  expect(text).not.toContain("评分表");
  expect([formName("project"), formName("department")]).toEqual(["自评表", "评分表"]);
});

test("words in a quantitative row's 实际完成值: a negated achievement is 未达成 with a note; other words ask for a number", () => {
  const e = run(
    ["产出指标", "时效指标", "调查按时完成率", null, "≥90%", "未按时完成调查", 10, 10],
    ["产出指标", "时效指标", "整改完成率", null, "≥90%", "未完成", 10, 5, "人手不足"],
    ["产出指标", "质量指标", "覆盖率", null, "≥90%", "九成", 10, 10],
    ["效益指标", "社会效益指标", "验收合格率", null, "≥95%", "按时完成", 70, 70],
  );
  const [late, open_, share, done] = e.tree.flatMap((l1) => l1.children.flatMap((l2) => l2.children));
  expect([late, open_, share, done].map((n) => [n.target?.band, n.target?.actualInWords])).toEqual([["not-achieved", true], ["not-achieved", true], [undefined, true], [undefined, true]]);
  expect(e.checks.filter((c) => c.id === "quality-band").map((c) => [c.severity, c.message])).toEqual([
    ["warning", "“调查按时完成率”实际完成情况为“未按时完成调查”（年度指标值≥90%为数值，实际完成值是文字而非数字，按未达成计），得分应低于6分，填报为10分"],
    ["info", "“整改完成率”实际完成值为“未完成”（年度指标值≥90%为数值，实际完成值是文字而非数字，按未达成计）"],
  ]);
  expect(e.checks.filter((c) => c.id === "missing-input").map((c) => c.message)).toEqual([
    "“覆盖率”的实际完成值“九成”不是数字，无法与年度指标值≥90%比较（请写成如“90%”“102个”）",
    "“验收合格率”的实际完成值“按时完成”不是数字，无法与年度指标值≥95%比较（请写成如“90%”“102个”）",
  ]);
  // Neither kind of words is compared as a number: no computed score, no below-target.
  expect([late, share].map((n) => n.suggested)).toEqual([undefined, undefined]);
  expect(ids(e)).not.toContain("below-target");
});

test("the project report says a negated achievement in words is 未达成, and marks only the score outside its band", () => {
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  const ew = evaluateWorkbook({ sheets: [grid("项目", [["项目支出绩效自评表"], ["项目名称", "入户调查项目"], header,
    ["产出指标", "时效指标", "调查按时完成率", "≥90%", "未按时完成调查", 50, 50, "天气原因"],
    ["效益指标", "社会效益指标", "整改完成率", "≥90%", "未完成", 50, 25, "人手不足"]])] }, "p.xlsx");
  const text = ew.narrative.paragraphs.map(paragraphText).join("\n");
  expect(text).toMatch(/“调查按时完成率”年度指标值≥90%，实际完成情况为“未按时完成调查”，未达到年度指标值，得50分【请核实：按完成情况，得分应低于30分】/);
  expect(text).toMatch(/“整改完成率”年度指标值≥90%，实际完成情况为“未完成”，未达到年度指标值，得25分。/);
});

test("--json of a project with a 元/平方米 cost: computed 28.13, below target, flagged", () => {
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  const { json } = evaluateWorkbook({ sheets: [grid("项目", [["项目支出绩效自评表"], ["项目名称", "老旧小区改造工程"], header,
    ["产出指标", "成本指标", "单位面积改造成本", "≤300元/平方米", "320元/平方米", 30, 30, null],
    ["效益指标", "社会效益指标", "受益户数", "≥1000户", "1200户", 70, 70, null]])] }, "p.xlsx");
  const row = json.project!.indicators[0];
  expect([row.direction, row.computed, row.belowTarget]).toEqual(["反向", 28.13, true]);
  expect(json.checks.filter((c) => c.id === "below-target").map((c) => c.cells[0])).toEqual(["项目!G4"]);
});
