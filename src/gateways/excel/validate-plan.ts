/**
 * Checks a whole plan against the workbook as just read, before anything is queued: a bad plan
 * leaves the workbook untouched (the same rules as the file gateway).
 */
import { EngineUsageError, WorkbookError } from "../../core/errors";
import { parseA1 } from "../../core/grid/address";
import type { PlannedCell, PlannedSheet, WritePlan } from "../../core/plan/plan";
import type { WorkbookSnapshot } from "./read-sheets";

export function validatePlan(plan: WritePlan, snapshot: WorkbookSnapshot): void {
  const names = snapshot.grids.sheets.map((g) => g.name);
  // Excel compares sheet names without regard to case.
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (const sheet of plan.sheets) {
    checkSheetName(sheet.name);
    if (taken.has(sheet.name.toLowerCase())) {
      throw new EngineUsageError(`工作簿中已有名为“${sheet.name}”的工作表，不能覆盖。`);
    }
    taken.add(sheet.name.toLowerCase());
    for (const cell of sheet.cells) checkValue(sheet.name, cell);
    checkMerges(sheet);
  }
  const existing = new Set(names);
  const targets = [
    ...plan.marks.map((m) => ({ sheet: m.sheet, what: "标记" })),
    ...(plan.edits ?? []).map((e) => ({ sheet: e.sheet, what: "写入" })),
  ];
  for (const { sheet, what } of targets) {
    if (!existing.has(sheet)) throw new EngineUsageError(`要${what}的工作表“${sheet}”不存在。`);
    if (snapshot.protectedSheets.has(sheet)) {
      throw new WorkbookError("工作表受保护，无法修改。请在“审阅”选项卡中撤消工作表保护后再试。", { sheet });
    }
  }
  for (const mark of plan.marks) for (const address of mark.cells) parseA1(address);
  for (const edit of plan.edits ?? []) for (const cell of edit.cells) checkValue(edit.sheet, cell);
}

function checkSheetName(name: string): void {
  const bad = name.length === 0 || name.length > 31 || /[*?:/\\[\]]/.test(name) || /^'|'$/.test(name);
  if (bad || name === "History") throw new EngineUsageError(`工作表名称“${name}”不合法。`);
}

function checkValue(sheet: string, cell: PlannedCell): void {
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
    throw new EngineUsageError(`工作表“${sheet}”第 ${cell.row + 1} 行第 ${cell.col + 1} 列的数值无效：${cell.value}`);
  }
}

function checkMerges(sheet: PlannedSheet): void {
  sheet.merges.forEach((a, i) => {
    for (const b of sheet.merges.slice(i + 1)) {
      if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) {
        throw new EngineUsageError(`工作表“${sheet.name}”的合并区域互相重叠。`);
      }
    }
  });
}
