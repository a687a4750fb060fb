/**
 * A planned chart onto a sheet of the package, through the package layer: the chart part, the
 * drawing that anchors it, their relationships and content types, and the sheet's <drawing>.
 */
import { addPart, addRelationship, freePartName, partText, setPart, type XlsxPackage } from "../package";
import { chartXml } from "./chart-xml";
import { drawingXml } from "./drawing-xml";
import { CONTENT_TYPE, REL_TYPE, withDrawing } from "./package-xml";
import type { SheetChart } from "./planned-chart";

/** Adds `chart` to the worksheet part `sheetPart` (a sheet without a drawing: one the tool added). */
export function attachChart(pkg: XlsxPackage, sheetPart: string, chart: SheetChart, index = 1): void {
  const chartPart = freePartName(pkg, (n) => `xl/charts/chart${n}.xml`);
  addPart(pkg, chartPart, chartXml(chart.chart), CONTENT_TYPE.chart);
  const drawingPart = freePartName(pkg, (n) => `xl/drawings/drawing${n}.xml`);
  const chartRel = addRelationship(pkg, drawingPart, REL_TYPE.chart, chartPart);
  addPart(pkg, drawingPart, drawingXml(chart.anchor, chartRel, `图表 ${index}`, chart.chart.title), CONTENT_TYPE.drawing);
  const drawingRel = addRelationship(pkg, sheetPart, REL_TYPE.drawing, drawingPart);
  setPart(pkg, sheetPart, withDrawing(partText(pkg, sheetPart) ?? "", drawingRel));
}
