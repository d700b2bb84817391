/**
 * SpreadsheetDrawingML (xl/drawings/drawingN.xml): one two-cell anchor per chart, from its
 * top-left cell to the cell just past its bottom-right corner, holding a graphic frame that
 * points at the chart part through the drawing's relationships.
 */
import { CHART_NS, DRAWINGML_NS, REL_NS } from "./chart-xml";
import { escapeXml } from "../../../model/xml-escape";
import type { ResolvedChart } from "./resolve";

export const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** `id` is the drawing object id (unique in the drawing), `rId` the drawing's relationship to the chart. */
export function chartAnchorXml(chart: ResolvedChart, id: number, rId: string): string {
  const a = chart.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.row, a.col)}${marker("to", a.row + Math.max(1, a.rows), a.col + Math.max(1, a.cols))}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${rId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(anchors: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}">${anchors.join("")}</xdr:wsDr>`;
}

/** Appends anchors to a drawing part exceljs wrote (pictures), keeping its namespace prefixes working. */
export function appendAnchors(existing: string, anchors: string[]): string {
  let xml = existing;
  const root = /<([A-Za-z][\w.-]*:)?wsDr\b[^>]*>/.exec(xml);
  if (!root) return drawingXml(anchors);
  // Our anchors use the xdr: and a: prefixes; declare them on the root if the part does not.
  let tag = root[0];
  if (!/\bxmlns:xdr=/.test(tag)) tag = tag.replace(/\s*\/?>$/, (end) => ` xmlns:xdr="${SHEET_DRAWING_NS}"${end}`);
  if (!/\bxmlns:a=/.test(tag)) tag = tag.replace(/\s*\/?>$/, (end) => ` xmlns:a="${DRAWINGML_NS}"${end}`);
  if (tag.endsWith("/>")) {
    const name = `${root[1] ?? ""}wsDr`;
    return xml.replace(root[0], `${tag.slice(0, -2)}>${anchors.join("")}</${name}>`);
  }
  xml = xml.replace(root[0], tag);
  const close = `</${root[1] ?? ""}wsDr>`;
  const at = xml.lastIndexOf(close);
  return `${xml.slice(0, at)}${anchors.join("")}${xml.slice(at)}`;
}

/** The largest drawing object id (cNvPr id) a drawing part uses. */
export function maxObjectId(xml: string): number {
  return Math.max(1, ...[...xml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])));
}
