/**
 * The file gateway: .xlsx bytes in, Grids and the input's package out; a WritePlan in, the
 * package plus the tool's additions out (package/: parts in, parts out).
 */
export { detectFileKind, type FileKind } from "./file-kind";
export { loadWorkbook, loadExcelJsWorkbook, type LoadedWorkbook } from "./read-workbook";
export { applyPlan, type ApplyReport } from "./apply-plan";
export { packageBytes, newWorkbookBytes } from "./result-bytes";
export { clonePackage, type XlsxPackage } from "./package";
export { STYLES, type CellLook } from "./styles";
export { writeBytesAtomically } from "./write-file";
