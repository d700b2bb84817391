/**
 * Takes the plan's own charts (by their object names, e.g. chtBudgetByGoal) out of a plan sheet's
 * drawing before they are drawn anew; the user's charts and pictures in that drawing stay.
 */
import type JSZip from "jszip";
import { relsPath, resolveTarget } from "../opc-paths";
import { attrOf, childElements, findSection, rootPrefix } from "../xml-text";
import { removeOverride } from "../package-text";

export interface PlanChartIds {
  names: string[];
  /** Titles tell the plan's charts when a program renamed their objects (openpyxl names them "Chart 1"...). */
  titles: string[];
}

/** The text of a chart part's own title (its runs joined). */
function chartTitle(chartXml: string): string | undefined {
  const title = /<(?:[\w.-]+:)?title>([\s\S]*?)<\/(?:[\w.-]+:)?title>/.exec(chartXml)?.[1];
  return title === undefined ? undefined : [...title.matchAll(/<(?:[\w.-]+:)?t>([^<]*)<\/(?:[\w.-]+:)?t>/g)].map((m) => m[1]).join("");
}

export async function removePlanCharts(zip: JSZip, sheetPart: string, ids: PlanChartIds, types: string): Promise<string> {
  const sheetXml = await zip.file(sheetPart)?.async("string");
  const drawingEl = sheetXml ? /<(?:[\w.-]+:)?drawing\b[^>]*>/.exec(sheetXml)?.[0] : undefined;
  if (!drawingEl) return types;
  const rid = /\s[\w.-]+:id="([^"]*)"/.exec(drawingEl)?.[1];
  const sheetRels = (await zip.file(relsPath(sheetPart))?.async("string")) ?? "";
  const rel = [...sheetRels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attrOf(t, "Id") === rid);
  if (!rel || attrOf(rel, "TargetMode") === "External") return types;
  const drawingPart = resolveTarget(sheetPart, attrOf(rel, "Target") ?? "");
  const drawingXml = await zip.file(drawingPart)?.async("string");
  if (!drawingXml) return types;
  const prefix = rootPrefix(drawingXml);
  const root = findSection(drawingXml, prefix, "wsDr");
  if (!root) return types;
  const anchors = childElements(drawingXml.slice(root.innerStart, root.innerEnd));
  const names = new Set(ids.names);
  const titles = new Set(ids.titles);
  let drawingRels = (await zip.file(relsPath(drawingPart))?.async("string")) ?? "";
  const chartPartOf = (anchor: string) => {
    const chartRid = /<(?:[\w.-]+:)?chart\b[^>]*\s[\w.-]+:id="([^"]*)"/.exec(anchor)?.[1];
    const rel = [...drawingRels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attrOf(t, "Id") === chartRid);
    return rel && attrOf(rel, "TargetMode") !== "External" ? resolveTarget(drawingPart, attrOf(rel, "Target") ?? "") : undefined;
  };
  const ours: string[] = [];
  for (const a of anchors) {
    const name = /<(?:[\w.-]+:)?cNvPr\b[^>]*>/.exec(a)?.[0];
    if (name !== undefined && names.has(attrOf(name, "name") ?? "")) ours.push(a);
    else {
      const part = chartPartOf(a);
      const xml = part ? await zip.file(part)?.async("string") : undefined;
      const title = xml ? chartTitle(xml) : undefined;
      if (title !== undefined && titles.has(title)) ours.push(a);
    }
  }
  if (!ours.length) return types;
  let inner = drawingXml.slice(root.innerStart, root.innerEnd);
  let out = types;
  for (const anchor of ours) {
    inner = inner.replace(anchor, "");
    const chartRid = /<(?:[\w.-]+:)?chart\b[^>]*\s[\w.-]+:id="([^"]*)"/.exec(anchor)?.[1];
    const chartRel = [...drawingRels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attrOf(t, "Id") === chartRid);
    if (!chartRel) continue;
    const chartPart = resolveTarget(drawingPart, attrOf(chartRel, "Target") ?? "");
    zip.remove(chartPart);
    zip.remove(relsPath(chartPart));
    out = removeOverride(out, chartPart);
    drawingRels = drawingRels.replace(chartRel, "");
  }
  zip.file(drawingPart, drawingXml.slice(0, root.innerStart) + inner + drawingXml.slice(root.innerEnd));
  zip.file(relsPath(drawingPart), drawingRels);
  return out;
}
