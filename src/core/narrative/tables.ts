/** The report's tables as data (text already formatted): 指标得分表 and 扣分明细表. */
import { formatScore, type Decimal } from "../decimal";
import type { Evaluation } from "../evaluation";
import { formatPercent } from "../format";

export interface ReportTable {
  /** Its name ("指标得分表"); the Word report numbers the attachments (附件1). */
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Column widths as shares of the page width. */
  readonly widths: readonly number[];
}

const s = (d: Decimal | undefined) => (d === undefined ? "" : formatScore(d));
/** A 得分率 over 100% (a score above its weight) is not printed as a figure. */
const rate = (d: Decimal | undefined) => (d === undefined ? "" : d.greaterThan(1) ? "请核实" : formatPercent(d));

export function reportTables(e: Evaluation): ReportTable[] {
  const scores: string[][] = [];
  for (const l1 of e.tree) {
    scores.push([l1.name, "", s(l1.weight), s(l1.score), s(l1.deduction), rate(l1.scoreRate)]);
    for (const l2 of l1.children) scores.push(["", l2.name, s(l2.weight), s(l2.score), s(l2.deduction), rate(l2.scoreRate)]);
  }
  for (const b of e.bonus) scores.push(["加分", b.name, s(b.weight), s(b.score), "", ""]);
  if (e.total !== undefined) scores.push(["合计", e.grade ? `评价等级：${e.grade}` : "", "100", s(e.total), "", ""]);
  const deductions = e.deductions.map((d) => [d.path.join("／"), s(d.weight), s(d.score), s(d.deduction), d.reason?.value ?? "（未填写）"]);
  return [
    { title: "指标得分表", header: ["一级指标", "二级指标", "分值", "得分", "扣分", "得分率"], rows: scores, widths: [20, 28, 12, 12, 12, 16] },
    { title: "扣分明细表", header: ["指标", "分值", "得分", "扣分", "扣分原因"], rows: deductions.length ? deductions : [["无扣分项", "", "", "", ""]], widths: [30, 10, 10, 10, 40] },
  ];
}
