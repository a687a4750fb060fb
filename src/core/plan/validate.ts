/**
 * The one check every gateway runs on a whole plan before writing anything, so a bad plan
 * leaves the workbook untouched: Excel's rules for sheet names, no name taken (compared without
 * case, as Excel does), no overlapping merges, finite numbers, targets that exist, A1 addresses.
 * A failure is a bug in the planner, not the user's data: EngineUsageError.
 */
import { EngineUsageError } from "../errors";
import { parseA1 } from "../grid/address";
import type { PlannedCell, PlannedSheet, WritePlan } from "./plan";

export function validatePlan(plan: WritePlan, sheetNames: readonly string[]): void {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  for (const sheet of plan.sheets) {
    checkSheetName(sheet.name);
    const exists = taken.has(sheet.name.toLowerCase());
    if (exists && !sheet.replaces) throw new EngineUsageError(`工作簿中已有名为“${sheet.name}”的工作表，不能覆盖。`);
    if (!exists && sheet.replaces) throw new EngineUsageError(`要更新的工作表“${sheet.name}”不存在。`);
    taken.add(sheet.name.toLowerCase());
    for (const cell of [...sheet.cells]) checkValue(sheet.name, cell);
    checkMerges(sheet);
  }
  const existing = new Set(sheetNames);
  for (const edit of plan.edits ?? []) {
    if (!existing.has(edit.sheet)) throw new EngineUsageError(`要写入公式的工作表“${edit.sheet}”不存在。`);
    for (const cell of edit.cells) checkValue(edit.sheet, cell);
  }
  for (const mark of plan.marks) {
    if (!existing.has(mark.sheet)) throw new EngineUsageError(`要标记的工作表“${mark.sheet}”不存在。`);
    for (const address of mark.cells) parseA1(address); // throws on a malformed address
  }
}

/** Excel's rules; ExcelJS would silently cut a long name to 31 characters, so refuse instead. */
function checkSheetName(name: string): void {
  const bad = name.length === 0 || name.length > 31 || /[*?:/\\[\]]/.test(name) || /^'|'$/.test(name);
  if (bad || name === "History") throw new EngineUsageError(`工作表名称“${name}”不合法。`);
}

function checkValue(sheet: string, cell: PlannedCell): void {
  for (const v of [cell.value, cell.result]) {
    if (typeof v === "number" && !Number.isFinite(v)) {
      throw new EngineUsageError(`工作表“${sheet}”第 ${cell.row + 1} 行第 ${cell.col + 1} 列的数值无效：${v}`);
    }
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
