/** Native charts for files written outside Excel, as OOXML parts, attached through the package layer. */
export { chartXml, sheetRange, type ChartDescription, type ChartSeriesData } from "./chart-xml";
export { drawingXml, type CellCorner } from "./drawing-xml";
export { withDrawing, REL_TYPE, CONTENT_TYPE } from "./package-xml";
export { plannedSheetChart, type SheetChart } from "./planned-chart";
export { attachChart } from "./attach-chart";
