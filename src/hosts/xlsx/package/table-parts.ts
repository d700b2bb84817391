/** The tables of a worksheet, from its table parts: name, extent and column names. */
import { parseRange } from "../../../model/address";
import type { TableSnapshot } from "../../../model/layout/snapshot";
import { isSpreadsheetNs } from "./namespaces";
import { relationshipsOf } from "./part-graph";
import { attr, child, children, parseXml } from "./xml-tree";
import type { ZipPackage } from "./zip-package";

/**
 * Whether a path in a package is a table part where Excel, LibreOffice and exceljs put them: any
 * .xml file directly in xl/tables/, whatever it is called (xl/tables/table1.xml from Excel and
 * exceljs, other names from other tools); part names compare ignoring case, as OPC says.
 */
export function isTablePartPath(path: string): boolean {
  return /^xl\/tables\/[^/]+\.xml$/i.test(path);
}

export interface TablePart extends TableSnapshot {
  part: string;
  /** Rows of headers above the body (0 or 1). */
  headerRows: number;
  totalsRows: number;
}

export async function tablesOfSheet(pkg: ZipPackage, sheetPart: string, sheet: string): Promise<TablePart[]> {
  const out: TablePart[] = [];
  for (const rel of await relationshipsOf(pkg, sheetPart)) {
    if (rel.kind !== "table" || rel.external) continue;
    const part = pkg.find(rel.target);
    if (!part) continue;
    const table = parseTable(part, (await pkg.text(part))!, sheet);
    if (table) out.push(table);
  }
  return out;
}

/** A table part that cannot be understood (damaged, no name or range) is not the plan's: undefined. */
function parseTable(part: string, xml: string, sheet: string): TablePart | undefined {
  let root;
  try {
    root = parseXml(xml);
  } catch {
    return undefined;
  }
  if (!isSpreadsheetNs(root.uri) || root.local !== "table") return undefined;
  // Excel writes name and displayName alike; where a tool made them differ, name is what exceljs and the Office host report.
  const name = attr(root, "name") || attr(root, "displayName");
  let box;
  try {
    box = parseRange(attr(root, "ref") ?? "");
  } catch {
    return undefined;
  }
  if (!name) return undefined;
  const columnsEl = child(root, "tableColumns", isSpreadsheetNs);
  const headers = (columnsEl ? children(columnsEl, "tableColumn", isSpreadsheetNs) : []).map((c) => attr(c, "name") ?? "");
  const headerRows = attr(root, "headerRowCount") === "0" ? 0 : 1;
  const totalsRows = Number(attr(root, "totalsRowCount") ?? 0) > 0 ? 1 : 0;
  return {
    part,
    name,
    sheet,
    headers,
    // TableSnapshot's row is the header row's; a table without one starts its body there.
    row: box.row - (1 - headerRows),
    col: box.col,
    rowCount: Math.max(1, box.rows - headerRows - totalsRows),
    headerRows,
    totalsRows,
  };
}
