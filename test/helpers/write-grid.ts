/** Writes in-memory grids to a real .xlsx (values and merges), to test through the file gateway. */
import * as ExcelJS from "exceljs";
import type { Grid } from "../../src/core/grid/grid";
import { isErrorValue } from "../../src/core/grid/grid";

export async function writeGrids(file: string, grids: readonly Grid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name);
    grid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.value === null || isErrorValue(cell.value)) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value;
        if (cell.numFmt) target.numFmt = cell.numFmt;
        if (typeof cell.value === "string" && cell.value.includes("\n")) target.alignment = { wrapText: true };
      }),
    );
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}
