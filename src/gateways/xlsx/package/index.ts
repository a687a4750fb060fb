/**
 * The package layer: an .xlsx as parts in, parts out, with one function per kind of edit.
 * The result workbook is the user's package plus the tool's additions; nothing else changes.
 * No file system here (the browser uses it too).
 */
export { readPackage, writePackage, clonePackage, findPart, hasPart, partBytes, partText, setPart, freePartName, type XlsxPackage } from "./package";
export { relationshipsOf, relationshipOfKind, addRelationship, type Relationship } from "./relationships";
export { addPart } from "./add-part";
export { contentTypeOf, addContentTypeOverride, addContentTypeDefault } from "./content-types";
export { workbookPart, workbookSheets, usesDate1904, appendWorksheet, replaceWorksheet, REL, type SheetEntry } from "./workbook";
export { removePart, removePartTree } from "./remove-part";
export { editCells, cellKey, type CellEdit } from "./sheet-cells";
export { StyleSheet } from "./styles";
export { appendSharedStrings } from "./shared-strings";
export { sheetMerges } from "./merges";
export { readingView, ISO_DATE_MARK, type ReadingView } from "./reading-view";
export { packageToTransitional, isStrictPackage } from "./strict";
export { relsPartOf, resolveTarget, relativeTarget } from "./part-names";
