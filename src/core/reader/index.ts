/** Grid in → evaluation input out: the whole reader behind one function. */
import type { FieldKey } from "../fields";
import type { WorkbookGrids } from "../grid/grid";
import type { EvaluationInput, FieldValue } from "../input";
import { readBasicData, type BasicRead } from "./basic-data";
import { findBasicSheet, findScoringSheet } from "./find-sheets";
import { readScoringTable } from "./scoring-table";

export { findScoringSheet, isOwnOutputSheet } from "./find-sheets";

export function readWorkbook(workbook: WorkbookGrids, file?: string): EvaluationInput {
  const scoringSheet = findScoringSheet(workbook);
  const scoring = readScoringTable(scoringSheet);
  const basicGrid = findBasicSheet(workbook, scoringSheet.grid.name);
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
    lists: basic?.lists ?? new Map(),
    reportedRates,
    tree: scoring.tree,
    bonus: scoring.bonus,
    statedTotal: scoring.statedTotal,
    statedGrade: scoring.statedGrade,
    problems: [...scoring.problems, ...(basic?.problems ?? [])],
    notes: scoringSheet.notes ?? [],
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
