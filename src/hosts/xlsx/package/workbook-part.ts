/** What the workbook part says: its sheets in tab order, its defined names, its date system. */
import { isSpreadsheetNs, RELATIONSHIP_NS } from "./namespaces";
import { relationshipsOf } from "./part-graph";
import { attr, child, children, parseXml } from "./xml-tree";
import type { ZipPackage } from "./zip-package";

export interface SheetEntry {
  name: string;
  /** The worksheet part; undefined for a chart sheet or a dialog sheet, which hold no cells. */
  part?: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedName {
  name: string;
  /** Index into the sheets when the name belongs to one sheet. */
  localSheetId?: number;
  /** What it refers to, as written (no leading "="). */
  text: string;
}

export interface WorkbookPart {
  part: string;
  sheets: SheetEntry[];
  names: DefinedName[];
  /** Dates count from 1904 (files from old Mac Excel): serial numbers shift by 1462 days. */
  date1904: boolean;
  /** The shared strings part, when there is one. */
  sharedStrings?: string;
  styles?: string;
}

export async function readWorkbookPart(pkg: ZipPackage, part: string): Promise<WorkbookPart> {
  const root = parseXml((await pkg.text(part)) ?? "");
  if (!isSpreadsheetNs(root.uri) || root.local !== "workbook") throw new Error(`${part} is not a SpreadsheetML workbook`);
  const rels = await relationshipsOf(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsEl = child(root, "sheets", isSpreadsheetNs);
  const sheets: SheetEntry[] = (sheetsEl ? children(sheetsEl, "sheet", isSpreadsheetNs) : []).map((s) => {
    const rel = byId.get(attr(s, "id", RELATIONSHIP_NS) ?? "");
    const state = attr(s, "state");
    return {
      name: attr(s, "name") ?? "",
      part: rel && rel.kind === "worksheet" && !rel.external ? pkg.find(rel.target) : undefined,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    };
  });
  const namesEl = child(root, "definedNames", isSpreadsheetNs);
  const names: DefinedName[] = (namesEl ? children(namesEl, "definedName", isSpreadsheetNs) : []).map((n) => {
    const local = attr(n, "localSheetId");
    return { name: attr(n, "name") ?? "", localSheetId: local === undefined ? undefined : Number(local), text: n.text };
  });
  const pr = child(root, "workbookPr", isSpreadsheetNs);
  const date1904 = pr ? ["1", "true"].includes(attr(pr, "date1904") ?? "") : false;
  const internal = (kind: string) => {
    const rel = rels.find((r) => r.kind === kind && !r.external);
    return rel ? pkg.find(rel.target) : undefined;
  };
  return { part, sheets, names, date1904, sharedStrings: internal("sharedStrings"), styles: internal("styles") };
}
