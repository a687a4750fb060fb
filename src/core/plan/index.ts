/** Evaluation → write plan: the new 自评汇总 and 自评报告 sheets and the marks. */
import type { Evaluation } from "../evaluation";
import { buildMarks } from "./marks";
import { generateNarrative, type Narrative, type Outline } from "../narrative";
import type { FormulaDialect, WritePlan } from "./plan";
import { buildReportSheet } from "./report-sheet";
import { uniqueSheetNames } from "./sheet-names";
import { buildSummarySheet } from "./summary-sheet";

export type { WritePlan, PlannedSheet, PlannedCell, PlannedMark, PlannedEdit, MarkKind, StyleName, FormulaDialect } from "./plan";
export { buildFormulaPlan } from "./formula-plan";
export { markedCellCounts } from "./marks";
export { MARK_COLOURS } from "./plan";

export interface PlanOptions {
  /** Colour deductions and checked cells in the user's sheets (default true). */
  readonly marks?: boolean;
  /** Standard formulas for files (default), JX functions inside Excel. */
  readonly dialect?: FormulaDialect;
  /** The report outline (default by framework), or a narrative already generated and merged. */
  readonly outline?: Outline;
  readonly narrative?: Narrative;
}

export function buildWritePlan(e: Evaluation, options: PlanOptions = {}): WritePlan {
  const [summaryName, reportName] = uniqueSheetNames(["自评汇总", "自评报告"], e.input.sheetNames);
  const narrative = options.narrative ?? generateNarrative(e, options.outline);
  return {
    sheets: [buildSummarySheet(e, summaryName, options.dialect), buildReportSheet(narrative, reportName)],
    marks: options.marks === false ? [] : buildMarks(e),
  };
}

/** 标注扣分 on its own: only the marks. */
export function buildMarkPlan(e: Evaluation): WritePlan {
  return { sheets: [], marks: buildMarks(e) };
}
