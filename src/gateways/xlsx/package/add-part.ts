/**
 * Adding a part of the tool's own (a drawing, a chart, a picture) in one step: the bytes and the
 * content type. Link it with addRelationship from the part that uses it, e.g. for a native chart
 * on a sheet the tool added:
 *
 *   addPart(pkg, "xl/charts/chart1.xml", chartXml, CHART)        // application/vnd.openxmlformats-officedocument.drawingml.chart+xml
 *   addPart(pkg, "xl/drawings/drawing9.xml", drawingXml, DRAWING) // …drawing+xml, anchoring the chart
 *   const chartRel = addRelationship(pkg, "xl/drawings/drawing9.xml", `${REL}/chart`, "xl/charts/chart1.xml");
 *   const drawingRel = addRelationship(pkg, sheetPart, `${REL}/drawing`, "xl/drawings/drawing9.xml");
 *   // and <drawing r:id="{drawingRel}"/> in the sheet part (applyPlan reports each new sheet's part).
 */
import { addContentTypeOverride } from "./content-types";
import { hasPart, setPart, type XlsxPackage } from "./package";

export function addPart(pkg: XlsxPackage, name: string, data: Uint8Array | string, contentType: string): void {
  if (hasPart(pkg, name)) throw new Error(`part ${name} exists`);
  setPart(pkg, name, data);
  addContentTypeOverride(pkg, name, contentType);
}
