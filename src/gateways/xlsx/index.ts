/** The file gateway: .xlsx bytes in, Grids out; a WritePlan in, .xlsx bytes out (ExcelJS). */
export { detectFileKind, type FileKind } from "./file-kind";
export { loadWorkbook, type LoadedWorkbook } from "./read-workbook";
export { worksheetToGrid } from "./sheet-to-grid";
export { applyPlan } from "./apply-plan";
export { STYLES, type CellLook } from "./styles";
export { workbookToBuffer, writeWorkbookAtomically, writeBytesAtomically } from "./write-file";
export { insertPlannedCharts } from "./insert-charts";
