/**
 * The overview workbook of a batch run (批量汇总): one row per department with its total,
 * grade, deductions and error-level checks, and the files that could not be used.
 */
import type { EvaluationJson } from "../result-json";
import { SheetBuilder } from "./sheet-builder";
import type { WritePlan } from "./plan";

export interface BatchEntry {
  readonly file: string;
  readonly output?: string;
  readonly json?: EvaluationJson;
  /** Why the file could not be used (the exit-2 message). */
  readonly error?: string;
}

const HEADER = ["序号", "文件", "部门", "年度", "指标体系", "自评总分", "评价等级", "扣分项数", "扣分合计", "错误数", "警告数", "错误检查", "状态"];

export function buildOverviewPlan(entries: readonly BatchEntry[]): WritePlan {
  const s = new SheetBuilder("批量汇总", "overview", [6, 30, 30, 8, 10, 10, 10, 10, 10, 8, 8, 60, 30]);
  const ok = entries.filter((e) => e.json).length;
  s.span(0, HEADER.length - 1, "部门整体支出绩效自评批量汇总", "title").skip();
  s.span(0, HEADER.length - 1, `共 ${entries.length} 个文件：已评价 ${ok} 个，无法读取 ${entries.length - ok} 个`, "subtitle").skip();
  s.header(HEADER);
  entries.forEach((e, i) => {
    const r = s.row;
    s.put(r, 0, { value: i + 1, style: "text" });
    s.put(r, 1, { value: e.file, style: "text" });
    const j = e.json;
    if (j) {
      const errors = j.checks.filter((c) => c.severity === "error");
      s.put(r, 2, { value: j.department ?? "", style: "text" });
      s.put(r, 3, { value: j.year, style: "text" });
      s.put(r, 4, { value: j.framework, style: "text" });
      s.put(r, 5, { value: j.total, numFmt: "0.00", style: "score" });
      s.put(r, 6, { value: j.grade ?? "", style: "grade" });
      s.put(r, 7, { value: j.deductions.length, style: "number" });
      s.put(r, 8, { value: j.deductionTotal, numFmt: "0.00", style: "score" });
      s.put(r, 9, { value: errors.length, style: errors.length ? "severity-error" : "number" });
      s.put(r, 10, { value: j.checks.filter((c) => c.severity === "warning").length, style: "number" });
      const listed = errors.map((c) => `${c.message}（${c.cells.slice(0, 2).join("、")}）`).join("\n");
      s.put(r, 11, { value: listed, style: "wrap" }).fit(listed, 11);
      s.put(r, 12, { value: "已评价", style: "text" });
    } else {
      s.put(r, 12, { value: `无法读取：${e.error ?? ""}`, style: "severity-error" });
    }
    s.skip();
  });
  return { sheets: [s.build({ frozenRows: 3, landscape: true })], marks: [] };
}
