/**
 * The blank national 项目支出绩效自评表 (`perfeval template --kind project`), as the annex of
 * 财预〔2020〕10号 prints it (project-table.md, "The form"): the title and year, 项目名称, 主管部门
 * and 实施单位, the 项目资金（万元） block with 年度资金总额 worth 10 points and its 其中 rows, the
 * 年度总体目标 block, the indicator table with 产出指标 (50分), 效益指标 (30分) and 满意度指标
 * (10分), their 二级 each with "指标1：" rows to fill in, the 总分 row, the 评价结论 / 存在问题 /
 * 改进措施 rows and the 填表人 / 填报日期 line. Read back, it fires no
 * check except `missing-input` (nothing is filled in yet).
 */
import { SheetBuilder } from "./sheet-builder";
import type { WritePlan } from "./plan";

/** 一级 with its national weight, and its 二级 (财预〔2020〕10号 annex). */
const LEVELS: readonly { readonly name: string; readonly weight: number; readonly children: readonly string[] }[] = [
  { name: "产出指标", weight: 50, children: ["数量指标", "质量指标", "时效指标", "成本指标"] },
  { name: "效益指标", weight: 30, children: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"] },
  { name: "满意度指标", weight: 10, children: ["服务对象满意度指标"] },
];

/** Rows printed under each 二级 for its indicators ("指标1：", "指标2："). */
const ROWS_PER_LEVEL2 = 2;
// The label columns hold "项目资金（万元）" and "产出指标（50分）" on one line (label cells do not wrap).
const WIDTHS = [17, 17, 16, 30, 14, 14, 8, 8, 30];
const LAST = WIDTHS.length - 1;

const PROJECT_TEMPLATE_SHEET = "项目支出绩效自评表";

export function buildProjectTemplatePlan(): WritePlan {
  const s = new SheetBuilder(PROJECT_TEMPLATE_SHEET, "template-scoring", WIDTHS);
  s.span(0, LAST, "项目支出绩效自评表", "title").height(30).skip();
  s.span(0, LAST, "（　　　　年度）", "subtitle").skip();
  const formTop = s.row;
  s.put(s.row, 0, { value: "项目名称", style: "label" }).merge(1, LAST).skip();
  s.put(s.row, 0, { value: "主管部门", style: "label" }).merge(1, 4);
  s.put(s.row, 5, { value: "实施单位", style: "label" }).merge(6, LAST).skip();

  // 项目资金: the total row carries the 预算执行率's 10 points; the 其中 rows carry "—".
  const fundsTop = s.row;
  s.put(s.row, 0, { value: "项目资金（万元）", style: "label" });
  s.header([null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
  const fundsRow = (label: string, total: boolean) => {
    s.put(s.row, 1, { value: label, style: total ? "label" : "text" });
    for (const c of [2, 3, 4]) s.put(s.row, c, { value: null, numFmt: "#,##0.00", style: "amount" });
    s.put(s.row, 5, total ? { value: 10, style: "score" } : { value: "—", style: "text" });
    s.put(s.row, 6, { value: null, numFmt: "0.00%", style: "percent" });
    s.put(s.row, 7, total ? { value: null, numFmt: "0.00", style: "score" } : { value: "—", style: "text" });
    s.skip();
  };
  fundsRow("年度资金总额", true);
  fundsRow("其中：当年财政拨款", false);
  fundsRow("上年结转资金", false);
  fundsRow("其他资金", false);
  mergeDown(s, fundsTop, s.row - 1, 0);

  // 年度总体目标: 预期目标 | 实际完成情况, free text below.
  const goalsTop = s.row;
  s.put(s.row, 0, { value: "年度总体目标", style: "label" });
  s.put(s.row, 1, { value: "预期目标", style: "header" }).merge(1, 4);
  s.put(s.row, 5, { value: "实际完成情况", style: "header" }).merge(5, LAST).skip();
  s.put(s.row, 1, { value: null, style: "wrap" }).merge(1, 4);
  s.put(s.row, 5, { value: null, style: "wrap" }).merge(5, LAST).height(60).skip();
  mergeDown(s, goalsTop, s.row - 1, 0);

  // The indicator table.
  const tableTop = s.row;
  s.header(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  for (const l1 of LEVELS) {
    const l1Top = s.row;
    s.put(s.row, 1, { value: `${l1.name}（${l1.weight}分）`, style: "label" });
    for (const l2 of l1.children) {
      const l2Top = s.row;
      s.put(s.row, 2, { value: l2, style: "text" });
      for (let k = 1; k <= ROWS_PER_LEVEL2; k++) {
        s.put(s.row, 3, { value: `指标${k}：`, style: "text" });
        s.put(s.row, 6, { value: null, numFmt: "0.0#", style: "score" });
        s.put(s.row, 7, { value: null, numFmt: "0.00", style: "score" });
        s.skip();
      }
      mergeDown(s, l2Top, s.row - 1, 2);
    }
    mergeDown(s, l1Top, s.row - 1, 1);
  }
  mergeDown(s, tableTop + 1, s.row - 1, 0);
  s.put(s.row, 0, { value: "总分", style: "label" }).merge(0, 5);
  s.put(s.row, 6, { value: 100, style: "score" });
  s.put(s.row, 7, { value: null, numFmt: "0.00", style: "score" });
  s.skip();
  // The form's closing rows: the department's own conclusions, then who filled it in and when.
  for (const label of ["评价结论", "存在问题", "改进措施"]) {
    s.put(s.row, 0, { value: label, style: "label" });
    s.put(s.row, 1, { value: null, style: "wrap" }).merge(1, LAST).height(45).skip();
  }
  // The printed form is ruled throughout, as the annex prints it.
  const bordered = [{ top: formTop, left: 0, bottom: s.row - 1, right: LAST }];
  s.put(s.row, 0, { value: "填表人：", style: "label" });
  s.put(s.row, 3, { value: "联系电话：", style: "label" });
  s.put(s.row, 5, { value: "填报日期：", style: "label" }).skip(2);
  const note = "注：1.预算执行率按“全年执行数/全年预算数”计算，得分=分值×执行率，最高为分值。2.定量指标达到年度指标值得满分，未达到按比例计分；定性指标按达成（80%–100%）、部分达成（60%–80%）、未达成（60%以下）评分。3.一级指标分值可按本地评分办法调整，三级指标分值由单位填写。";
  s.put(s.row, 0, { value: note, style: "wrap" }).merge(0, LAST).height(48).skip();
  return { sheets: [s.build({ frozenRows: 0, landscape: true, bordered })], marks: [] };
}

/** A vertical merge of one column over rows top..bottom (a label printed once for its block). */
function mergeDown(s: SheetBuilder, top: number, bottom: number, col: number): void {
  if (bottom > top) s.mergeRange(top, col, bottom, col);
}
