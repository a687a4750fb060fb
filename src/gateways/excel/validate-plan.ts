/**
 * Checks a whole plan against the workbook as just read, before anything is queued: a bad plan
 * leaves the workbook untouched: the core's rules (core/plan/validate.ts) plus sheet protection,
 * which only Excel knows, on every sheet the action would write, including sheets where earlier
 * marks are to be put back.
 */
import { WorkbookError } from "../../core/errors";
import type { WritePlan } from "../../core/plan/plan";
import { validatePlan as validateWholePlan } from "../../core/plan/validate";
import type { WorkbookSnapshot } from "./read-sheets";

export function validatePlan(plan: WritePlan, snapshot: WorkbookSnapshot, restoreSheets: Iterable<string> = []): void {
  validateWholePlan(plan, snapshot.grids.sheets.map((g) => g.name));
  const targets = [...plan.marks.map((m) => m.sheet), ...(plan.edits ?? []).map((e) => e.sheet)];
  for (const sheet of targets) {
    if (snapshot.protectedSheets.has(sheet)) {
      throw new WorkbookError("工作表受保护，无法修改。请在“审阅”选项卡中撤消工作表保护后再试。", { sheet });
    }
  }
  requireUnprotected(snapshot.protectedSheets, restoreSheets);
}

/** Restoring marks on a sheet protected since they were made: refuse before writing anything. */
export function requireUnprotected(protectedSheets: ReadonlySet<string>, restoreSheets: Iterable<string>): void {
  for (const sheet of restoreSheets) {
    if (protectedSheets.has(sheet)) {
      throw new WorkbookError("这张工作表在标注后被设置了保护，无法恢复其中单元格原来的格式；本次没有做任何改动。请在“审阅”选项卡中撤消工作表保护后再试。", { sheet });
    }
  }
}
