/**
 * The WPS gateway: grids in from the ET object model, write plans out, marks with the same
 * guarantees as the Excel gateway (same interface, ../excel/gateway.ts), so the task pane's
 * session and the core work unchanged. It decides nothing: plans come from src/core, which
 * cells may be written and how marks are recorded from the Excel gateway's shared helpers.
 *
 * The ET API is synchronous and unbatched: each property read or write is one call into WPS.
 * Every action reads and writes whole ranges and groups of cells, so the number of calls grows
 * with the number of sheets, distinct formats and marked groups, not with the number of rows
 * (test/wps-gateway.test.ts counts them at 100 and 2,000 rows).
 *
 * Everything that can refuse (plan rules, protected sheets, sheets restored since marking) is
 * checked before the first write, so a refused action changes nothing.
 */
import { WorkbookError } from "../../core/errors";
import { parseA1, splitCellRef } from "../../core/grid/address";
import type { WorkbookGrids } from "../../core/grid/grid";
import type { WritePlan } from "../../core/plan/plan";
import type { ApplyReport, ClearReport, ExcelGateway, GatewayStep, Planner, UpdateOptions, UpdateOutcome, WorkbookRead } from "../excel/gateway";
import type { HostCapabilities } from "../excel/capabilities";
import { markDecisions, recordAfter, type Restore } from "../excel/mark-decisions";
import { loadMarkRecord, recordSize, saveMarkRecord, type MarkRecord } from "../excel/mark-store";
import { markedCells } from "../excel/marks";
import type { PlainFormulaReport } from "../excel/plain-formulas";
import { requireUnprotected, validatePlan } from "../excel/validate-plan";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";
import type { WpsHost } from "./host";
import { applyMarks, currentLooks, lookOfMark, readLooks, restoreLooks, showsMark, type EtLook, type EtLooks } from "./marks";
import { plainFormulaEdits } from "./plain-copy";
import { readSnapshot, sheetList, type SheetEntry } from "./read-sheets";
import { addPlannedSheet } from "./write-sheet";
import { editWork, writeFormulaBlocks } from "./write-edits";

/** The record's name among the document's custom properties (mark-store.ts). */
export const WPS_MARKS_SETTING = "perfeval.marks.v1";

export interface WpsGateway extends Omit<ExcelGateway, "workbookBytes" | "openWorkbookCopy"> {
  /** 转为普通公式: a copy of the workbook, inside WPS, whose JX formulas are standard ones. */
  plainFormulaCopy(): Promise<PlainFormulaReport>;
}

type Record = MarkRecord<EtLook>;

export function createWpsGateway(host: WpsHost): WpsGateway {
  const { app } = host;
  const capabilities: HostCapabilities = { customFunctions: host.customFunctions, compressedFile: false, downloads: true };
  const load = (): Record => loadMarkRecord<EtLook>(host.settings, WPS_MARKS_SETTING);

  return {
    capabilities,

    read: async (onStep) => {
      onStep?.("read");
      const snapshot = readSnapshot(sheetList(workbook(app)));
      return { grids: snapshot.grids, unreadable: snapshot.unreadable };
    },

    update: (planFor, options = {}) => update(host, load, planFor, options),

    applyPlan: async (plan) => (await update(host, load, () => plan, { replaceMarks: plan.marks.length > 0 })).report,

    clearMarks: async (): Promise<ClearReport> => {
      const record = load();
      const total = recordSize(record);
      if (total === 0) return { restored: 0, changed: 0, missing: 0 };
      const sheets = sheetList(workbook(app));
      const byName = new Map(sheets.map((s) => [s.name, s]));
      const back = new Map<string, Restore<EtLook>[]>();
      let changed = 0;
      for (const [sheet, cells] of record) {
        const entry = byName.get(sheet);
        if (!entry) continue;
        const now = currentLooks(entry.ws, [...cells].map(([address, e]) => ({ ...parseA1(address), mark: e.mark })));
        for (const [address, e] of cells) {
          if (!showsMark(now.get(address), e.mark)) changed++;
          else if (back.has(sheet)) back.get(sheet)!.push({ ...parseA1(address), entry: e });
          else back.set(sheet, [{ ...parseA1(address), entry: e }]);
        }
      }
      requireUnprotected(new Set(sheets.filter((s) => s.protected).map((s) => s.name)), back.keys());
      const restored = [...back.values()].reduce((n, cells) => n + cells.length, 0);
      if (restored > 0) writing(app, () => back.forEach((cells, sheet) => restoreLooks(byName.get(sheet)!.ws, cells)));
      // The record stays: after an undo brings the marks back, 清除标注 can clear them again.
      return { restored, changed, missing: total - restored - changed };
    },

    hasMarks: () => recordSize(load()) > 0,

    selectCell: async (ref) => {
      const { sheet, address } = splitCellRef(ref);
      const entry = sheetList(workbook(app)).find((s) => s.name === sheet);
      if (!entry) throw new WorkbookError("找不到要跳转的工作表，工作簿可能刚被修改，请重新读取后再试。", { sheet, cell: address });
      if (entry.hidden) {
        throw new WorkbookError("单元格所在的工作表已隐藏，无法跳转。请先右键点击工作表标签，选择“取消隐藏”，再点击此处。", { sheet, cell: address });
      }
      entry.ws.Activate();
      entry.ws.Range(address).Select();
    },

    plainFormulaCopy: async () => {
      // Formulas and values are all it needs: no formats, no merged areas.
      const snapshot = readSnapshot(sheetList(workbook(app)), { contentsOnly: true });
      const { edits, report } = plainFormulaEdits(snapshot.grids);
      if (report.formulas + report.values === 0) return report;
      workbook(app).Sheets.Copy();
      const copy = sheetList(workbook(app));
      writing(app, () => {
        for (const edit of edits) {
          writeFormulaBlocks(copy.find((s) => s.name === edit.sheet)!.ws, edit.cells);
        }
      });
      return report;
    },
  };
}

function workbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new WorkbookError("WPS 中没有打开的工作簿。请先打开自评工作簿，再点击此处。");
  return wb;
}

/** Screen updating off while writing, back on afterwards whatever happens; WPS errors in Chinese. */
function writing<T>(app: EtApplication, work: () => T): T {
  app.ScreenUpdating = false;
  try {
    return work();
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw Object.assign(new WorkbookError(`WPS 拒绝了写入（${e instanceof Error ? e.message : String(e)}）。工作表可能受保护或正在编辑单元格，请按 Enter 或 Esc 结束编辑、取消保护后再试。`), { cause: e });
  } finally {
    app.ScreenUpdating = true;
  }
}

async function update(host: WpsHost, load: () => Record, planFor: Planner, options: UpdateOptions): Promise<UpdateOutcome> {
  const { app } = host;
  const { onStep, replaceMarks = false } = options;
  onStep?.("read");
  const sheets = sheetList(workbook(app));
  const snapshot = readSnapshot(sheets);
  const grids: WorkbookGrids = snapshot.grids;
  const byName = new Map(sheets.map((s) => [s.name, s]));

  onStep?.("plan");
  // A plan that throws (a WorkbookError from the core) ends the action before any write.
  const plan: WritePlan = planFor(grids, snapshot.unreadable);
  // The record is read only by actions that mark (it lives in document properties: calls).
  const previous: Record = plan.marks.length > 0 || replaceMarks ? load() : new Map();
  const handlesMarks = plan.marks.length > 0 || (replaceMarks && recordSize(previous) > 0);
  const existing = new Set(grids.sheets.map((g) => g.name));

  let marks: { cells: number; record(): Record; restores: Map<string, Restore<EtLook>[]>; targets: ReturnType<typeof markedCells>; capture: () => Map<string, EtLooks> } | undefined;
  if (handlesMarks) {
    const now = new Map<string, EtLooks>();
    for (const [sheet, cells] of previous) {
      const entry = byName.get(sheet);
      if (entry && existing.has(sheet)) now.set(sheet, currentLooks(entry.ws, [...cells].map(([address, e]) => ({ ...parseA1(address), mark: e.mark }))));
    }
    const still = (sheet: string, address: string) => {
      const entry = previous.get(sheet)?.get(address);
      return entry && showsMark(now.get(sheet)?.get(address), entry.mark) ? entry : undefined;
    };
    const targets = markedCells(plan.marks, grids.sheets);
    const { restores, capture } = markDecisions(targets, previous, existing, still);
    let captured = new Map<string, EtLooks>();
    marks = {
      cells: [...targets.values()].reduce((n, m) => n + m.size, 0),
      restores,
      targets,
      capture: () => (captured = new Map([...capture].map(([sheet, cells]) => [sheet, readLooks(byName.get(sheet)!.ws, cells)]))),
      record: () => recordAfter(targets, previous, existing, still, (sheet, address) => captured.get(sheet)?.get(address), lookOfMark),
    };
  }
  validatePlan(plan, snapshot, marks?.restores.keys());
  const edits = editWork(plan.edits ?? [], grids.sheets);

  onStep?.("write");
  // Originals are read before anything is written.
  marks?.capture();
  writing(app, () => {
    const wb = workbook(app);
    if (marks) {
      marks.restores.forEach((cells, sheet) => restoreLooks(byName.get(sheet)!.ws, cells));
      marks.targets.forEach((cells, sheet) => applyMarks(byName.get(sheet)!.ws, [...cells.values()]));
    }
    let first: EtWorksheet | undefined;
    for (const planned of plan.sheets) {
      const ws = addPlannedSheet(app, wb.Sheets, planned);
      first ??= ws;
    }
    edits.apply((name) => byName.get(name)!.ws);
    first?.Activate();
  });

  let marksRecorded = true;
  if (marks) {
    onStep?.("save");
    marksRecorded = await saveMarkRecord(host.settings, marks.record(), WPS_MARKS_SETTING).then(
      () => true,
      () => false,
    );
  }
  const report: ApplyReport = {
    sheetsAdded: plan.sheets.map((s) => s.name),
    cellsWritten: edits.written,
    cellsSkipped: edits.skipped,
    cellsMarked: marks?.cells ?? 0,
    marksRecorded,
  };
  return { grids, unreadable: snapshot.unreadable, plan, report };
}

export type { WorkbookRead, GatewayStep, SheetEntry };
