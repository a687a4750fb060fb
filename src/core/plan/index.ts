/** Evaluation → write plan: the 自评汇总 and 自评报告 sheets and the marks. */
import type { Evaluation } from "../evaluation";
import { buildMarks } from "./marks";
import { generateNarrative, type Narrative, type Outline } from "../narrative";
import type { UnplacedText } from "../narrative/carry-over";
import type { MoneyUnit } from "../values/units";
import type { OwnSheets } from "./own-sheets";
import type { FormulaDialect, WritePlan } from "./plan";
import { buildReportSheet } from "./report-sheet";
import { uniqueSheetNames } from "./sheet-names";
import { buildSummarySheet } from "./summary-sheet";
import { buildProjectSummarySheet } from "./project-summary-sheet";
import { projectSheetNames } from "./project-sheet-names";
import type { PlannedSheet } from "./plan";

export type { WritePlan, PlannedSheet, PlannedCell, PlannedMark, PlannedEdit, PlannedChart, MarkKind, StyleName, FormulaDialect } from "./plan";
export { buildFormulaPlan } from "./formula-plan";
import { buildFormulaPlan } from "./formula-plan";
import { buildProjectFormulaPlan } from "./project-formula-plan";
import type { PlannedEdit } from "./plan";
export { markedCellCounts } from "./marks";
export { MARK_COLOURS } from "./plan";
export { findOwnSheets, type OwnSheets, type OwnProjectSheets } from "./own-sheets";

export interface PlanOptions {
  /** Colour deductions and checked cells in the user's sheets (default true). */
  readonly marks?: boolean;
  /** Standard formulas for files (default), JX functions inside Excel. */
  readonly dialect?: FormulaDialect;
  /** The report outline (default by framework), or a narrative already generated and merged. */
  readonly outline?: Outline;
  readonly narrative?: Narrative;
  /** The unit of amounts in the report and the 关键金额 block (default 万元). */
  readonly unit?: MoneyUnit;
  /**
   * The sheets this tool wrote into the workbook earlier: updated in place rather than added
   * again as 自评汇总(2). Without it (the Excel gateway today) new sheets are added.
   */
  readonly replace?: OwnSheets;
  /** Text the user wrote for sections the outline lacks: kept below the report. */
  readonly unplaced?: readonly UnplacedText[];
}

export function buildWritePlan(e: Evaluation, options: PlanOptions = {}): WritePlan {
  const own = options.replace ?? {};
  const others = e.input.sheetNames.filter((n) => n !== own.summary && n !== own.report);
  const [freshSummary, freshReport] = uniqueSheetNames(["自评汇总", "自评报告"], e.input.sheetNames);
  const summaryName = own.summary ?? (own.report ? uniqueSheetNames(["自评汇总"], others)[0] : freshSummary);
  const reportName = own.report ?? (own.summary ? uniqueSheetNames(["自评报告"], others)[0] : freshReport);
  const narrative = options.narrative ?? generateNarrative(e, { outline: options.outline, unit: options.unit });
  const summary = buildSummarySheet(e, summaryName, { dialect: options.dialect, unit: options.unit ?? narrative.unit });
  const report = buildReportSheet(narrative, reportName, options.unplaced);
  return {
    sheets: [
      { ...summary, ...(summaryName === own.summary ? { replaces: true } : {}) },
      { ...report, ...(reportName === own.report ? { replaces: true } : {}) },
    ],
    marks: options.marks === false ? [] : buildMarks(e),
  };
}

/** 标注扣分 on its own: only the marks. */
export function buildMarkPlan(e: Evaluation): WritePlan {
  return { sheets: [], marks: buildMarks(e) };
}

/** One table of a workbook to write sheets for: its evaluation and its report as it stands. */
export interface TablePlan {
  readonly evaluation: Evaluation;
  readonly narrative: Narrative;
  /** Text the user wrote for sections the outline lacks (department tables). */
  readonly unplaced?: readonly UnplacedText[];
}

export type WorkbookPlanOptions = Omit<PlanOptions, "narrative" | "unplaced" | "outline">;

/**
 * The sheets of a whole workbook: the department table's 自评汇总 and 自评报告 (if it has one),
 * then for each project table its 项目自评汇总 and 项目自评报告 (named apart when there are
 * several, updated in place when `replace` lists the pair written earlier for that project), and
 * the marks of every table.
 */
export function buildWorkbookPlan(tables: readonly TablePlan[], options: WorkbookPlanOptions = {}): WritePlan {
  const sheets: PlannedSheet[] = [];
  const department = tables.find((t) => t.evaluation.input.kind === "department");
  if (department) {
    const plan = buildWritePlan(department.evaluation, { ...options, narrative: department.narrative, unplaced: department.unplaced, marks: false });
    sheets.push(...plan.sheets);
  }
  const projects = tables.filter((t) => t.evaluation.input.kind === "project");
  if (projects.length) {
    const taken = [...projects[0].evaluation.input.sheetNames, ...sheets.map((s) => s.name)];
    const names = projectSheetNames(
      projects.map((p) => p.evaluation.input.project?.name?.value),
      taken,
      options.replace?.projects,
    );
    projects.forEach((p, i) => {
      const n = names[i];
      const summary = buildProjectSummarySheet(p.evaluation, n.summary, { dialect: options.dialect, unit: options.unit ?? p.narrative.unit });
      const report = buildReportSheet(p.narrative, n.report);
      sheets.push({ ...summary, ...(n.replacesSummary ? { replaces: true } : {}) }, { ...report, ...(n.replacesReport ? { replaces: true } : {}) });
    });
  }
  return { sheets, marks: options.marks === false ? [] : tables.flatMap((t) => buildMarks(t.evaluation)) };
}

/**
 * 写入公式 for every table of a workbook: the department's rate formulas in its 基础数据表, and
 * each project table's 计算得分 column.
 */
export function buildWorkbookFormulaPlan(evaluations: readonly Evaluation[], dialect: FormulaDialect): WritePlan {
  const edits: PlannedEdit[] = [];
  for (const e of evaluations) {
    if (e.input.kind === "project") {
      const edit = buildProjectFormulaPlan(e, dialect);
      if (edit) edits.push(edit);
    } else edits.push(...(buildFormulaPlan(e, dialect).edits ?? []).filter((edit) => edit.cells.length > 0));
  }
  return { sheets: [], marks: [], edits };
}

/** 标注扣分 for every table of a workbook. */
export function buildWorkbookMarkPlan(evaluations: readonly Evaluation[]): WritePlan {
  return { sheets: [], marks: evaluations.flatMap(buildMarks) };
}
