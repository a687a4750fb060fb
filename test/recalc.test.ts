/**
 * Every formula written into 自评汇总 is recalculated by a second engine (LibreOffice headless,
 * forced recalculation) and must equal the engine's own value.
 */
import * as ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { evaluateWorkbook } from "../src/core";
import { applyPlan, loadWorkbook, workbookToBuffer } from "../src/gateways/xlsx";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";

const FIXTURES = path.join(__dirname, "fixtures");
const files = ["standard/miit-2020-printed.xlsx", "standard/haizhu-2023-printed.xlsx", "messy/miit-2020-corrected.xlsx", "standard/edz-2023.xlsx"]
  .map((f) => path.join(FIXTURES, f))
  .filter(existsSync);
const available = libreOfficeAvailable();
if (!available) console.warn("LibreOffice (libreoffice) is not installed: the recalculation test is skipped. .ci/run installs it.");

(available ? describe : describe.skip)("LibreOffice recalculates 自评汇总 to the engine's values", () => {
  test.each(files.map((f) => [path.relative(FIXTURES, f), f]))("%s", async (_name, file) => {
    const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
    const { plan } = evaluateWorkbook(loaded.grids, path.basename(file));
    applyPlan(loaded.workbook, plan);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "perfeval-recalc-")), "written.xlsx");
    writeFileSync(out, await workbookToBuffer(loaded.workbook));

    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(convert(out, "xlsx"));
    let compared = 0;
    for (const sheet of plan.sheets) {
      const ws = recalculated.getWorksheet(sheet.name)!;
      expect(ws).toBeDefined();
      for (const cell of sheet.cells) {
        if (!cell.formula) continue;
        const got = ws.getCell(cell.row + 1, cell.col + 1).value as { result?: unknown } | number | string;
        // ExcelJS reads a cached <v>0</v> as "no result" (a falsy check); LibreOffice always
        // writes a value after recalculating, so a formula object without result means 0.
        const value = typeof got === "object" && got !== null && "formula" in got ? (got.result ?? 0) : got;
        const where = `${sheet.name}!${ws.getCell(cell.row + 1, cell.col + 1).address} = ${cell.formula}`;
        if (typeof cell.result === "number") {
          expect({ where, value: typeof value === "number" ? +value.toFixed(9) : value }).toEqual({ where, value: +cell.result.toFixed(9) });
        } else {
          expect({ where, value }).toEqual({ where, value: cell.result });
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
