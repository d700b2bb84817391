/**
 * Reads cell values straight from an .xlsx package (as a donor's script would), independent of
 * exceljs, which drops formula results equal to 0. Tables are found by name, columns by header.
 */
import JSZip from "jszip";
import { readFileSync } from "fs";
import { parseRange, cellAddress } from "../../src/model/address";
import { unescapeXml } from "../../src/model/xml-escape";

export type Value = string | number | boolean | null;

export interface XlsxCell {
  value: Value;
  formula?: string;
  error?: string;
}

export interface XlsxTable {
  name: string;
  sheet: string;
  headers: string[];
  /** Body rows keyed by header. */
  rows: Record<string, Value>[];
  ref: string;
}

export interface XlsxBook {
  sheets: string[];
  cell(sheet: string, address: string): XlsxCell | undefined;
  cells(sheet: string): Map<string, XlsxCell>;
  table(name: string): XlsxTable;
  tables(): XlsxTable[];
  names: Map<string, string>;
  /** The value of the cell a defined name points to, or the constant it holds. */
  nameValue(name: string): Value;
  /** Every cell holding an error value (#NAME?, #REF!, #VALUE!...), as "Sheet!A1 #ERR". */
  errors(): string[];
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  return f ? f.async("string") : "";
}

function relsTargets(xml: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id")!;
    const target = attr(m[0], "Target")!;
    out.set(id, target.startsWith("/") ? target.slice(1) : `${base}/${target}`.replace(/[^/]+\/\.\.\//g, ""));
  }
  return out;
}

export async function readXlsx(path: string): Promise<XlsxBook> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const shared = [...(await text(zip, "xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const wbXml = await text(zip, "xl/workbook.xml");
  const wbRels = relsTargets(await text(zip, "xl/_rels/workbook.xml.rels"), "xl");
  const sheetCells = new Map<string, Map<string, XlsxCell>>();
  const tables: XlsxTable[] = [];
  const sheetNames: string[] = [];
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = attr(m[0], "name")!;
    const file = wbRels.get(attr(m[0], "r:id")!)!;
    sheetNames.push(name);
    const xml = await text(zip, file);
    const cells = new Map<string, XlsxCell>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const r = attr(c[1], "r")!;
      const t = attr(c[1], "t");
      const inner = c[2] ?? "";
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
      let value: Value = null;
      let error: string | undefined;
      if (t === "s" && v !== undefined) value = shared[Number(v)];
      else if (t === "str" || t === "inlineStr") value = unescapeXml(v ?? (is ? is.replace(/<[^>]+>/g, "") : ""));
      else if (t === "b") value = v === "1";
      else if (t === "e") error = value = unescapeXml(v ?? "#ERR");
      // An empty <v/> of no type (openpyxl writes one for every formula) holds no value.
      else if (v !== undefined && v !== "") value = Number(v);
      // A shared formula's other cells carry only <f t="shared" si="0"/>: still formulas.
      const formula = f ? unescapeXml(f) : /<f\b/.test(inner) ? "(shared formula)" : undefined;
      cells.set(r, { value, formula, error });
    }
    sheetCells.set(name, cells);
    const rels = relsTargets(await text(zip, file.replace(/([^/]+)$/, "_rels/$1.rels")), file.replace(/\/[^/]+$/, ""));
    for (const part of xml.matchAll(/<tablePart\b[^>]*\/>/g)) {
      const tXml = await text(zip, rels.get(attr(part[0], "r:id")!)!);
      const tag = /<table\b[^>]*>/.exec(tXml)![0];
      const ref = attr(tag, "ref")!;
      const headers = [...tXml.matchAll(/<tableColumn\b[^>]*>/g)].map((h) => attr(h[0], "name")!);
      const box = parseRange(ref);
      const rows: Record<string, Value>[] = [];
      for (let r = 1; r < box.rows; r++) {
        rows.push(Object.fromEntries(headers.map((h, i) => [h, cells.get(cellAddress(box.row + r, box.col + i))?.value ?? null])));
      }
      tables.push({ name: attr(tag, "name")!, sheet: name, headers, rows, ref });
    }
  }
  const names = new Map<string, string>();
  for (const m of wbXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) names.set(attr(m[1], "name")!, unescapeXml(m[2]));
  const book: XlsxBook = {
    sheets: sheetNames,
    cell: (sheet, address) => sheetCells.get(sheet)?.get(address.replace(/\$/g, "")),
    cells: (sheet) => sheetCells.get(sheet) ?? new Map(),
    table: (name) => {
      const t = tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new Error(`No table ${name} in ${path}`);
      return t;
    },
    tables: () => tables,
    names,
    nameValue: (name) => {
      const ref = names.get(name);
      if (ref === undefined) throw new Error(`No defined name ${name}`);
      if (!ref.includes("!")) return Number.isNaN(Number(ref)) ? ref : Number(ref);
      const p = parseRange(ref);
      return book.cell(p.sheet!, cellAddress(p.row, p.col))?.value ?? null;
    },
    errors: () => {
      const out: string[] = [];
      for (const [sheet, cells] of sheetCells) for (const [a, c] of cells) if (c.error) out.push(`${sheet}!${a} ${c.error}`);
      return out;
    },
  };
  return book;
}
