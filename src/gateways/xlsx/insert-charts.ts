/**
 * The charts of a write plan into a written .xlsx: ExcelJS cannot write charts, so after it
 * writes the workbook this post-pass adds each planned chart's parts (src/gateways/xlsx/chart)
 * with JSZip. One function on purpose: it moves onto the package layer as it is.
 */
import JSZip from "jszip";
import type { PlannedSheet } from "../../core/plan/plan";
import { chartParts, plannedSheetChart, type SheetChart } from "./chart";

export async function insertPlannedCharts(xlsx: Uint8Array, sheets: readonly PlannedSheet[]): Promise<Uint8Array> {
  const charts = sheets.map(plannedSheetChart).filter((c): c is SheetChart => c !== undefined);
  if (!charts.length) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const needed = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
  for (const p of paths) if (/^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/.test(p)) needed.add(p);
  const text = new Map<string, string>();
  for (const p of needed) {
    const file = zip.file(p);
    if (file) text.set(p, await file.async("string"));
  }
  for (const [path, xml] of chartParts(paths, (p) => text.get(p), charts)) zip.file(path, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
