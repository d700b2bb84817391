/**
 * What exceljs cannot express, written into the .xlsx package after it saves: calculated
 * column formulas (so Excel fills them into new table rows), constant defined names (the
 * contract version), and defined names exceljs dropped while reading (a user's own names).
 */
import JSZip from "jszip";
import type { NameSpec } from "../../model/spec/types";
import { escapeXml, unescapeXml } from "../../model/xml-escape";
import { isTablePartPath } from "./package/table-parts";


export interface RawName {
  name: string;
  /** The whole <definedName> element, to re-insert it unchanged. */
  xml: string;
}

/** Defined names as the file holds them, including those exceljs cannot model. */
export async function readRawNames(zip: JSZip): Promise<RawName[]> {
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbookXml) return [];
  return [...workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => ({ name: unescapeXml(m[1]), xml: m[0] }));
}

/** What a defined name refers to, as written in the file ("1", "Settings!$B$7"), without "=". */
export function rawNameText(raw: RawName): string {
  return unescapeXml(/>([^<]*)<\/definedName>$/.exec(raw.xml)?.[1] ?? "");
}

/** Worksheet-scoped names carry localSheetId; the plan's names are all workbook-level. */
export const isSheetScoped = (raw: RawName): boolean => /\blocalSheetId=/.test(raw.xml);

/** What a workbook-level defined name holds, undefined when absent. */
export function constantNameValue(names: RawName[], name: string): string | undefined {
  const found = names.find((n) => n.name.toLowerCase() === name.toLowerCase() && !isSheetScoped(n));
  return found ? rawNameText(found) : undefined;
}

/**
 * exceljs cannot parse children of <tableColumn> (Excel writes calculatedColumnFormula and
 * totalsRowFormula there), so they are cut out before exceljs reads the file and kept here,
 * by table and column, to be put back when it is written.
 */
export type ColumnExtras = Map<string, Map<string, string>>;

const DEFAULT_TABLE_STYLE = '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>';

export async function stripTableColumnChildren(zip: JSZip): Promise<{ extras: ColumnExtras; changed: boolean }> {
  const extras: ColumnExtras = new Map();
  let changed = false;
  for (const path of Object.keys(zip.files).filter(isTablePartPath)) {
    const xml = await zip.file(path)!.async("string");
    const tableName = unescapeXml(/<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1] ?? "");
    const perColumn = new Map<string, string>();
    const stripped = xml.replace(/<tableColumn\b([^>]*?)(?<!\/)>([\s\S]*?)<\/tableColumn>/g, (_w, attrs: string, inner: string) => {
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      if (name !== undefined && inner.trim()) perColumn.set(unescapeXml(name), inner);
      return `<tableColumn${attrs}/>`;
    });
    if (perColumn.size) extras.set(tableName, perColumn);
    // LibreOffice saves tables without a style, which exceljs cannot read: give them the plan's style.
    const styled = /<tableStyleInfo\b/.test(stripped) ? stripped : stripped.replace(/<\/table>\s*$/, `${DEFAULT_TABLE_STYLE}</table>`);
    if (styled !== xml) {
      zip.file(path, styled);
      changed = true;
    }
  }
  return { extras, changed };
}

export interface Fixups {
  /** Kept children of columns exceljs could not read (see stripTableColumnChildren). */
  columnExtras?: ColumnExtras;
  calculatedColumns: Map<string, Map<string, string>>;
  constantNames: NameSpec[];
  keepNames: RawName[];
}

export async function applyFixups(buffer: Uint8Array, fix: Fixups): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  for (const path of Object.keys(zip.files).filter(isTablePartPath)) {
    let xml = await zip.file(path)!.async("string");
    const tableName = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const formulas = tableName ? fix.calculatedColumns.get(unescapeXml(tableName)) : undefined;
    const kept = tableName ? fix.columnExtras?.get(unescapeXml(tableName)) : undefined;
    if (!formulas && !kept) continue;
    xml = xml.replace(/<tableColumn\b([^>]*?)\bname="([^"]*)"([^>]*?)\/>/g, (whole, before: string, name: string, after: string) => {
      const f = formulas?.get(unescapeXml(name));
      const inner = f !== undefined ? `<calculatedColumnFormula>${escapeXml(f)}</calculatedColumnFormula>` : kept?.get(unescapeXml(name));
      return inner ? `<tableColumn${before}name="${name}"${after}>${inner}</tableColumn>` : whole;
    });
    zip.file(path, xml);
  }
  const wbPath = "xl/workbook.xml";
  let wbXml = await zip.file(wbPath)!.async("string");
  const present = new Set([...wbXml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"/g)].map((m) => unescapeXml(m[1]).toLowerCase()));
  const extra = [
    ...fix.keepNames.filter((n) => !present.has(n.name.toLowerCase())).map((n) => n.xml),
    ...fix.constantNames.filter((n) => !present.has(n.name.toLowerCase())).map((n) => `<definedName name="${escapeXml(n.name)}" comment="${escapeXml(n.comment)}">${escapeXml(n.refersTo.replace(/^=/, ""))}</definedName>`),
  ];
  if (extra.length) {
    wbXml = wbXml.includes("<definedNames>")
      ? wbXml.replace("</definedNames>", `${extra.join("")}</definedNames>`)
      : wbXml.replace(/(<\/sheets>)/, `$1<definedNames>${extra.join("")}</definedNames>`);
    zip.file(wbPath, wbXml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
