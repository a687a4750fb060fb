/**
 * The engine's public entry points. Pure: grids in, evaluation, JSON and write plan out.
 * The Excel add-in, the browser page and the command line all go through here.
 */
import type { WorkbookGrids } from "./grid/grid";
import { evaluate, type EvaluateOptions } from "./evaluate";
import type { Evaluation } from "./evaluation";
import { buildWritePlan, type PlanOptions, type WritePlan } from "./plan";
import { readWorkbook } from "./reader";
import { WorkbookError } from "./errors";
import { toEvaluationJson, type EvaluationJson } from "./result-json";
import { generateNarrative, narrativeText, type Narrative } from "./narrative";
import { mergeNarrative, type MergeReport, type PreviousParagraph } from "./narrative/merge";
import { readPreviousReport } from "./reader/previous-report";

export interface EvaluatedWorkbook {
  readonly evaluation: Evaluation;
  readonly narrative: Narrative;
  /** When an earlier 自评报告 was found: what was kept from it and what changed. */
  readonly refresh?: MergeReport & { readonly previousSheet: string };
  /** That earlier report's paragraphs, for regenerating in another outline. */
  readonly previousReport?: readonly PreviousParagraph[];
  readonly plan: WritePlan;
  readonly json: EvaluationJson;
}

/** Reads, evaluates and plans one workbook. Throws WorkbookError when it cannot be used. */
export function evaluateWorkbook(grids: WorkbookGrids, file?: string, options: EvaluateOptions & PlanOptions = {}): EvaluatedWorkbook {
  let input;
  try {
    input = readWorkbook(grids, file);
  } catch (e) {
    // Every front door names the file the same way.
    throw e instanceof WorkbookError && file ? e.inFile(file) : e;
  }
  const evaluation = evaluate(input, options);
  let narrative = options.narrative ?? generateNarrative(evaluation, options.outline);
  let refresh: EvaluatedWorkbook["refresh"];
  const previous = options.narrative ? undefined : readPreviousReport(grids);
  if (previous) {
    const merged = mergeNarrative(previous.paragraphs, narrative);
    narrative = merged.narrative;
    refresh = { ...merged.report, previousSheet: previous.sheet };
  }
  return {
    evaluation,
    narrative,
    refresh,
    previousReport: previous?.paragraphs,
    plan: buildWritePlan(evaluation, { ...options, narrative }),
    json: toEvaluationJson(evaluation, { outline: narrative.outline, text: narrativeText(narrative) }),
  };
}

export { evaluate } from "./evaluate";
export { readWorkbook } from "./reader";
export { buildWritePlan, buildFormulaPlan, buildMarkPlan, markedCellCounts } from "./plan";
export type { FormulaDialect, PlannedEdit } from "./plan";
export { toStandardFormula } from "./jx/translate";
export { callJx } from "./jx/call";
export { JX_FUNCTIONS } from "./jx/catalog";
export { buildTemplatePlan } from "./plan/template";
export { toEvaluationJson } from "./result-json";
export type { EvaluationJson } from "./result-json";
export { WorkbookError } from "./errors";
export { FRAMEWORKS, frameworkById } from "./frameworks";
export type { Evaluation } from "./evaluation";
export type { WorkbookGrids, Grid, GridCell } from "./grid/grid";
export type { WritePlan } from "./plan";
export { generateNarrative, defaultOutline, narrativeText, paragraphText, paragraphSources, OUTLINES } from "./narrative";
export type { Narrative, Paragraph, Span, Outline } from "./narrative";
import type { Outline } from "./narrative";
export { reportTables } from "./narrative/tables";
export type { ReportTable } from "./narrative/tables";
export { mergeNarrative, textHash } from "./narrative/merge";
export type { MergeReport } from "./narrative/merge";

/** What the user chose for the report in the task pane: an outline, and text for placeholders. */
export interface ReportChoice {
  readonly outline?: Outline;
  /** Paragraph id → the user's text (placeholders only; other ids are ignored). */
  readonly edits?: Readonly<Record<string, string>>;
}

/** The narrative for a choice: generated in the outline, keeping earlier and current user text. */
export function reportNarrative(ew: EvaluatedWorkbook, choice: ReportChoice = {}): Narrative {
  if (!choice.outline && !choice.edits) return ew.narrative;
  const fresh = generateNarrative(ew.evaluation, choice.outline ?? ew.narrative.outline);
  const edits = Object.entries(choice.edits ?? {}).map(([id, text]) => ({ id, text }));
  return mergeNarrative([...(ew.previousReport ?? []), ...edits], fresh).narrative;
}
