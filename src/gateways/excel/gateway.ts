/**
 * The Excel gateway: grids in, write plans out, through Office.js with a fixed number of
 * context.sync() calls per action whatever the workbook's size:
 *
 *   readGrids   2  (sheet list; every sheet's contents)
 *   update      3  (sheet list; contents; all writes: new sheets, edits, marks)
 *   applyPlan   3  (the same as update, with a plan made in advance)
 *   clearMarks  2  (sheet list; restores), 0 when nothing is recorded
 *   selectCell  1
 *   workbookBytes / openWorkbookCopy: none (document API, Excel.createWorkbook)
 *
 * It never deletes or renames a sheet and never overwrites a non-empty cell. It decides
 * nothing: plans come from src/core.
 */
import { WorkbookError } from "../../core/errors";
import { splitCellRef } from "../../core/grid/address";
import type { WorkbookGrids } from "../../core/grid/grid";
import type { WritePlan } from "../../core/plan/plan";
import { toBase64, workbookBytes } from "./file-bytes";
import type { OfficeHost } from "./host";
import { loadMarkRecord, recordSize, saveMarkRecord, type MarkRecord } from "./mark-store";
import { queueMarks, queueRestore } from "./marks";
import { queueSheetContents, queueSheetList, toSnapshot } from "./read-sheets";
import { requireExcelApi, runAction } from "./run-action";
import { queueEdits } from "./write-edits";
import { queueNewSheet } from "./write-sheet";
import { validatePlan } from "./validate-plan";

/** Excel.createWorkbook. */
const CREATE_WORKBOOK_API = "1.8";

export type GatewayStep = "read" | "plan" | "write" | "save";

export interface ApplyReport {
  readonly sheetsAdded: readonly string[];
  /** Planned edits written into empty cells. */
  readonly cellsWritten: number;
  /** Planned edits skipped because the cell was no longer empty. */
  readonly cellsSkipped: number;
  readonly cellsMarked: number;
  /** False when the original formats could not be saved in the document's settings. */
  readonly marksRecorded: boolean;
}

export interface UpdateOutcome {
  readonly grids: WorkbookGrids;
  readonly plan: WritePlan;
  readonly report: ApplyReport;
}

export interface UpdateOptions {
  /** The plan's marks replace all earlier ones, even when it has none (标注扣分). */
  readonly replaceMarks?: boolean;
  readonly onStep?: (step: GatewayStep) => void;
}

export interface ClearReport {
  /** Cells whose recorded fill and borders were put back. */
  readonly restored: number;
  /** Recorded cells on sheets that no longer exist under their name (kept for later). */
  readonly missing: number;
}

export interface ExcelGateway {
  readGrids(onStep?: (step: GatewayStep) => void): Promise<WorkbookGrids>;
  /** Reads, plans from what was read, and writes, in one Excel.run (one undo step). */
  update(planFor: (grids: WorkbookGrids) => WritePlan, options?: UpdateOptions): Promise<UpdateOutcome>;
  applyPlan(plan: WritePlan): Promise<ApplyReport>;
  clearMarks(): Promise<ClearReport>;
  /** True when marks made by this add-in are recorded in the workbook. */
  hasMarks(): boolean;
  /** "评分表!H5" or "'附件2 自评评分表'!H5": activates the sheet and selects the cell. */
  selectCell(ref: string): Promise<void>;
  /** The workbook as .xlsx bytes (for 转为普通公式). */
  workbookBytes(): Promise<Uint8Array>;
  /** Opens .xlsx bytes as a new workbook; the current one is left alone. */
  openWorkbookCopy(bytes: Uint8Array): Promise<void>;
}

export function createExcelGateway(host: OfficeHost): ExcelGateway {
  return {
    readGrids: async (onStep) => {
      requireExcelApi(host);
      return runAction(host, async (context) => {
        onStep?.("read");
        const sheets = queueSheetList(context);
        await context.sync();
        const queued = queueSheetContents(sheets);
        await context.sync();
        return toSnapshot(queued).grids;
      });
    },

    update: (planFor, options = {}) => update(host, planFor, options),

    applyPlan: async (plan) => (await update(host, () => plan, {})).report,

    clearMarks: async () => {
      const record = loadMarkRecord(host.settings);
      const total = recordSize(record);
      if (total === 0) return { restored: 0, missing: 0 };
      requireExcelApi(host);
      const existing = await runAction(host, async (context) => {
        const sheets = queueSheetList(context);
        await context.sync();
        const names = new Set(sheets.items.map((ws) => ws.name));
        const app = context.workbook.application;
        app.suspendScreenUpdatingUntilNextSync();
        app.suspendApiCalculationUntilNextSync();
        queueRestore(sheets, record, names);
        await context.sync();
        return names;
      });
      // Cells on sheets deleted or renamed since stay recorded, in case the name comes back.
      const kept: MarkRecord = new Map([...record].filter(([sheet]) => !existing.has(sheet)));
      await saveMarkRecord(host.settings, kept);
      const missing = recordSize(kept);
      return { restored: total - missing, missing };
    },

    hasMarks: () => recordSize(loadMarkRecord(host.settings)) > 0,

    selectCell: (ref) =>
      runAction(host, async (context) => {
        const { sheet, address } = splitCellRef(ref);
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    workbookBytes: () => workbookBytes(host),

    openWorkbookCopy: async (bytes) => {
      if (!host.isSetSupported("ExcelApi", CREATE_WORKBOOK_API)) {
        throw new WorkbookError("此版本的 Excel 不能从加载项新建工作簿，请升级 Excel，或改用浏览器版页面转换文件。");
      }
      await host.createWorkbook(toBase64(bytes));
    },
  };
}

async function update(host: OfficeHost, planFor: (grids: WorkbookGrids) => WritePlan, options: UpdateOptions): Promise<UpdateOutcome> {
  requireExcelApi(host);
  const { onStep, replaceMarks = false } = options;
  const previous = loadMarkRecord(host.settings);
  const outcome = await runAction(host, async (context) => {
    onStep?.("read");
    const sheets = queueSheetList(context);
    await context.sync();
    const queued = queueSheetContents(sheets);
    await context.sync();
    const snapshot = toSnapshot(queued);
    const grids = snapshot.grids;

    onStep?.("plan");
    // A plan that throws (a WorkbookError from the core) ends the action before any write.
    const plan = planFor(grids);
    validatePlan(plan, snapshot);

    onStep?.("write");
    const app = context.workbook.application;
    app.suspendScreenUpdatingUntilNextSync();
    // Suspending API calculation would leave newly written formulas uncalculated until the
    // next recalculation, so it is only done for batches that write no formulas.
    if (!writesFormulas(plan)) app.suspendApiCalculationUntilNextSync();
    // Marks first: their reads of the current formats must precede every write of the batch.
    const marks =
      plan.marks.length > 0 || (replaceMarks && recordSize(previous) > 0)
        ? queueMarks(sheets, plan.marks, grids.sheets, previous)
        : undefined;
    const added = plan.sheets.map((planned) => queueNewSheet(sheets, planned));
    const edits = queueEdits(sheets, plan.edits ?? [], grids.sheets);
    if (added.length > 0) added[0].activate();
    await context.sync();
    return { grids, plan, marks, edits };
  });

  let marksRecorded = true;
  if (outcome.marks) {
    onStep?.("save");
    marksRecorded = await saveMarkRecord(host.settings, outcome.marks.finish()).then(
      () => true,
      () => false,
    );
  }
  const { grids, plan, marks, edits } = outcome;
  return {
    grids,
    plan,
    report: {
      sheetsAdded: plan.sheets.map((s) => s.name),
      cellsWritten: edits.written,
      cellsSkipped: edits.skipped,
      cellsMarked: marks?.cellsMarked ?? 0,
      marksRecorded,
    },
  };
}

function writesFormulas(plan: WritePlan): boolean {
  const planned = [...plan.sheets.flatMap((s) => s.cells), ...(plan.edits ?? []).flatMap((e) => e.cells)];
  return planned.some((c) => c.formula !== undefined || c.link !== undefined);
}
