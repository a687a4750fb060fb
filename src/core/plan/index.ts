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

export type { WritePlan, PlannedSheet, PlannedCell, PlannedMark, PlannedEdit, PlannedChart, MarkKind, StyleName, FormulaDialect } from "./plan";
export { buildFormulaPlan } from "./formula-plan";
export { markedCellCounts } from "./marks";
export { MARK_COLOURS } from "./plan";
export { findOwnSheets, type OwnSheets } from "./own-sheets";

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
