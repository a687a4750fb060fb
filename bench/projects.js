"use strict";
// A workbook of project tables for the engine benchmark: `n` sheets, each a national-form
// 项目支出绩效自评表 (财预〔2020〕10号 annex) with a 项目资金 block, 年度总体目标 and ten indicators
// under 产出 / 效益 / 满意度, some below their targets.

const v = (value) => (value === null || value === undefined ? undefined : { value });

function projectSheet(k) {
  const rows = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", `第${k + 1}号建设项目`],
    ["主管部门", "某市某某局", null, null, "实施单位", `某市某某中心${k + 1}`],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额：", 100 + k, 120 + k, 110 + k, 10, null, 9],
    [null, "其中：当年财政拨款", 100 + k, 120 + k, 110 + k, "—", null, "—"],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, "完成年度建设任务。", null, null, "基本完成年度建设任务。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  const indicators = [
    ["产出指标\n(50分)", "数量指标", "建设里程", "≥120公里", `${110 + (k % 20)}公里`, 15, 14],
    [null, null, "培训人次", "≥500人次", "520人次", 10, 10],
    [null, "质量指标", "验收合格率", "≥95%", "98%", 10, 10],
    [null, "时效指标", "按期完工率", "100%", "96%", 5, 4.8],
    [null, "成本指标", "项目成本", "≤120万元", `${110 + k}万元`, 10, 10],
    ["效益指标\n(30分)", "社会效益指标", "群众出行改善情况", "效果明显", "达成预期指标", 15, 14],
    [null, "可持续影响指标", "长效机制建立情况", "有效提升", "部分达成", 15, 11, "机制尚在完善"],
    ["满意度指标\n(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10, 10],
  ];
  for (const [l1, l2, name, target, actual, weight, score, reason] of indicators) rows.push([null, l1, l2, name, target, actual, weight, score, reason ?? null]);
  rows.push(["总分", null, null, null, null, null, 100, null]);
  return { name: `项目${k + 1}`, rows: rows.map((r) => r.map(v)), merges: [] };
}

/** A workbook of `n` project sheets, as the engine receives it from a gateway. */
function projectWorkbook(n) {
  return { sheets: Array.from({ length: n }, (_, k) => projectSheet(k)) };
}

module.exports = { projectWorkbook };
