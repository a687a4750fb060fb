/**
 * All the parts one chart adds to or changes in an .xlsx package, as text: the chart, the
 * drawing that anchors it, their relationships, the sheet's <drawing> element and the content
 * types. Pure: the package's current text parts in, the parts to write out.
 */
import { chartXml, type ChartDescription } from "./chart-xml";
import { drawingXml, type CellCorner } from "./drawing-xml";
import { addRelationship, CONTENT_TYPE, REL_TYPE, relsPathOf, sheetPartsByName, withDrawing, withOverrides } from "./package-xml";

export interface SheetChart {
  readonly sheet: string;
  readonly chart: ChartDescription;
  readonly anchor: { readonly from: CellCorner; readonly to: CellCorner };
}

/** The text parts the chart parts depend on, by path (absent parts undefined). */
export type PartReader = (path: string) => string | undefined;

/** The first free "xl/charts/chartN.xml" style number among the package's paths. */
function nextNumber(paths: readonly string[], pattern: RegExp): number {
  let n = 1;
  const taken = new Set(paths.map((p) => pattern.exec(p)?.[1]).filter(Boolean).map(Number));
  while (taken.has(n)) n++;
  return n;
}

export function chartParts(paths: readonly string[], read: PartReader, charts: readonly SheetChart[]): Map<string, string> {
  const out = new Map<string, string>();
  const current = (p: string) => out.get(p) ?? read(p);
  const sheets = sheetPartsByName(current("xl/workbook.xml") ?? "", current("xl/_rels/workbook.xml.rels") ?? "");
  const overrides: { partName: string; contentType: string }[] = [];
  for (const c of charts) {
    const sheetPart = sheets.get(c.sheet);
    if (!sheetPart) throw new Error(`no worksheet named ${c.sheet}`);
    const all = [...paths, ...out.keys()];
    const chartPath = `xl/charts/chart${nextNumber(all, /^xl\/charts\/chart(\d+)\.xml$/)}.xml`;
    const drawingPath = `xl/drawings/drawing${nextNumber(all, /^xl\/drawings\/drawing(\d+)\.xml$/)}.xml`;
    out.set(chartPath, chartXml(c.chart));
    const drawingRels = addRelationship(undefined, REL_TYPE.chart, `../charts/${chartPath.split("/").pop()}`);
    out.set(relsPathOf(drawingPath), drawingRels.xml);
    out.set(drawingPath, drawingXml(c.anchor, drawingRels.id, `图表 ${charts.indexOf(c) + 1}`, c.chart.title));
    const sheetRels = addRelationship(current(relsPathOf(sheetPart)), REL_TYPE.drawing, `../drawings/${drawingPath.split("/").pop()}`);
    out.set(relsPathOf(sheetPart), sheetRels.xml);
    out.set(sheetPart, withDrawing(current(sheetPart) ?? "", sheetRels.id));
    overrides.push({ partName: `/${chartPath}`, contentType: CONTENT_TYPE.chart }, { partName: `/${drawingPath}`, contentType: CONTENT_TYPE.drawing });
  }
  out.set("[Content_Types].xml", withOverrides(current("[Content_Types].xml") ?? "", overrides));
  return out;
}
