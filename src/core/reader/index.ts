/**
 * Grid in → evaluation input out. A workbook holds one department table (部门整体支出) and/or
 * any number of project tables (项目支出, one per sheet); each becomes one EvaluationInput.
 */
import { WorkbookError } from "../errors";
import type { FieldKey } from "../fields";
import type { WorkbookGrids } from "../grid/grid";
import type { EvaluationInput, FieldValue, ReaderNote } from "../input";
import { readBasicData, type BasicRead } from "./basic-data";
import { findBasicSheet, findScoringSheets, preferVisible, twoTablesError, type ScoringSheet } from "./find-sheets";
import { readScoringTable, type ScoringRead } from "./scoring-table";

export { isOwnOutputSheet } from "./find-sheets";

/**
 * Every table of the workbook: the department table first, then the project tables in sheet
 * order. Throws WorkbookError when there is none, or two department tables.
 */
export function readWorkbookTables(workbook: WorkbookGrids, file?: string): EvaluationInput[] {
  const sheets = findScoringSheets(workbook);
  // A sheet whose table has no rows (an empty project form beside filled ones) is left out; alone,
  // it is the error.
  const reads: { sheet: ScoringSheet; read: ScoringRead }[] = [];
  let firstError: WorkbookError | undefined;
  for (const sheet of sheets) {
    try {
      reads.push({ sheet, read: readScoringTable(sheet) });
    } catch (e) {
      if (!(e instanceof WorkbookError)) throw e;
      firstError = firstError ?? e;
    }
  }
  if (reads.length === 0) throw firstError!;
  const { kept, notes } = preferVisible(reads);
  const departments = kept.filter((r) => r.read.kind === "department");
  if (departments.length > 1) throw twoTablesError(departments.map((d) => d.sheet));
  const projects = kept.filter((r) => r.read.kind === "project");
  const tables = [...departments, ...projects];
  return tables.map((t, i) => toInput(workbook, t.sheet, t.read, t.read.kind === "department", i === 0 ? notes : [], file));
}

/** The workbook's first table (the department table, if there is one). */
export function readWorkbook(workbook: WorkbookGrids, file?: string): EvaluationInput {
  return readWorkbookTables(workbook, file)[0];
}

function toInput(workbook: WorkbookGrids, sheet: ScoringSheet, scoring: ScoringRead, withBasic: boolean, notes: ReaderNote[], file?: string): EvaluationInput {
  // The 基础数据表 is the department's; a project's figures are in its own funds block.
  const basicGrid = withBasic ? findBasicSheet(workbook, sheet.grid.name) : undefined;
  const basic = basicGrid ? readBasicData(basicGrid) : undefined;
  const deptText = basic?.texts.get("dept_name");
  const dateText = basic?.texts.get("report_date");
  const yearField = basic?.fields.get("year");
  // The 基础数据表 is the department's own data; a funds block on the 评分表 fills what it lacks.
  const fields = new Map<FieldKey, FieldValue>(scoring.fields.map((f) => [f.key, f]));
  for (const [key, value] of basic?.fields ?? []) fields.set(key, value);
  fields.delete("year");
  const reported = basic?.reportedRates ?? [];
  const reportedRates = [...reported, ...scoring.reportedRates.filter((r) => !reported.some((b) => b.rate === r.rate))];

  return {
    file,
    kind: scoring.kind,
    project: scoring.project,
    department: deptText ? { value: deptText.value, cell: deptText.cell } : scoring.department,
    year: yearField ? { value: yearField.value.toNumber(), cell: yearField.source.cell } : scoring.year,
    reportDate: dateText ? { value: dateText.value, cell: dateText.cell } : undefined,
    unit: basic?.unit ?? mostCommonUnit(basic) ?? scoring.fundsUnit ?? "元",
    fields,
    blankFields: basic?.blanks,
    lists: basic?.lists ?? new Map(),
    reportedRates,
    tree: scoring.tree,
    bonus: scoring.bonus,
    statedTotal: scoring.statedTotal,
    statedGrade: scoring.statedGrade,
    problems: [...scoring.problems, ...(basic?.problems ?? [])],
    notes: [...(sheet.notes ?? []), ...notes, ...scoring.notes],
    scoring: scoring.layout,
    basicSheet: basicGrid?.name,
    basicLayout: basic?.layout,
    sheetNames: workbook.sheets.map((s) => s.name),
  };
}

/** Without a "金额单位" line, the unit most amounts were written in. */
function mostCommonUnit(basic: BasicRead | undefined) {
  if (!basic) return undefined;
  const counts = new Map<string, number>();
  for (const f of basic.fields.values()) if (f.source.unit) counts.set(f.source.unit, (counts.get(f.source.unit) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [u, c] of counts) if (c > n) [best, n] = [u, c];
  return best as EvaluationInput["unit"] | undefined;
}
