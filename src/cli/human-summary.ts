/** The readable summary printed after an evaluation: total, grade, deductions, checks. */
import { frameworkById } from "../core/frameworks";
import { errorCount, provisionalNote } from "../core/provisional";
import type { EvaluationJson } from "../core/result-json";
import { formName } from "../core/project/form-name";

const SEVERITY: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

/** "广东省…指标体系（2020版）", or how a table of its own is computed. */
export function frameworkName(id: string): string {
  return id === "custom" ? "自定义指标体系（按评分表本身的指标树计算）" : (frameworkById(id)?.title ?? id);
}

export function humanSummary(j: EvaluationJson, outPath?: string): string {
  const lines: string[] = [];
  // A project table is named by its project (项目支出绩效自评表), a department's by the department.
  const who = j.kind === "project" ? `项目：${j.project?.name ?? "（未填项目名称）"}${j.department ? `（${j.department}）` : ""}` : (j.department ?? "（未填部门名称）");
  const head = [who, j.year ? `${j.year}年度` : "", j.kind === "project" ? "项目支出绩效自评表" : frameworkName(j.framework)].filter(Boolean).join("  ");
  lines.push(head);
  const note = provisionalNote(errorCount(j.checks));
  if (note) lines.push(`  ${note}。`);
  if (j.total === null) lines.push("  尚未填写自评得分。");
  else {
    const uncapped = j.totalUncapped !== null && j.totalUncapped !== j.total ? `（各项合计 ${j.totalUncapped} 分，超过100分按100分计）` : "";
    const stated = j.statedTotal !== null ? `；${formName(j.kind === "project" ? "project" : "department")}填报 ${j.statedTotal} 分${j.statedGrade ? `、${j.statedGrade}` : ""}` : "";
    const graded = j.complete && j.grade ? `自评总分 ${j.total} 分${uncapped}，评价等级：${j.grade}` : `已填得分合计 ${j.total} 分${uncapped}（有指标未填得分，总分不完整，暂不评级）`;
    lines.push(`  ${graded}${stated}`);
  }
  lines.push(`  扣分 ${j.deductions.length} 项${j.deductions.length ? "：" : ""}`);
  for (const d of j.deductions) {
    lines.push(`    - ${d.path.join(" / ")}：${d.weight} 分得 ${d.score} 分，扣 ${d.deduction} 分${d.reason ? `（${d.reason}）` : ""}`);
  }
  const count = (s: string) => j.checks.filter((c) => c.severity === s).length;
  lines.push(`  数据检查：错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}`);
  for (const c of j.checks) lines.push(`    [${SEVERITY[c.severity]}] ${c.message}${c.cells.length ? `（${c.cells.slice(0, 3).join("、")}）` : ""}`);
  if (outPath) lines.push(`  结果已写入：${outPath}`);
  return lines.join("\n") + "\n";
}
