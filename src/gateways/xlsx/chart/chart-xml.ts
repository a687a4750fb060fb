/**
 * The DrawingML chart part (xl/charts/chartN.xml) of a clustered column chart: one series whose
 * categories and values reference the sheet's own cells by formula, with the values cached so
 * the chart shows before any recalculation (ECMA-376 Part 1, §21.2).
 */
import { escapeText, escapeXml } from "./xml-text";

export interface ChartSeriesData {
  /** The sheet the series references. */
  readonly sheet: string;
  /** "$B$12:$B$20" */
  readonly categoriesRange: string;
  readonly categories: readonly string[];
  /** "$F$12:$F$20" */
  readonly valuesRange: string;
  /** null for an empty cell (shown as a gap). */
  readonly values: readonly (number | null)[];
  /** Number format of the cached values ("0.00%"). */
  readonly valuesFormat: string;
}

export interface ChartDescription {
  readonly title: string;
  readonly seriesName: string;
  /** Axis and data-label format ("0%"). */
  readonly numFmt: string;
  readonly data: ChartSeriesData;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;
/** 宋体 is on every Chinese Windows and WPS install; LibreOffice substitutes its own CJK font. */
const FONT = '<a:latin typeface="宋体"/><a:ea typeface="宋体"/>';

/** 'Sheet name'!$B$2:$B$9, the sheet quoted as formulas need. */
export function sheetRange(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}>${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}"${b}>${FONT}</a:rPr><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

export function chartXml(chart: ChartDescription): string {
  const d = chart.data;
  // A rate axis from 0 to 100%, unless a value lies outside it (then the spreadsheet scales it).
  const inUnit = d.values.every((v) => v === null || (v >= 0 && v <= 1));
  const scaling = `<c:scaling><c:orientation val="minMax"/>${inUnit ? '<c:max val="1"/><c:min val="0"/>' : ""}</c:scaling>`;
  const fmt = escapeXml(chart.numFmt);
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeText(chart.seriesName)}</c:v></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    `<c:dLbls><c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${escapeText(sheetRange(d.sheet, d.categoriesRange))}</c:f>${strCache(d.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(sheetRange(d.sheet, d.valuesRange))}</c:f>${numCache(d.values, d.valuesFormat)}</c:numRef></c:val></c:ser>`;
  const axes =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:title>${richText(chart.title, 1400, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>${axes}</c:plotArea>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    "</c:chartSpace>"
  );
}
