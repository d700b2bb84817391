/**
 * The user's workbook part, extended by a refresh: the plan's new sheets appended to <sheets>,
 * the plan's names added or set, and calculation on load. Every entry already there keeps its
 * place and text.
 */
import type { WorkbookPart } from "../package/workbook-part";
import { escapeXml } from "../../../model/xml-escape";
import { findSection, rootPrefix, setAttr } from "../xml-text";
import { GraftRefusal } from "./graft-refusal";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function addSheetEntry(wbXml: string, name: string, relId: string, state: "visible" | "hidden" | "veryHidden"): string {
  const prefix = rootPrefix(wbXml);
  const root = /<(?:[\w.-]+:)?workbook\b(?:"[^"]*"|'[^']*'|[^>"'])*>/.exec(wbXml)?.[0] ?? "";
  const relPrefix = [...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].find((m) => m[2] === REL_NS || m[2] === "http://purl.oclc.org/ooxml/officeDocument/relationships")?.[1];
  const ids = [...wbXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const idAttr = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:mdr="${REL_NS}" mdr:id="${relId}"`;
  const hidden = state === "visible" ? "" : ` state="${state}"`;
  const el = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}"${hidden} ${idAttr}/>`;
  const sheets = findSection(wbXml, prefix, "sheets");
  if (!sheets) throw new GraftRefusal("the workbook part lists no sheets");
  if (sheets.openTag.endsWith("/>")) return wbXml.slice(0, sheets.start) + sheets.openTag.replace(/\s*\/>$/, ">") + el + `</${prefix}sheets>` + wbXml.slice(sheets.end);
  return wbXml.slice(0, sheets.innerEnd) + el + wbXml.slice(sheets.innerEnd);
}

/**
 * Plan names added or set to the planned text; every other name stays as it was, in its place.
 * A sheet the plan adds brings its own sheet-level names (the rows its pages repeat), renumbered
 * to where the sheet now stands.
 */
export function mergeNames(wbXml: string, userWb: WorkbookPart, planWb: WorkbookPart, planNames: string[], addedSheets: { planIndex: number; index: number }[]): string {
  const prefix = rootPrefix(wbXml);
  const wanted = new Set(planNames.map((n) => n.toLowerCase()));
  let xml = wbXml;
  const added: string[] = [];
  for (const n of planWb.names) {
    const sheet = addedSheets.find((a) => a.planIndex === n.localSheetId);
    if (sheet) added.push(`<${prefix}definedName name="${escapeXml(n.name)}" localSheetId="${sheet.index}">${escapeXml(n.text)}</${prefix}definedName>`);
  }
  for (const n of planWb.names) {
    if (n.localSheetId !== undefined || !wanted.has(n.name.toLowerCase())) continue;
    const mine = userWb.names.find((u) => u.localSheetId === undefined && u.name.toLowerCase() === n.name.toLowerCase());
    if (!mine) {
      added.push(`<${prefix}definedName name="${escapeXml(n.name)}">${escapeXml(n.text)}</${prefix}definedName>`);
    } else if (mine.text !== n.text) {
      xml = xml.replace(new RegExp(`(<${prefix}definedName\\b(?:"[^"]*"|'[^']*'|[^>"'])*\\sname="${escapeXml(mine.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"(?:"[^"]*"|'[^']*'|[^>"'])*>)[^<]*(</${prefix}definedName>)`), (_m, open: string, close: string) =>
        /localSheetId=/.test(open) ? _m : `${open}${escapeXml(n.text)}${close}`,
      );
    }
  }
  if (!added.length) return xml;
  const section = findSection(xml, prefix, "definedNames");
  if (section && !section.openTag.endsWith("/>")) return xml.slice(0, section.innerEnd) + added.join("") + xml.slice(section.innerEnd);
  const block = `<${prefix}definedNames>${added.join("")}</${prefix}definedNames>`;
  if (section) return xml.slice(0, section.start) + block + xml.slice(section.end);
  const sheets = findSection(xml, prefix, "sheets")!;
  // After <sheets> come functionGroups and externalReferences, then definedNames.
  const after = ["externalReferences", "functionGroups"].map((l) => findSection(xml, prefix, l)).filter((s) => s !== undefined).map((s) => s!.end);
  const at = Math.max(sheets.end, ...after);
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Excel and LibreOffice compute the plan's formulas on opening (the file holds no results for them). */
export function calculateOnLoad(wbXml: string): string {
  const prefix = rootPrefix(wbXml);
  const calc = findSection(wbXml, prefix, "calcPr");
  if (calc) {
    const tag = setAttr(calc.openTag, "fullCalcOnLoad", "1");
    return wbXml.slice(0, calc.start) + tag + wbXml.slice(calc.start + calc.openTag.length);
  }
  const before = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]
    .map((l) => findSection(wbXml, prefix, l)?.start)
    .filter((p): p is number => p !== undefined);
  const at = before.length ? Math.min(...before) : wbXml.lastIndexOf(`</${prefix}workbook>`);
  return wbXml.slice(0, at) + `<${prefix}calcPr fullCalcOnLoad="1"/>` + wbXml.slice(at);
}
