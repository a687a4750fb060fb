/**
 * 写入公式 on a project table: each indicator's JX.INDICATOR_SCORE passes the table's own sign
 * cell, whichever way the sign is typed (≥ or the input methods' ≧), so the formula scores as the
 * engine does.
 */
import { evaluateWorkbook } from "..";
import { sichuanProject } from "../../../test/helpers/published-layouts";
import type { Grid } from "../grid/grid";
import { buildProjectFormulaPlan } from "./project-formula-plan";

function formulas(g: Grid): string[] {
  const e = evaluateWorkbook({ sheets: [g] }).tables[0].evaluation;
  return (buildProjectFormulaPlan(e, "jx")?.cells ?? []).map((c) => c.formula ?? "").filter((f) => f.startsWith("JX.INDICATOR_SCORE("));
}

/** The Sichuan table with its 工资发放及时率 sign (E12) typed as `sign`. */
function withSign(sign: string): Grid {
  const rows = sichuanProject.rows.map((row, r) => (r === 11 && row ? row.map((c, col) => (col === 4 ? { ...c, value: sign } : c)) : row));
  return { ...sichuanProject, rows };
}

test.each(["≥", "≧", "＞="])("the sign cell %s is passed to INDICATOR_SCORE", (sign) => {
  expect(formulas(withSign(sign))).toContain("JX.INDICATOR_SCORE(Sheet1!F12,Sheet1!H12,Sheet1!I12,Sheet1!E12,Sheet1!G12)");
});

test("percent cells are compared exactly: 33.3% against 30% gets the standard formula, not a fixed value", () => {
  const rows = sichuanProject.rows.map((row, r) =>
    r === 11 && row ? row.map((c, col) => (col === 5 ? { value: 0.333, numFmt: "0.0%" } : col === 7 ? { value: 0.3, numFmt: "0.0%" } : c)) : row,
  );
  const e = evaluateWorkbook({ sheets: [{ ...sichuanProject, rows }] }).tables[0].evaluation;
  const cell = (buildProjectFormulaPlan(e, "standard")?.cells ?? []).find((c) => c.row === 11 && c.formula !== undefined && c.col > 10);
  expect(cell?.formula).toMatch(/^IF\(Sheet1!H12>=Sheet1!F12,/);
});
