/**
 * The drawing part (xl/drawings/drawingN.xml) that places a chart on a worksheet: one
 * twoCellAnchor from a top-left cell to a bottom-right cell, so the chart moves and sizes with
 * the cells (ECMA-376 Part 1, §20.5).
 */
import { escapeXml } from "./xml-text";

export interface CellCorner {
  /** Zero-based. */
  readonly row: number;
  readonly col: number;
}

const corner = (tag: "from" | "to", c: CellCorner) =>
  `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

export function drawingXml(anchor: { from: CellCorner; to: CellCorner }, chartRelId: string, name: string, description: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor>${corner("from", anchor.from)}${corner("to", anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}" descr="${escapeXml(description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(chartRelId)}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}
