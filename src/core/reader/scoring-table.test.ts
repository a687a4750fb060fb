/** Reader edge cases found in review: each once wrong, now read as the user means. */
import { evaluate } from "../evaluate";
import { readWorkbook } from ".";
import { grid, scoringSheet } from "../../../test/helpers/grids";

const TABLE: Parameters<typeof scoringSheet>[0] = [
  [1, "预算编制", 40],
  [2, "合理性", 40, 40],
  [1, "预算执行", 60],
  [2, "支出合规性", 25, 25, undefined, undefined],
  [2, "支出管理", 35, 31, "进度迟缓，扣4分"],
];

test("a 合计 row with its weight in the label is the stated total, not an indicator", () => {
  const e = evaluate(readWorkbook({ sheets: [scoringSheet(TABLE, [["合计（100分）", null, null, 100, null, null, null, 96]])] }));
  expect(e.tree.map((n) => n.name)).toEqual(["预算编制", "预算执行"]);
  expect(e.input.statedTotal?.value.toString()).toBe("96");
  expect(e.total?.toString()).toBe("96");
  expect(e.checks).toEqual([]);
});

test("评分标准 mentioning 等级 does not turn the row into a grade row", () => {
  const sheet = scoringSheet(TABLE);
  const rows = sheet.rows.map((r) => [...(r ?? [])]);
  rows[6][5] = { value: "等级评定为合规的得满分" }; // 支出合规性's 评分标准 (column F)
  const e = evaluate(readWorkbook({ sheets: [{ ...sheet, rows }] }));
  expect(e.tree[1].children.map((n) => n.name)).toEqual(["支出合规性", "支出管理"]);
  expect(e.total?.toString()).toBe("96");
  expect(e.input.statedGrade).toBeUndefined();
});

test("a 合计 written in the 序号 column is the stated total", () => {
  const header = ["序号", "一级指标", "二级指标", "分值", "自评得分"];
  const e = evaluate(readWorkbook({ sheets: [grid("评分表", [header, [1, "产出", null, 60, 60], [2, "效益", null, 40, 39], ["合计", null, null, 100, 98]])] }));
  expect(e.input.statedTotal?.value.toString()).toBe("98");
  expect(e.checks.map((c) => c.id)).toContain("total");
});

test("a 加分 row after 合计 still counts", () => {
  const e = evaluate(readWorkbook({ sheets: [scoringSheet(TABLE, [["合计", null, null, 100, null, null, null, 97], ["加分", "工作表现加分", null, 1, null, null, null, 1]])] }));
  expect(e.bonusTotal.toString()).toBe("1");
  expect(e.total?.toString()).toBe("97");
  expect(e.checks.map((c) => c.id)).not.toContain("total");
});

describe("department names above the table", () => {
  const withHeading = (...lines: (string | number | null)[][]) =>
    readWorkbook({ sheets: [grid("评分表", [...lines, ["一级指标", "分值", "得分"], ["产出", 100, 100]])] }).department?.value;

  test.each([
    [["单位名称：测试局"], "测试局"],
    [["部门名称", "测试局"], "测试局"],
    [["填报单位（盖章）：测试局"], "测试局"],
    [["评价单位：测试局"], "测试局"],
    [["部门（单位）名称：", null, "测试局"], "测试局"],
  ])("%j names the department", (line, name) => expect(withHeading(line)).toBe(name));

  test.each([
    [["部门整体绩效自评表"]],
    [["单位资金"]],
    [["单位：万元"]],
    [["单位:", null, null]],
    [["主管部门", null, "财政处室", "行政政法处"]],
  ])("%j names no department", (line) => expect(withHeading(line)).toBeUndefined());

  test("the department printed before the year in the title", () => {
    expect(withHeading(["湛江市工业和信息化局2020年度部门整体支出绩效自评表"])).toBe("湛江市工业和信息化局");
    expect(withHeading(["2020年度部门整体支出绩效自评表"])).toBeUndefined();
  });
});

describe("stated scores are checked wherever they sit", () => {
  test("a parent's stated score above its weight is a score-range error", () => {
    const e = evaluate(readWorkbook({ sheets: [scoringSheet([[1, "预算编制", 40, 45], [2, "合理性", 40, 40], [1, "预算执行", 60], [2, "支出管理", 60, 60]])] }));
    expect(e.checks.filter((c) => c.id === "score-range").map((c) => c.message)).toEqual(["“预算编制”的填报得分45分超过了分值40分"]);
  });

  test("a 小计 that closes a one-level block states that indicator's score", () => {
    const g = grid("评分表", [["指标名称", "分值", "得分"], ["产出", 60, 60], ["小计", 60, 58], ["效益", 40, 40]]);
    const e = evaluate(readWorkbook({ sheets: [g] }));
    expect(e.checks.map((c) => c.id)).toContain("score-sum");
  });
});

describe("when no scoring table is found", () => {
  const fail = (rows: (string | number | null)[][]) => {
    try {
      readWorkbook({ sheets: [grid("评分表", rows)] });
    } catch (e) {
      return e as Error & { location?: { cell?: string } };
    }
    throw new Error("read");
  };

  test("the closest header row is named with what it lacked and a guess", () => {
    const e = fail([["部门整体支出绩效自评表"], [], [], [], ["一级指标", "二级指标", "权重分数值", "自评得分"], ["产出", null, 60, 60]]);
    expect(e.message).toBe("第 5 行像是评分表的表头，但没有找到“分值（或权重）”列；“权重分数值”是分值吗？");
    expect(e.location?.cell).toBe("A5");
  });

  test("a header below row 40 is named, with what to do", () => {
    const rows: (string | number | null)[][] = Array.from({ length: 45 }, () => []);
    rows.push(["一级指标", "分值", "得分"], ["产出", 100, 100]);
    expect(fail(rows).message).toBe("第 46 行像是评分表的表头，但评分表的表头应在前 40 行内：请删去表头上方多余的行（或把说明移到表格下方）后再试。");
    expect(fail(rows).location?.cell).toBe("A46");
  });

  test("with no header anywhere, the message lists the sheets and never says 前 10 行", () => {
    const message = fail([["部门整体支出绩效自评表"], ["说明：请如实填写"]]).message;
    expect(message).toMatch(/^没有找到评分表：各工作表的前 40 行中/);
    expect(message).not.toMatch(/前 10 行/);
  });
});

test("with 评价得分 and 自评得分 side by side, the department's own 自评得分 is the score", () => {
  const g = grid("评分表", [["指标名称", "分值", "评价得分", "自评得分"], ["产出", 60, 50, 58], ["效益", 40, 30, 40]]);
  expect(evaluate(readWorkbook({ sheets: [g] })).total?.toString()).toBe("98");
});

test("分值 over 一级 | 二级 | 三级 sub-columns: per-level weights under a role group", () => {
  const g = grid(
    "评分表",
    [
      ["指标", null, null, "分值", null, null, "得分"],
      ["一级指标", "二级指标", "三级指标", "一级", "二级", "三级", null],
      ["产出", "数量", "完成数", 60, 60, 30, 30],
      [null, null, "完成率", null, null, 30, 28],
      ["效益", "社会效益", "满意度", 40, 40, 40, 40],
    ],
    [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 1, right: 6 }],
  );
  const e = evaluate(readWorkbook({ sheets: [g] }));
  expect(e.tree.map((n) => [n.name, n.weight?.toNumber(), n.score?.toNumber()])).toEqual([["产出", 60, 58], ["效益", 40, 40]]);
  expect(e.checks.filter((c) => c.severity === "error")).toEqual([]);
});

test("a funds block that prints only 执行率, 权重 and 得分 still counts its points", () => {
  const g = grid("部门整体绩效自评表", [
    ["主管部门", "219-某区某镇人民政府", null, "自评总分(分)", 97.6],
    ["部门预算执行情况（万元）", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"],
    [null, null, null, null, "76%", 10, 7.6],
    ["绩效指标", "指标名称", "指标权重(分)", "指标得分(分)"],
    [null, "预算完成率", 90, 90],
  ], [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }]);
  const e = evaluate(readWorkbook({ sheets: [g] }));
  expect(e.tree.map((n) => [n.name, n.weight?.toNumber(), n.score?.toNumber()])).toEqual([["预算执行率", 10, 7.6], ["预算完成率", 90, 90]]);
  expect(e.total?.toNumber()).toBe(97.6);
  expect(e.input.department?.value).toBe("某区某镇人民政府");
  expect(e.checks.filter((c) => c.severity === "error")).toEqual([]);
});

describe("faults found in a user trial of published tables", () => {
  test("weights only in the labels, no 分值 column", () => {
    const g = grid("Sheet1", [
      ["2017年部门整体支出绩效评价得分表"],
      ["一级指\n标", "二级指标", "三级指标", "得分"],
      ["部门决\n策(25分)", "目标任务(15分)", "相关性(5分)", 5],
      [null, null, "明确性(5分)", 5],
      [null, null, "合理性(5分)", 5],
      [null, "预算编制(10分)", "测算依据(5分)", 2],
      [null, null, "目标管理(5分)", 4],
    ], [{ top: 2, left: 0, bottom: 6, right: 0 }, { top: 2, left: 1, bottom: 4, right: 1 }, { top: 5, left: 1, bottom: 6, right: 1 }]);
    const e = evaluate(readWorkbook({ sheets: [g] }));
    expect(e.tree.map((n) => [n.name, n.weight?.toNumber(), n.score?.toNumber()])).toEqual([["部门决策", 25, 21]]);
    expect(e.tree[0].children.map((n) => [n.name, n.weight?.toNumber()])).toEqual([["目标任务", 15], ["预算编制", 10]]);
  });

  test("rows marked not applicable (“/”, “无”, “指标1：/”) are not indicators", () => {
    const g = grid("S", [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["效益指标", "社会效益指标", "保护群众财产", "有效", "有效", 50, 50],
      [null, "生态效益指标", "指标1：/", "/", "/", null, null],
      [null, "经济效益指标", "无", null, null, null, null],
      [null, "可持续影响指标", "长期效果", "/", "/", "/", "/"],
      ["产出指标", "数量指标", "完成数", "≥10个", "12个", 50, 50],
    ], [{ top: 1, left: 0, bottom: 4, right: 0 }]);
    const e = evaluate(readWorkbook({ sheets: [g] }));
    expect(e.tree.map((n) => [n.name, n.weight?.toNumber(), n.children.length])).toEqual([["效益指标", 50, 1], ["产出指标", 50, 1]]);
    expect(e.complete).toBe(true);
    expect(e.checks.filter((c) => c.id === "missing-input")).toEqual([]);
  });

  test("the first 合计 closes the table: a later total row or table does not replace it", () => {
    const g = grid("S", [["指标名称", "分值", "自评得分"], ["预算执行率", 40, 38], ["重点工作完成率", 60, 57], ["合计", 100, 95], ["总分", null, 90], ["评价等级", "优"], ["评价等级", "差"]]);
    const e = evaluate(readWorkbook({ sheets: [g] }));
    expect(e.input.statedTotal?.value.toNumber()).toBe(95);
    expect(e.input.statedGrade?.value).toBe("优");
    expect(e.checks.filter((c) => c.severity === "error")).toEqual([]);
  });

  test("a table on a hidden sheet gives way to the visible one, with a note", () => {
    const header = ["一级指标", "分值", "自评得分"];
    const template = { ...grid("模板", [header, ["预算编制", 100, null]]), hidden: true };
    const real = grid("自评表", [header, ["预算编制", 100, 96]]);
    const e = evaluate(readWorkbook({ sheets: [template, real] }));
    expect(e.input.scoring.sheet).toBe("自评表");
    expect(e.checks.filter((c) => c.id === "reading").map((c) => c.message)).toEqual([expect.stringContaining("隐藏的工作表“模板”中另有一张评分表")]);
  });

  test.each([
    [["类别", "内容", "要点", "分值", "得分"], "没有找到“指标名称"],
    [["项目", "考评要点", "应得分", "实得分", "说明"], "没有找到“指标名称（一级指标、二级指标或指标名称）”列；“项目”是指标名称吗？"],
  ])("a header of unknown words is still named: %j", (header, message) => {
    let error: Error | undefined;
    try {
      readWorkbook({ sheets: [grid("考核表", [header, ["预算编制", "目标设定", "合理性", 40, 38]])] });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toContain("第 1 行像是评分表的表头");
    expect(error?.message).toContain(message);
  });
});
