/**
 * The engine's public entry points. Pure: grids in, evaluation, JSON and write plan out.
 * The Excel add-in, the browser page and the command line all go through here.
 */
import type { WorkbookGrids } from "./grid/grid";
import { evaluate, type EvaluateOptions } from "./evaluate";
import type { Evaluation } from "./evaluation";
import { buildMarkPlan, buildWritePlan, type PlanOptions, type WritePlan } from "./plan";
import { readWorkbookTables } from "./reader";
import { WorkbookError } from "./errors";
import { toEvaluationJson, type EvaluationJson } from "./result-json";
import { generateNarrative, narrativeText, OUTLINES, type Narrative } from "./narrative";
import { unplacedTexts, type UnplacedText } from "./narrative/carry-over";
import { mergeNarrative, type MergeReport, type PreviousParagraph } from "./narrative/merge";
import { findOwnSheets, type OwnSheets } from "./plan/own-sheets";
import { readPreviousReport } from "./reader/previous-report";
import type { MoneyUnit } from "./values/units";

/** One table of a workbook, evaluated: a department's table or one project's. */
export interface EvaluatedTable {
  readonly evaluation: Evaluation;
  readonly json: EvaluationJson;
}

/**
 * A workbook evaluated. `evaluation`, `narrative` and `json` are its first table's (the
 * department table when there is one); `tables` lists every table, the first included; `json`
 * carries the others under `tables` when there are several.
 */
export interface EvaluatedWorkbook {
  readonly evaluation: Evaluation;
  readonly tables: readonly EvaluatedTable[];
  readonly narrative: Narrative;
  /** When an earlier 自评报告 was found: what was kept from it and what changed. */
  readonly refresh?: MergeReport & { readonly previousSheet: string };
  /** That earlier report's paragraphs, for regenerating in another outline. */
  readonly previousReport?: readonly PreviousParagraph[];
  /** The 自评汇总 and 自评报告 this tool wrote into the workbook earlier (updated in place by files). */
  readonly ownSheets: OwnSheets;
  /** Text the user wrote for sections the outline lacks (kept, listed, put back on switching back). */
  readonly unplaced: readonly UnplacedText[];
  readonly plan: WritePlan;
  readonly json: EvaluationJson;
}

/** Reads, evaluates and plans one workbook. Throws WorkbookError when it cannot be used. */
export interface WorkbookOptions extends EvaluateOptions, PlanOptions {
  /** Update the 自评汇总 and 自评报告 written earlier in place (files); Excel adds new ones. */
  readonly replaceOwnSheets?: boolean;
}

export function evaluateWorkbook(grids: WorkbookGrids, file?: string, options: WorkbookOptions = {}): EvaluatedWorkbook {
  let inputs;
  try {
    inputs = readWorkbookTables(grids, file);
  } catch (e) {
    // Every front door names the file the same way.
    throw e instanceof WorkbookError && file ? e.inFile(file) : e;
  }
  const evaluations = inputs.map((input) => evaluate(input, options));
  const evaluation = evaluations[0];
  const previous = options.narrative ? undefined : readPreviousReport(grids);
  // Regenerating keeps the outline the earlier report was written in, unless another is asked for.
  const earlierOutline = OUTLINES.find((o) => o === previous?.outline);
  let narrative = options.narrative ?? generateNarrative(evaluation, { outline: options.outline ?? earlierOutline, unit: options.unit });
  let refresh: EvaluatedWorkbook["refresh"];
  if (previous) {
    const merged = mergeNarrative(previous.paragraphs, narrative);
    narrative = merged.narrative;
    refresh = { ...merged.report, previousSheet: previous.sheet };
  }
  const unplaced = previous ? unplacedTexts(evaluation, narrative, previous.paragraphs) : [];
  const ownSheets = findOwnSheets(grids);
  const json = toEvaluationJson(evaluation, { outline: narrative.outline, text: narrativeText(narrative) });
  const tables: EvaluatedTable[] = evaluations.map((e, i) => ({ evaluation: e, json: i === 0 ? json : toEvaluationJson(e) }));
  const plan = buildWritePlan(evaluation, { ...options, narrative, unplaced, replace: options.replaceOwnSheets ? ownSheets : undefined });
  return {
    evaluation,
    tables,
    narrative,
    refresh,
    previousReport: previous?.paragraphs,
    ownSheets,
    unplaced,
    // Every table's deductions and checks are marked on its own sheet.
    plan: { ...plan, marks: options.marks === false ? [] : evaluations.flatMap((e, i) => (i === 0 ? plan.marks : buildMarkPlan(e).marks)) },
    json: tables.length > 1 ? { ...json, tables: tables.map((t) => t.json) } : json,
  };
}

export { evaluate } from "./evaluate";
export { readWorkbook, readWorkbookTables } from "./reader";
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
export { generateNarrative, defaultOutline, narrativeText, paragraphText, paragraphOpening, paragraphSources, openItems, openItemsMessage, OUTLINES, DEFAULT_REPORT_UNIT } from "./narrative";
export type { OpenItems } from "./narrative";
export type { UnplacedText } from "./narrative/carry-over";
export { errorCount, provisionalNote } from "./provisional";
export type { MoneyUnit } from "./values/units";
export { findOwnSheets } from "./plan/own-sheets";
export type { OwnSheets } from "./plan/own-sheets";
export type { Narrative, Paragraph, Span, Outline } from "./narrative";
import type { Outline } from "./narrative";
export { reportTables } from "./narrative/tables";
export type { ReportTable } from "./narrative/tables";
export { mergeNarrative, textHash, userTextFor, sameSectionIds } from "./narrative/merge";
export type { MergeReport } from "./narrative/merge";

/** What the user chose for the report in the task pane: an outline, a unit and text for placeholders. */
export interface ReportChoice {
  readonly outline?: Outline;
  /** The unit of amounts (default: as generated, 万元). */
  readonly unit?: MoneyUnit;
  /** Paragraph id → the user's text (placeholders only; other ids are ignored). */
  readonly edits?: Readonly<Record<string, string>>;
}

/** The report for a choice, and the user's text that has no place in its outline. */
export interface ReportDraft {
  readonly narrative: Narrative;
  readonly unplaced: readonly UnplacedText[];
}

/**
 * The narrative for a choice: generated in the outline, keeping what the user wrote earlier in
 * the workbook's 自评报告 and in the pane (the pane's text wins), in the matching section of
 * whichever outline is chosen.
 */
export function reportDraft(ew: EvaluatedWorkbook, choice: ReportChoice = {}): ReportDraft {
  if (!choice.outline && !choice.edits && !choice.unit) return { narrative: ew.narrative, unplaced: ew.unplaced };
  const fresh = generateNarrative(ew.evaluation, { outline: choice.outline ?? ew.narrative.outline, unit: choice.unit ?? ew.narrative.unit });
  const previous = [...(ew.previousReport ?? []), ...Object.entries(choice.edits ?? {}).map(([id, text]) => ({ id, text }))];
  const narrative = mergeNarrative(previous, fresh).narrative;
  return { narrative, unplaced: unplacedTexts(ew.evaluation, narrative, previous) };
}

export function reportNarrative(ew: EvaluatedWorkbook, choice: ReportChoice = {}): Narrative {
  return reportDraft(ew, choice).narrative;
}
