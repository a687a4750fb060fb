/** Native charts for files written outside Excel, as OOXML parts (no I/O: strings in, strings out). */
export { chartXml, sheetRange, type ChartDescription, type ChartSeriesData } from "./chart-xml";
export { drawingXml, type CellCorner } from "./drawing-xml";
export { addRelationship, withOverrides, withDrawing, sheetPartsByName, relsPathOf, REL_TYPE, CONTENT_TYPE } from "./package-xml";
export { chartParts, type SheetChart, type PartReader } from "./chart-parts";
export { plannedSheetChart } from "./planned-chart";
