/**
 * Writes charts into a saved .xlsx package, since exceljs writes none (and drops those it
 * reads, so every save draws them anew from the plan's chart steps). Per sheet: chart parts
 * (xl/charts/chartN.xml), one drawing part holding their anchors (a new one, or the one exceljs
 * wrote for pictures), the relationships between them, the sheet's <drawing> element and the
 * content types. Part numbers start above any exceljs used.
 */
import JSZip from "jszip";
import { REL_NS, chartXml } from "./chart-xml";
import { appendAnchors, chartAnchorXml, drawingXml, maxObjectId } from "./drawing-xml";
import type { SheetCharts } from "./resolve";
import { relsPath, resolveTarget } from "../opc-paths";
import { unescapeXml } from "../../../model/xml-escape";
import { addOverride, addRelationship } from "../package-text";

const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/**
 * Worksheet children that come after <drawing> in the schema (CT_Worksheet): the element goes
 * before the first of these the sheet has, else at the end.
 */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

interface Rel {
  id: string;
  type: string;
  target: string;
}

function readRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({ id: attr(m[0], "Id") ?? "", type: attr(m[0], "Type") ?? "", target: attr(m[0], "Target") ?? "" }));
}

function nextRelId(rels: Rel[]): string {
  return `rId${Math.max(0, ...rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1}`;
}

function nextPartNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  for (const path of Object.keys(zip.files)) {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** The worksheet part of each sheet name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wb = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = readRels(await text(zip, "xl/_rels/workbook.xml.rels"));
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    const rel = rels.find((r) => r.id === rid);
    if (name !== undefined && rel) out.set(name.toLowerCase(), resolveTarget("xl/workbook.xml", rel.target));
  }
  return out;
}

/**
 * Inserts `element` into the worksheet XML where the schema wants <drawing>: before the first
 * child of <worksheet> that must follow it, else last. Only the root's own children count (a
 * conditional format's rule may hold an <extLst> of its own).
 */
export function insertDrawingElement(sheetXml: string, element: string): string {
  let depth = 0;
  let at = -1;
  // Attribute values may hold a raw ">", so tags are matched attribute by attribute.
  for (const m of sheetXml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g)) {
    const [, closing, qname, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) at = m.index; // </worksheet>
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.includes(qname.replace(/^[\w.-]+:/, ""))) {
      at = m.index;
      break;
    }
    if (!selfClosing) depth++;
  }
  if (at < 0) throw new Error("The worksheet part has no <worksheet> element.");
  return `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`;
}

/** The r: prefix our <drawing> element uses, declared on the root if the sheet does not. */
function withRelNamespace(sheetXml: string): string {
  return sheetXml.replace(/<(?:[\w.-]+:)?worksheet\b[^>]*>/, (tag) => (/\sxmlns:r=/.test(tag) ? tag : tag.replace(/>$/, ` xmlns:r="${REL_NS}">`)));
}

/** Adds every sheet's charts to the open package. Sheets that are not in it are skipped. */
/** `knownParts`: each sheet's worksheet part by lower-case name, when the workbook is not xl/workbook.xml. */
export async function writeChartParts(zip: JSZip, sheets: SheetCharts[], knownParts?: Map<string, string>): Promise<void> {
  const todo = sheets.filter((s) => s.charts.length);
  if (!todo.length) return;
  const parts = knownParts ?? (await sheetParts(zip));
  let types = (await text(zip, "[Content_Types].xml")) ?? "";
  let chartNo = nextPartNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = nextPartNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  for (const { sheet, charts } of todo) {
    const sheetPart = parts.get(sheet.toLowerCase());
    const sheetXml = sheetPart ? await text(zip, sheetPart) : undefined;
    if (!sheetPart || sheetXml === undefined) continue;
    let sheetRelsXml = await text(zip, relsPath(sheetPart));
    const sheetRels = readRels(sheetRelsXml);

    // The sheet's drawing: the one already there (exceljs's pictures), else a new part.
    const drawingEl = /<(?:[\w.-]+:)?drawing\b[^>]*>/.exec(sheetXml);
    const existingRel = drawingEl ? sheetRels.find((r) => r.id === attr(drawingEl[0], "r:id")) : undefined;
    let drawingPart: string;
    let drawingXmlText: string | undefined;
    if (existingRel) {
      drawingPart = resolveTarget(sheetPart, existingRel.target);
      drawingXmlText = await text(zip, drawingPart);
    } else {
      drawingPart = `xl/drawings/drawing${drawingNo++}.xml`;
      const rId = nextRelId(sheetRels);
      sheetRelsXml = addRelationship(sheetRelsXml, sheetPart, rId, REL_TYPE.drawing, drawingPart);
      zip.file(relsPath(sheetPart), sheetRelsXml);
      // In the namespace of the root, whatever prefix it goes by (Excel and exceljs use none).
      const prefix = /<([\w.-]+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
      zip.file(sheetPart, insertDrawingElement(withRelNamespace(sheetXml), `<${prefix}drawing r:id="${rId}"/>`));
      types = addOverride(types, drawingPart, CONTENT_TYPE.drawing);
    }

    let drawingRelsXml = await text(zip, relsPath(drawingPart));
    const drawingRels = readRels(drawingRelsXml);
    let objectId = drawingXmlText ? maxObjectId(drawingXmlText) : 1;
    const anchors: string[] = [];
    for (const chart of charts) {
      const chartPart = `xl/charts/chart${chartNo++}.xml`;
      zip.file(chartPart, chartXml(chart));
      types = addOverride(types, chartPart, CONTENT_TYPE.chart);
      const rId = nextRelId(drawingRels);
      const rel = { id: rId, type: REL_TYPE.chart, target: `../charts/${chartPart.split("/").pop()}` };
      drawingRels.push(rel);
      drawingRelsXml = addRelationship(drawingRelsXml, drawingPart, rId, REL_TYPE.chart, chartPart);
      anchors.push(chartAnchorXml(chart, ++objectId, rId));
    }
    zip.file(relsPath(drawingPart), drawingRelsXml!);
    zip.file(drawingPart, drawingXmlText ? appendAnchors(drawingXmlText, anchors) : drawingXml(anchors));
  }
  zip.file("[Content_Types].xml", types);
}

/** The package with the charts added (the bytes unchanged when there are none). */
export async function addCharts(bytes: Uint8Array, sheets: SheetCharts[]): Promise<Uint8Array> {
  if (!sheets.some((s) => s.charts.length)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await writeChartParts(zip, sheets);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
