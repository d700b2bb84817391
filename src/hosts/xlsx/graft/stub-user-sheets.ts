/**
 * Before exceljs computes a refresh, the user's own sheets are emptied in its copy of the package:
 * the graft takes only the plan's sheets from exceljs's result, so the others need not be parsed
 * at all. A user's sheet with something exceljs cannot read (an icon filter, a note holding HTML,
 * a feature newer than exceljs) then cannot stop a refresh, and a large workbook of the user's
 * costs no memory for sheets the plan never touches.
 */
import type JSZip from "jszip";
import { relsPath } from "../opc-paths";
import { relationshipsOf, workbookPartOf } from "../package/part-graph";
import { tablesOfSheet } from "../package/table-parts";
import { readWorkbookPart } from "../package/workbook-part";
import { ZipPackage } from "../package/zip-package";

const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** Keeps the sheets for which `keep(name, its table names)` holds; returns the names of those emptied. */
export async function stubUserSheets(zip: JSZip, keep: (sheet: string, tables: string[]) => boolean): Promise<string[]> {
  const pkg = ZipPackage.of(zip);
  const part = await workbookPartOf(pkg);
  if (!part) return [];
  const workbook = await readWorkbookPart(pkg, part);
  const emptied: string[] = [];
  // Parts the workbook itself refers to (a pivot table's cache) stay for exceljs to find.
  const ofWorkbook = new Set((await relationshipsOf(pkg, part)).filter((r) => !r.external).map((r) => pkg.find(r.target)));
  for (const sheet of workbook.sheets) {
    if (!sheet.part) continue;
    const tables = await tablesOfSheet(pkg, sheet.part, sheet.name);
    if (keep(sheet.name, tables.map((t) => t.name))) continue;
    // exceljs finds tables, notes and drawings by their paths, not through the sheet: what the
    // emptied sheet refers to goes too (in exceljs's copy only).
    for (const p of await reachable(pkg, sheet.part, ofWorkbook)) zip.remove(p);
    zip.file(sheet.part, EMPTY_SHEET);
    emptied.push(sheet.name);
  }
  return emptied;
}

/**
 * The parts a sheet refers to, directly or through them, with their relationship parts; the
 * walk stops at parts the workbook refers to itself (a pivot cache and its records).
 */
async function reachable(pkg: ZipPackage, from: string, stop: Set<string | undefined>, seen = new Set<string>()): Promise<string[]> {
  const rels = pkg.find(relsPath(from));
  if (rels) seen.add(rels);
  for (const r of await relationshipsOf(pkg, from)) {
    const part = r.external ? undefined : pkg.find(r.target);
    if (!part || seen.has(part) || stop.has(part) || r.kind === "worksheet") continue;
    seen.add(part);
    await reachable(pkg, part, stop, seen);
  }
  return [...seen];
}
