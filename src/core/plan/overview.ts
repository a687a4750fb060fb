/**
 * The overview workbook of a batch run (批量汇总): one row per department with its computed total
 * and grade beside the ones it filed (and whether they agree), its deductions and error-level
 * checks; a short statistics block; the files that could not be used and those left out, each
 * with the reason. When the folder holds project tables (项目支出绩效自评表), a second sheet
 * (项目汇总) lists every project: 项目名称, 主管部门, 全年预算数, 执行率, 总分, 等级, the
 * indicators below target and the errors.
 */
import { Decimal, formatScore, sum } from "../decimal";
import { frameworkById } from "../frameworks";
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

/** A file of the folder that was not evaluated (an .xls, a lock file) and why. */
export interface SkippedEntry {
  readonly file: string;
  readonly reason: string;
}

const HEADER = ["序号", "文件", "部门", "年度", "指标体系", "自评总分", "评价等级", "填报总分", "填报等级", "是否一致", "扣分项数", "扣分合计", "错误数", "警告数", "错误检查", "状态"];
/** Narrow enough to print readably on A4 landscape fitted to its width (headers wrap). */
// 评价等级 wide enough for 暂不评级.
const WIDTHS = [5, 20, 20, 6, 8, 7, 9, 7, 6, 7, 6, 7, 6, 6, 36, 12];

/** "2020版" for the built-in frameworks, as a person names them. */
function frameworkShort(id: string): string {
  if (id === "custom") return "自定义";
  return /（(\d{4}版)）/.exec(frameworkById(id)?.title ?? "")?.[1] ?? id;
}

/** Filed and computed agree when both total and grade are the same (or nothing was filed). */
function agreement(j: EvaluationJson): string {
  if (j.statedTotal === null && j.statedGrade === null) return "未填报";
  const total = j.statedTotal === null || j.total === null || j.statedTotal === j.total;
  const grade = j.statedGrade === null || j.statedGrade.trim() === j.grade;
  return total && grade ? "一致" : "不一致";
}

/** The tables of one result: a workbook of several lists them under `tables`. */
function tablesOf(j: EvaluationJson): EvaluationJson[] {
  return j.tables ?? [j];
}

export function buildOverviewPlan(entries: readonly BatchEntry[], skipped: readonly SkippedEntry[] = []): WritePlan {
  // The department sheet lists each file's department table, and every file that failed.
  const departmentEntries = entries.flatMap((e): BatchEntry[] => {
    if (!e.json) return [e];
    return tablesOf(e.json).filter((t) => t.kind !== "project").map((t) => ({ ...e, json: t }));
  });
  const projects = entries.flatMap((e) => (e.json ? tablesOf(e.json).filter((t) => t.kind === "project").map((json) => ({ file: e.file, json })) : []));
  const sheets = [departmentSheet(departmentEntries, entries, skipped)];
  if (projects.length) sheets.push(projectSheet(projects));
  return { sheets, marks: [] };
}

function departmentSheet(departmentEntries: readonly BatchEntry[], files: readonly BatchEntry[], skipped: readonly SkippedEntry[]) {
  const entries = departmentEntries;
  const s = new SheetBuilder("批量汇总", "overview", WIDTHS);
  const last = HEADER.length - 1;
  const ok = entries.filter((e) => e.json);
  const skippedWords = skipped.length ? `，未处理 ${skipped.length} 个（见下方）` : "";
  const projectFiles = files.filter((f) => f.json && tablesOf(f.json).every((t) => t.kind === "project")).length;
  // Only project tables read: this sheet lists the files that failed, not department tables.
  const departmentsRead = entries.some((e) => e.json);
  s.span(0, last, departmentsRead || !projectFiles ? "部门整体支出绩效自评批量汇总" : "绩效自评批量汇总", "title").skip();
  const projectWords = projectFiles ? `（其中 ${projectFiles} 个只有项目支出绩效自评表，见“项目汇总”）` : "";
  const evaluated = files.filter((f) => f.json).length;
  s.span(0, last, `共 ${files.length + skipped.length} 个文件：已评价 ${evaluated} 个${projectWords}，无法读取 ${files.length - evaluated} 个${skippedWords}`, "subtitle").skip();
  const headerRow = s.row;
  s.height(30).header(HEADER); // two lines: the narrow columns' headers wrap
  const firstData = s.row;
  entries.forEach((e, i) => {
    const r = s.row;
    s.put(r, 0, { value: i + 1, style: "text" });
    s.put(r, 1, { value: e.file, style: "wrap" }).fit(e.file, 1);
    const j = e.json;
    if (j) {
      const errors = j.checks.filter((c) => c.severity === "error");
      s.put(r, 2, { value: j.department ?? "", style: "wrap" }).fit(j.department ?? "", 2);
      s.put(r, 3, { value: j.year, style: "text" });
      s.put(r, 4, { value: frameworkShort(j.framework), style: "text" });
      s.put(r, 5, j.total === null ? { value: "—", style: "note" } : { value: j.total, numFmt: "0.00", style: "score" });
      s.put(r, 6, j.complete && j.grade ? { value: j.grade, style: "grade" } : { value: "暂不评级", style: "note" });
      s.put(r, 7, j.statedTotal === null ? { value: "（未填）", style: "note" } : { value: j.statedTotal, numFmt: "0.00", style: "score" });
      s.put(r, 8, { value: j.statedGrade ?? "（未填）", style: j.statedGrade ? "grade" : "note" });
      const agree = agreement(j);
      s.put(r, 9, { value: agree, style: agree === "不一致" ? "severity-error" : "text" });
      s.put(r, 10, { value: j.deductions.length, style: "number" });
      s.put(r, 11, { value: j.deductionTotal, numFmt: "0.00", style: "score" });
      s.put(r, 12, { value: errors.length, style: errors.length ? "severity-error" : "number" });
      s.put(r, 13, { value: j.checks.filter((c) => c.severity === "warning").length, style: "number" });
      const listed = errors.map((c) => `${c.message}（${c.cells.slice(0, 2).join("、")}）`).join("\n");
      s.put(r, 14, { value: listed, style: "wrap" }).fit(listed, 14);
      s.put(r, 15, { value: errors.length ? "已评价（仅供核对）" : "已评价", style: "text" });
    } else {
      // The reason in the wide, wrapping column; the narrow 状态 column says only what happened.
      s.put(r, 14, { value: e.error ?? "", style: "wrap" }).fit(e.error ?? "", 14);
      s.put(r, 15, { value: "无法读取", style: "severity-error" });
    }
    s.skip();
  });

  const bordered = s.row > firstData ? [{ top: firstData, left: 0, bottom: s.row - 1, right: last }] : [];
  // Statistics of the departments with a complete total and no error: a 仅供核对 total is not a
  // department's score, and would move the average and the grade counts.
  const complete = ok.map((e) => e.json!).filter((j) => j.total !== null && j.complete);
  const totals = complete.filter((j) => !j.checks.some((c) => c.severity === "error"));
  const provisional = complete.length - totals.length;
  if (totals.length || provisional) {
    s.skip();
    const differ = ok.filter((e) => agreement(e.json!) === "不一致").length;
    const left = provisional ? `（另有 ${provisional} 个仅供核对，有错误未改正，不计入）` : "";
    if (totals.length) {
      const average = sum(totals.map((j) => new Decimal(j.total!))).dividedBy(totals.length);
      const grades = ["优", "良", "中", "差"].map((g) => `${g} ${totals.filter((j) => j.grade === g).length} 个`).join("，");
      s.span(0, last, `统计（总分完整且无错误的 ${totals.length} 个部门${left}）：平均分 ${formatScore(average)} 分；${grades}；填报与计算不一致 ${differ} 个`, "label").skip();
    } else {
      s.span(0, last, `统计：没有总分完整且无错误的部门${left}；填报与计算不一致 ${differ} 个`, "label").skip();
    }
  }

  if (skipped.length) {
    s.skip();
    s.span(0, last, "未处理的文件", "subtitle").skip();
    for (const f of skipped) {
      s.put(s.row, 1, { value: f.file, style: "wrap" }).fit(f.file, 1);
      s.put(s.row, 2, { value: f.reason, style: "wrap" }).merge(2, last);
      s.skip();
    }
  }
  return s.build({ frozenRows: headerRow + 1, landscape: true, bordered });
}

// 工作表: a workbook of several projects lists each under the same 文件.
const PROJECT_HEADER = ["序号", "文件", "工作表", "项目名称", "主管部门", "实施单位", "全年预算数", "全年执行数", "执行率", "自评总分", "评价等级", "填报总分", "未达目标指标数", "错误数", "警告数", "错误检查"];
const PROJECT_WIDTHS = [5, 20, 12, 22, 16, 16, 11, 11, 8, 7, 9, 7, 8, 6, 6, 36];
const RATE_COLUMN = 8;

/** Leaves whose 实际完成值 falls short of the 年度指标值 (or whose quality words say so). */
function belowTarget(nodes: EvaluationJson["tree"]): number {
  return nodes.reduce((n, node) => n + (node.children.length ? belowTarget(node.children) : node.reached === false ? 1 : 0), 0);
}

function projectSheet(projects: readonly { file: string; json: EvaluationJson }[]) {
  // A number cannot wrap: the 执行率 column as wide as its longest figure (a 1000000.00% shows ### otherwise).
  const rateChars = Math.max(0, ...projects.map((p) => p.json.rates.budget_completion_rate).filter((r) => r !== undefined).map((r) => `${r}%`.length + 3));
  const widths = PROJECT_WIDTHS.map((w, i) => (i === RATE_COLUMN ? Math.max(w, rateChars) : w));
  const s = new SheetBuilder("项目汇总", "overview", widths);
  const last = PROJECT_HEADER.length - 1;
  s.span(0, last, "项目支出绩效自评批量汇总", "title").skip();
  const units = [...new Set(projects.map((p) => p.json.unit))];
  s.span(0, last, `共 ${projects.length} 个项目；金额单位：${units.join("、")}`, "subtitle").skip();
  const headerRow = s.row;
  s.height(30).header(PROJECT_HEADER);
  const firstData = s.row;
  projects.forEach(({ file, json: j }, i) => {
    const r = s.row;
    const errors = j.checks.filter((c) => c.severity === "error");
    s.put(r, 0, { value: i + 1, style: "text" });
    s.put(r, 1, { value: file, style: "wrap" }).fit(file, 1);
    s.put(r, 2, { value: j.sheet, style: "wrap" }).fit(j.sheet, 2);
    s.put(r, 3, { value: j.project?.name ?? "（未填项目名称）", style: j.project?.name ? "wrap" : "note" }).fit(j.project?.name ?? "", 3);
    // Only the 主管部门 the form names: the heading's other unit is the 实施单位, in its own column.
    s.put(r, 4, { value: j.project?.supervisor ?? "", style: "wrap" }).fit(j.project?.supervisor ?? "", 4);
    s.put(r, 5, { value: j.project?.implementer ?? "", style: "wrap" }).fit(j.project?.implementer ?? "", 5);
    s.put(r, 6, { value: j.project?.budget ?? null, numFmt: "#,##0.00", style: "amount" });
    s.put(r, 7, { value: j.project?.spend ?? null, numFmt: "#,##0.00", style: "amount" });
    const rate = j.rates.budget_completion_rate;
    s.put(r, RATE_COLUMN, rate === undefined ? { value: "", style: "text" } : { value: rate / 100, numFmt: "0.00%", style: "percent" });
    s.put(r, 9, j.total === null ? { value: "—", style: "note" } : { value: j.total, numFmt: "0.00", style: "score" });
    s.put(r, 10, j.complete && j.grade ? { value: j.grade, style: "grade" } : { value: "暂不评级", style: "note" });
    s.put(r, 11, j.statedTotal === null ? { value: "（未填）", style: "note" } : { value: j.statedTotal, numFmt: "0.00", style: "score" });
    const below = belowTarget(j.tree);
    s.put(r, 12, { value: below, style: below ? "severity-warning" : "number" });
    s.put(r, 13, { value: errors.length, style: errors.length ? "severity-error" : "number" });
    const warnings = j.checks.filter((c) => c.severity === "warning").length;
    s.put(r, 14, { value: warnings, style: warnings ? "severity-warning" : "number" });
    const listed = errors.map((c) => `${c.message}（${c.cells.slice(0, 2).join("、")}）`).join("\n");
    s.put(r, 15, { value: listed, style: "wrap" }).fit(listed, 15);
    s.skip();
  });
  const bordered = s.row > firstData ? [{ top: firstData, left: 0, bottom: s.row - 1, right: last }] : [];
  return s.build({ frozenRows: headerRow + 1, landscape: true, bordered });
}
