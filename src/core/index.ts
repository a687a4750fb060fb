/**
 * The engine's public entry points. Pure: grids in, evaluation, JSON and write plan out.
 * The Excel add-in, the browser page and the command line all go through here.
 */
import type { WorkbookGrids } from "./grid/grid";
import { evaluate, type EvaluateOptions } from "./evaluate";
import type { Evaluation } from "./evaluation";
import { buildWorkbookFormulaPlan, buildWorkbookMarkPlan, buildWorkbookPlan, type FormulaDialect, type PlanOptions, type WorkbookPlanOptions, type WritePlan } from "./plan";
import { readWorkbookTables } from "./reader";
import { WorkbookError } from "./errors";
import { toEvaluationJson, type EvaluationJson } from "./result-json";
import { generateNarrative, narrativeText, OUTLINES, PROJECT_OUTLINE, type Narrative } from "./narrative";
import { unplacedTexts, type UnplacedText } from "./narrative/carry-over";
import { mergeNarrative, type MergeReport, type PreviousParagraph } from "./narrative/merge";
import { findOwnSheets, type OwnSheets } from "./plan/own-sheets";
import { readPreviousReport, reportParagraphs } from "./reader/previous-report";
import type { MoneyUnit } from "./values/units";

/** One table of a workbook, evaluated: a department's table or one project's, with its report. */
export interface EvaluatedTable {
  readonly evaluation: Evaluation;
  readonly json: EvaluationJson;
  /** Its report, keeping what the user wrote in the report sheet this tool wrote for it earlier. */
  readonly narrative: Narrative;
  /** That earlier report's paragraphs, for regenerating. */
  readonly previousReport?: readonly PreviousParagraph[];
  /** Text the user wrote for sections the outline lacks (kept, listed, put back on switching back). */
  readonly unplaced: readonly UnplacedText[];
  /** When an earlier report was found: what was kept from it and what changed. */
  readonly refresh?: MergeReport & { readonly previousSheet: string };
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
  /** The 自评汇总 and 自评报告 (and 项目自评汇总, 项目自评报告) this tool wrote earlier (updated in place by files). */
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

/** The report sheet written earlier for a table: the department's 自评报告, or the project's own. */
function earlierReport(grids: WorkbookGrids, e: Evaluation, own: OwnSheets, department: ReturnType<typeof readPreviousReport>) {
  if (e.input.kind === "department") return department;
  const name = e.input.project?.name?.value;
  const sheet = own.projects?.find((p) => p.report && (p.project ?? "") === (name ?? ""))?.report;
  const grid = sheet ? grids.sheets.find((g) => g.name === sheet) : undefined;
  return grid ? { sheet: grid.name, paragraphs: reportParagraphs(grid), outline: PROJECT_OUTLINE as string } : undefined;
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
  const ownSheets = findOwnSheets(grids);
  const departmentReport = readPreviousReport(grids);
  const tables: EvaluatedTable[] = evaluations.map((evaluation, i) => {
    const given = i === 0 ? options.narrative : undefined;
    // A table's report and JSON are worked out when first asked for: the pane shows one table of
    // a workbook of fifty projects at a time; the command line asks for them all.
    const report = once(() => {
      const previous = given ? undefined : earlierReport(grids, evaluation, ownSheets, departmentReport);
      // Regenerating keeps the outline the earlier report was written in, unless another is asked for.
      const earlierOutline = OUTLINES.find((o) => o === previous?.outline);
      let narrative = given ?? generateNarrative(evaluation, { outline: options.outline ?? earlierOutline, unit: options.unit });
      let refresh: EvaluatedTable["refresh"];
      if (previous) {
        // Switching the outline rewords paragraphs; only what the data changed is reported as such.
        const switched = earlierOutline && earlierOutline !== narrative.outline ? { outline: earlierOutline, narrative: generateNarrative(evaluation, { outline: earlierOutline, unit: options.unit }) } : undefined;
        const merged = mergeNarrative(previous.paragraphs, narrative, switched);
        narrative = merged.narrative;
        refresh = { ...merged.report, previousSheet: previous.sheet };
      }
      const unplaced = previous ? unplacedTexts(evaluation, narrative, previous.paragraphs) : [];
      return { narrative, refresh, unplaced, previousReport: previous?.paragraphs };
    });
    const json = once(() => toEvaluationJson(evaluation, { outline: report().narrative.outline, text: narrativeText(report().narrative) }));
    return {
      evaluation,
      get json() {
        return json();
      },
      get narrative() {
        return report().narrative;
      },
      get previousReport() {
        return report().previousReport;
      },
      get unplaced() {
        return report().unplaced;
      },
      get refresh() {
        return report().refresh;
      },
    };
  });
  const first = tables[0];
  // The write plan (every table's sheets) is worked out when first asked for: reading a workbook
  // of fifty project tables in the pane does not pay for a hundred sheets it may never write.
  const plan = once(() => buildWorkbookPlan(tables, { ...options, replace: options.replaceOwnSheets ? ownSheets : undefined }));
  const json = once(() => (tables.length > 1 ? { ...first.json, tables: tables.map((t) => t.json) } : first.json));
  return {
    evaluation: first.evaluation,
    tables,
    narrative: first.narrative,
    get refresh() {
      return first.refresh;
    },
    get previousReport() {
      return first.previousReport;
    },
    ownSheets,
    get unplaced() {
      return first.unplaced;
    },
    get plan() {
      return plan();
    },
    get json() {
      return json();
    },
  };
}

/** A value worked out on first use and kept. */
function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

export { evaluate } from "./evaluate";
export { readWorkbook, readWorkbookTables } from "./reader";
export { buildWritePlan, buildFormulaPlan, buildMarkPlan, markedCellCounts, buildWorkbookPlan } from "./plan";
export type { FormulaDialect, PlannedEdit, TablePlan, WorkbookPlanOptions } from "./plan";
export { toStandardFormula } from "./jx/translate";
export { callJx } from "./jx/call";
export { JX_FUNCTIONS } from "./jx/catalog";
export { buildTemplatePlan } from "./plan/template";
export { buildProjectTemplatePlan } from "./plan/project-template";
export { toEvaluationJson } from "./result-json";
export type { EvaluationJson } from "./result-json";
export { WorkbookError } from "./errors";
export { FRAMEWORKS, frameworkById } from "./frameworks";
export type { Evaluation } from "./evaluation";
export type { WorkbookGrids, Grid, GridCell } from "./grid/grid";
export type { WritePlan } from "./plan";
export { generateNarrative, defaultOutline, narrativeText, paragraphText, paragraphOpening, paragraphSources, openItems, openItemsMessage, OUTLINES, PROJECT_OUTLINE, DEFAULT_REPORT_UNIT } from "./narrative";
export type { OpenItems } from "./narrative";
export type { UnplacedText } from "./narrative/carry-over";
export { errorCount, provisionalNote } from "./provisional";
export { formName } from "./project/form-name";
export type { MoneyUnit } from "./values/units";
export { findOwnSheets } from "./plan/own-sheets";
export type { OwnSheets, OwnProjectSheets } from "./plan/own-sheets";
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
  /** Paragraph id → the user's text (placeholders only; other ids are ignored), for `table`. */
  readonly edits?: Readonly<Record<string, string>>;
  /** Which table's report (an index into EvaluatedWorkbook.tables; default 0, the first). */
  readonly table?: number;
  /** The user's text for every table, by table index (生成汇总 writes each table's report); `edits` wins for `table`. */
  readonly tableEdits?: Readonly<Record<number, Readonly<Record<string, string>>>>;
}

/** The report for a choice, and the user's text that has no place in its outline. */
export interface ReportDraft {
  readonly narrative: Narrative;
  readonly unplaced: readonly UnplacedText[];
}

/** The user's text for one table of a choice. */
function editsFor(choice: ReportChoice, table: number): Readonly<Record<string, string>> | undefined {
  return table === (choice.table ?? 0) && choice.edits ? choice.edits : choice.tableEdits?.[table];
}

/**
 * The narrative for a choice: generated in the outline (a project table has its own), keeping
 * what the user wrote earlier in the workbook's report sheet and in the pane (the pane's text
 * wins), in the matching section of whichever outline is chosen.
 */
export function reportDraft(ew: EvaluatedWorkbook, choice: ReportChoice = {}): ReportDraft {
  const index = Math.min(Math.max(choice.table ?? 0, 0), ew.tables.length - 1);
  const t = ew.tables[index] ?? { evaluation: ew.evaluation, narrative: ew.narrative, previousReport: ew.previousReport, unplaced: ew.unplaced };
  const edits = editsFor(choice, index);
  if (!choice.outline && !edits && !choice.unit) return { narrative: t.narrative, unplaced: t.unplaced };
  const fresh = generateNarrative(t.evaluation, { outline: choice.outline ?? t.narrative.outline, unit: choice.unit ?? t.narrative.unit });
  const previous = [...(t.previousReport ?? []), ...Object.entries(edits ?? {}).map(([id, text]) => ({ id, text }))];
  const narrative = mergeNarrative(previous, fresh).narrative;
  return { narrative, unplaced: unplacedTexts(t.evaluation, narrative, previous) };
}

export function reportNarrative(ew: EvaluatedWorkbook, choice: ReportChoice = {}): Narrative {
  return reportDraft(ew, choice).narrative;
}

/** Every table's report for a choice (the Word report of the whole workbook, the sheets). */
export function reportDrafts(ew: EvaluatedWorkbook, choice: ReportChoice = {}): ReportDraft[] {
  return ew.tables.map((_, table) => reportDraft(ew, { ...choice, table, edits: editsFor(choice, table) }));
}

/**
 * 生成汇总 for a choice: the sheets of every table (the department's 自评汇总 and 自评报告, each
 * project's 项目自评汇总 and 项目自评报告), their reports as the pane shows them. No marks.
 */
export function workbookWritePlan(ew: EvaluatedWorkbook, choice: ReportChoice = {}, options: WorkbookPlanOptions = {}): WritePlan {
  const drafts = reportDrafts(ew, choice);
  return buildWorkbookPlan(
    ew.tables.map((t, i) => ({ evaluation: t.evaluation, narrative: drafts[i].narrative, unplaced: drafts[i].unplaced })),
    { ...options, marks: false, unit: options.unit ?? choice.unit },
  );
}

/** 写入公式 for every table of an evaluated workbook. */
export function workbookFormulaPlan(ew: EvaluatedWorkbook, dialect: FormulaDialect): WritePlan {
  return buildWorkbookFormulaPlan(ew.tables.map((t) => t.evaluation), dialect);
}

/** 标注扣分 for every table of an evaluated workbook. */
export function workbookMarkPlan(ew: EvaluatedWorkbook): WritePlan {
  return buildWorkbookMarkPlan(ew.tables.map((t) => t.evaluation));
}
