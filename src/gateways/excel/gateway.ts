/**
 * The Excel gateway: grids in, write plans out, through Office.js with a number of
 * context.sync() calls that is fixed for a normal workbook and grows only with its size
 * (batches of at most PAYLOAD_BUDGET each way, never one sync per cell):
 *
 *   read        3  (sheet list; used-range sizes; contents and merged areas)
 *   update      4  (the read; all writes: new sheets, edits, marks, earlier marks put back)
 *   applyPlan   4  (the same, with a plan made in advance)
 *   clearMarks  3  (sheet list; the recorded cells as they look now; restores), 0 with no record
 *   selectCell  2  (the sheet's visibility; activate and select)
 *   workbookBytes / openWorkbookCopy: none (document API, Excel.createWorkbook)
 *
 * It never deletes or renames a sheet and never overwrites a non-empty cell. It decides
 * nothing: plans come from src/core.
 */
import { WorkbookError } from "../../core/errors";
import { parseA1, splitCellRef } from "../../core/grid/address";
import type { WorkbookGrids } from "../../core/grid/grid";
import type { WritePlan } from "../../core/plan/plan";
import { runSteps, type Step } from "./batches";
import { capabilitiesOf, type HostCapabilities } from "./capabilities";
import { workbookBytes } from "./file-bytes";
import type { OfficeHost } from "./host";
import { loadMarkRecord, recordSize, saveMarkRecord, type MarkRecord } from "./mark-store";
import { lookReads, markWork, partsOf, restoreSteps, showsMark, type LooksBySheet, type LookTarget, type RecordedCell, type SheetOf } from "./marks";
import { queueSheetList, readSnapshot, type UnreadableSheet } from "./read-sheets";
import { requireExcelApi, runAction } from "./run-action";
import { editSteps } from "./write-edits";
import { newSheetSteps } from "./write-sheet";
import { requireUnprotected, validatePlan } from "./validate-plan";

/** Excel.createWorkbook. */
const CREATE_WORKBOOK_API = "1.8";

export type GatewayStep = "read" | "plan" | "write" | "save";

/** The workbook as read: grids of every sheet Excel gave, and the sheets it would not. */
export interface WorkbookRead {
  readonly grids: WorkbookGrids;
  readonly unreadable: readonly UnreadableSheet[];
}

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

export interface UpdateOutcome extends WorkbookRead {
  readonly plan: WritePlan;
  readonly report: ApplyReport;
}

export type Planner = (grids: WorkbookGrids, unreadable: readonly UnreadableSheet[]) => WritePlan;

export interface UpdateOptions {
  /** The plan's marks replace all earlier ones, even when it has none (标注扣分). */
  readonly replaceMarks?: boolean;
  readonly onStep?: (step: GatewayStep) => void;
}

export interface ClearReport {
  /** Cells whose recorded fill and borders were put back. */
  readonly restored: number;
  /** Recorded cells that no longer show their mark (changed since, or the mark was undone): left as they are. */
  readonly changed: number;
  /** Recorded cells on sheets that no longer exist under their name (kept for later). */
  readonly missing: number;
}

export interface ExcelGateway {
  /** What this Excel supports (custom functions, file bytes, downloads). */
  readonly capabilities: HostCapabilities;
  read(onStep?: (step: GatewayStep) => void): Promise<WorkbookRead>;
  /**
   * Reads, plans from what was read, and writes, in one Excel.run (one undo step). The planner
   * also hears which sheets could not be read.
   */
  update(planFor: Planner, options?: UpdateOptions): Promise<UpdateOutcome>;
  applyPlan(plan: WritePlan): Promise<ApplyReport>;
  clearMarks(): Promise<ClearReport>;
  /** True when marks made by this add-in are recorded in the workbook. */
  hasMarks(): boolean;
  /** "评分表!H5" or "'附件2 自评评分表'!H5": activates the sheet and selects the cell. */
  selectCell(ref: string): Promise<void>;
  /** The workbook as .xlsx bytes (for 转为普通公式). */
  workbookBytes(): Promise<Uint8Array>;
  /** Opens a workbook (.xlsx in base64) in a new window; the current one is left alone. */
  openWorkbookCopy(base64: string): Promise<void>;
}

export function createExcelGateway(host: OfficeHost): ExcelGateway {
  return {
    capabilities: capabilitiesOf(host),

    read: async (onStep) => {
      requireExcelApi(host);
      return runAction(host, async (context) => {
        onStep?.("read");
        const sheets = queueSheetList(context);
        await context.sync();
        const snapshot = await readSnapshot(context, host, sheets);
        return { grids: snapshot.grids, unreadable: snapshot.unreadable };
      });
    },

    update: (planFor, options = {}) => update(host, planFor, options),

    applyPlan: async (plan) => (await update(host, () => plan, { replaceMarks: plan.marks.length > 0 })).report,

    clearMarks: async () => {
      const record = loadMarkRecord(host.settings);
      const total = recordSize(record);
      if (total === 0) return { restored: 0, changed: 0, missing: 0 };
      requireExcelApi(host);
      return runAction(host, async (context) => {
        const sheets = queueSheetList(context);
        await context.sync();
        const existing = new Set(sheets.items.map((ws) => ws.name));
        const protectedSheets = new Set(sheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name));
        const sheetOf = byName(sheets);
        const reads = lookReads(sheetOf, recordedPositions(record, existing));
        await runSteps(context, reads.steps);
        const now = reads.looks();
        const back = new Map<string, RecordedCell[]>();
        let changed = 0;
        for (const [sheet, cells] of record) {
          if (!existing.has(sheet)) continue;
          for (const [address, entry] of cells) {
            if (!showsMark(now.get(sheet)?.get(address), entry.mark)) changed++;
            else if (back.has(sheet)) back.get(sheet)!.push({ ...parseA1(address), entry });
            else back.set(sheet, [{ ...parseA1(address), entry }]);
          }
        }
        requireUnprotected(protectedSheets, back.keys());
        const restored = [...back.values()].reduce((n, cells) => n + cells.length, 0);
        if (restored > 0) await runSteps(context, [...suspendSteps(context, false), ...restoreSteps(sheetOf, back)]);
        // The record stays: after a Ctrl+Z brings the marks back, 清除标注 can clear them again.
        return { restored, changed, missing: total - restored - changed };
      });
    },

    hasMarks: () => recordSize(loadMarkRecord(host.settings)) > 0,

    selectCell: async (ref) => {
      const { sheet, address } = splitCellRef(ref);
      await runAction(host, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.load("visibility");
        await context.sync();
        if (ws.visibility !== "Visible") {
          throw new WorkbookError("单元格所在的工作表已隐藏，无法跳转。请先右键点击工作表标签，选择“取消隐藏”，再点击此处。", { sheet, cell: address });
        }
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },

    workbookBytes: () => workbookBytes(host),

    openWorkbookCopy: async (base64) => {
      if (!host.isSetSupported("ExcelApi", CREATE_WORKBOOK_API)) {
        throw new WorkbookError("此版本的 Excel 不能从加载项新建工作簿，请升级 Excel，或改用浏览器版页面转换文件。");
      }
      await host.createWorkbook(base64);
    },
  };
}

async function update(host: OfficeHost, planFor: Planner, options: UpdateOptions): Promise<UpdateOutcome> {
  requireExcelApi(host);
  const { onStep, replaceMarks = false } = options;
  const previous = loadMarkRecord(host.settings);
  const outcome = await runAction(host, async (context) => {
    onStep?.("read");
    const sheets = queueSheetList(context);
    await context.sync();
    const sheetOf = byName(sheets);
    const recorded = recordedPositions(previous, new Set(sheets.items.map((ws) => ws.name)));
    // 标注扣分 needs to know what the recorded cells show now: read with the contents.
    let looks = replaceMarks && recorded.size > 0 ? lookReads(sheetOf, recorded) : undefined;
    const snapshot = await readSnapshot(context, host, sheets, looks?.steps ?? []);
    const grids = snapshot.grids;

    onStep?.("plan");
    // A plan that throws (a WorkbookError from the core) ends the action before any write.
    const plan = planFor(grids, snapshot.unreadable);
    const handlesMarks = plan.marks.length > 0 || (replaceMarks && recordSize(previous) > 0);
    if (handlesMarks && !looks && recorded.size > 0) {
      looks = lookReads(sheetOf, recorded);
      await runSteps(context, looks.steps);
    }
    const current: LooksBySheet = looks?.looks() ?? new Map();
    const marks = handlesMarks ? markWork(sheetOf, plan.marks, grids.sheets, previous, current) : undefined;
    validatePlan(plan, snapshot, marks?.restoreSheets);

    onStep?.("write");
    const added = plan.sheets.map((planned) => newSheetSteps(sheets, planned));
    const edits = editSteps(sheets, plan.edits ?? [], grids.sheets);
    const steps: Step[] = [
      // Suspending API calculation would leave newly written formulas uncalculated until the
      // next recalculation, so it is only done for batches that write no formulas.
      ...suspendSteps(context, writesFormulas(plan)),
      // Marks first: their reads of the current looks must precede every write.
      ...(marks?.steps ?? []),
      ...added.flatMap((a) => a.steps),
      ...edits.steps,
    ];
    if (added.length > 0) steps.push({ request: 0, response: 0, queue: () => added[0].sheet().activate() });
    await runSteps(context, steps);
    return { grids, unreadable: snapshot.unreadable, plan, marks, edits };
  });

  let marksRecorded = true;
  if (outcome.marks) {
    onStep?.("save");
    marksRecorded = await saveMarkRecord(host.settings, outcome.marks.finish()).then(
      () => true,
      () => false,
    );
  }
  const { grids, unreadable, plan, marks, edits } = outcome;
  return {
    grids,
    unreadable,
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

/** Screen updating (and, without formulas, API calculation) suspended for the first write batch. */
function suspendSteps(context: Excel.RequestContext, keepCalculating: boolean): Step[] {
  return [
    {
      request: 0,
      response: 0,
      queue: () => {
        const app = context.workbook.application;
        app.suspendScreenUpdatingUntilNextSync();
        if (!keepCalculating) app.suspendApiCalculationUntilNextSync();
      },
    },
  ];
}

/** Worksheet proxies by name from the synced list (a sheet not in it is never asked for). */
function byName(sheets: Excel.WorksheetCollection): SheetOf {
  const map = new Map(sheets.items.map((ws) => [ws.name, ws]));
  return (name) => map.get(name)!;
}

/** Recorded cells on sheets that still exist, with the parts their marks changed. */
function recordedPositions(record: MarkRecord, existing: ReadonlySet<string>): Map<string, LookTarget[]> {
  const out = new Map<string, LookTarget[]>();
  for (const [sheet, cells] of record) {
    if (existing.has(sheet) && cells.size > 0) out.set(sheet, [...cells].map(([address, entry]) => ({ ...parseA1(address), parts: partsOf(entry.mark) })));
  }
  return out;
}

function writesFormulas(plan: WritePlan): boolean {
  const planned = [...plan.sheets.flatMap((s) => s.cells), ...(plan.edits ?? []).flatMap((e) => e.cells)];
  return planned.some((c) => c.formula !== undefined || c.link !== undefined);
}
