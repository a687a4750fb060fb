/**
 * The blank standard workbook of a framework (`perfeval template`): a 评分表 with the whole
 * tree, weights, 评分标准 and default rules but no scores, and a 基础数据表 with every field.
 * Read back, it fires no check except `missing-input`.
 */
import { FIELD_SPECS } from "../fields";
import type { Framework, FrameworkNode } from "../frameworks";
import { SheetBuilder } from "./sheet-builder";
import type { WritePlan } from "./plan";

const SCORING_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "评分规则", "自评得分", "扣分原因"];

export function buildTemplatePlan(framework: Framework): WritePlan {
  const s = new SheetBuilder("评分表", "template-scoring", [14, 16, 28, 8, 24, 44, 26, 10, 30]);
  s.span(0, 8, "部门整体支出绩效自评评分表", "title").skip();
  s.put(s.row, 0, { value: "部门名称", style: "label" });
  s.put(s.row, 5, { value: "评价年度", style: "label" });
  s.skip();
  s.header(SCORING_HEADER);
  const row = (level: number, n: FrameworkNode) => {
    s.put(s.row, level, { value: n.name, style: level < 2 ? "label" : "text" });
    s.put(s.row, 3, { value: n.weight.toNumber(), numFmt: "0.0#", style: "score" });
    if (n.criteria) s.put(s.row, 5, { value: n.criteria, style: "wrap" });
    if (n.rule) s.put(s.row, 6, { value: n.rule, style: "text" });
    s.skip();
    n.children?.forEach((c) => row(level + 1, c));
  };
  framework.tree.forEach((n) => row(0, n));
  for (const b of framework.bonus) {
    s.put(s.row, 0, { value: "加分", style: "label" });
    s.put(s.row, 1, { value: b.name, style: "text" });
    s.put(s.row, 5, { value: b.criteria, style: "wrap" });
    s.skip();
  }
  s.put(s.row, 0, { value: "合计", style: "label" });
  s.put(s.row, 3, { value: 100, style: "score" });
  s.skip();
  s.put(s.row, 0, { value: "评价等级", style: "label" });
  s.skip(2);
  s.span(0, 8, `指标体系：${framework.title}。三级指标分值为建议值，可按本地评分办法修改；评分规则写法见使用说明。`, "note");

  const b = new SheetBuilder("基础数据表", "template-basic", [8, 30, 18, 8, 40]);
  b.span(0, 4, "部门整体支出绩效自评基础数据表", "title").skip();
  b.put(b.row, 0, { value: "部门名称", style: "label" });
  b.put(b.row, 2, { value: "评价年度", style: "label" });
  b.put(b.row, 4, { value: "金额单位：元", style: "label" });
  b.skip();
  b.header(["序号", "项目", "数值", "单位", "备注"]);
  let i = 1;
  for (const f of FIELD_SPECS) {
    if (f.kind === "text" || f.kind === "year" || f.kind === "date") continue;
    const rows = f.kind === "percent-list" ? 2 : 1;
    for (let k = 0; k < rows; k++) {
      b.put(b.row, 0, { value: i++, style: "text" });
      b.put(b.row, 1, { value: f.labels[0], style: "text" });
      b.put(b.row, 2, { value: null, style: f.kind === "amount" ? "amount" : "number", numFmt: f.kind === "amount" ? "#,##0.00" : f.kind === "count" ? "0" : "0.00%" });
      b.put(b.row, 3, { value: f.kind === "amount" ? "元" : f.kind === "count" ? "人" : "%", style: "text" });
      if ("note" in f && f.note) b.put(b.row, 4, { value: f.note, style: "note" });
      b.skip();
    }
  }
  return { sheets: [s.build({ frozenRows: 3, landscape: true }), b.build({ frozenRows: 3 })], marks: [] };
}
