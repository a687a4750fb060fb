/**
 * Checks a whole plan against the workbook as just read, before anything is queued: a bad plan
 * leaves the workbook untouched: the core's rules (core/plan/validate.ts) plus sheet protection.
 */
import { WorkbookError } from "../../core/errors";
import type { WritePlan } from "../../core/plan/plan";
import { validatePlan as validateWholePlan } from "../../core/plan/validate";
import type { WorkbookSnapshot } from "./read-sheets";

export function validatePlan(plan: WritePlan, snapshot: WorkbookSnapshot): void {
  validateWholePlan(plan, snapshot.grids.sheets.map((g) => g.name));
  // What only Excel has: protected sheets cannot take marks or formulas.
  const targets = [...plan.marks.map((m) => m.sheet), ...(plan.edits ?? []).map((e) => e.sheet)];
  for (const sheet of targets) {
    if (snapshot.protectedSheets.has(sheet)) {
      throw new WorkbookError("工作表受保护，无法修改。请在“审阅”选项卡中撤消工作表保护后再试。", { sheet });
    }
  }
}
