/**
 * The workbook's description in its language. The model builds every sheet in English, the
 * contract's terms; this pass renames what a person reads (sheets, captions, headers, drop-down
 * values, labels, chart titles) and rewrites every formula, validation and chart to match, so the
 * workbook computes the same figures in any language. Table names and defined names stay English:
 * they are the contract donors' tools rely on.
 */
import type { CellValue, ChartRange, ChartSpec, ColumnSpec, ConditionalFormatSpec, PlacedTable, SheetSpec, TableRow, TableSpec, TextCell, WorkbookSpec } from "../../spec/types";
import type { Language } from "../language";
import { localizeFormula } from "./localize-formula";
import { toEnglish, toLanguage, type TermMap } from "./terms";

type Words = { map: TermMap; formula: (f: string) => string };

/** A cell's text: a value first (a label may also be a criterion a formula reads), then a label or caption. */
function text(value: CellValue, w: Words): CellValue {
  if (typeof value !== "string") return value;
  for (const kind of ["values", "labels", "captions"] as const) {
    const local = w.map(kind, value);
    if (local !== value) return local;
  }
  return value;
}

function conditional(cf: ConditionalFormatSpec, w: Words): ConditionalFormatSpec {
  if (cf.kind === "equals") return { ...cf, text: w.map("values", cf.text) };
  if (cf.kind === "compare") return { ...cf, formula1: w.formula(cf.formula1), ...(cf.formula2 === undefined ? {} : { formula2: w.formula(cf.formula2) }) };
  return cf;
}

function column(c: ColumnSpec, w: Words): ColumnSpec {
  return {
    ...c,
    header: w.map("headers", c.header),
    ...(c.formula === undefined ? {} : { formula: w.formula(c.formula) }),
    ...(c.conditionalFormats ? { conditionalFormats: c.conditionalFormats.map((cf) => conditional(cf, w)) } : {}),
  };
}

function table(t: TableSpec, w: Words): TableSpec {
  const totals = t.totalsAbove && {
    label: w.map("labels", t.totalsAbove.label),
    formulas: Object.fromEntries(Object.entries(t.totalsAbove.formulas).map(([h, f]) => [w.map("headers", h), w.formula(f)])),
  };
  return { ...t, caption: w.map("captions", t.caption), columns: t.columns.map((c) => column(c, w)), ...(totals ? { totalsAbove: totals } : {}) };
}

/** Rows the model fills (the sample plan, derived tables): keyed by the language's headers, its values in the language. */
function row(r: TableRow, w: Words): TableRow {
  return Object.fromEntries(Object.entries(r).map(([h, v]) => [w.map("headers", h), typeof v === "string" ? w.map("values", v) : v]));
}

function placed(p: PlacedTable, w: Words): PlacedTable {
  return { ...p, table: table(p.table, w), ...(p.rows ? { rows: p.rows.map((r) => row(r, w)) } : {}) };
}

function cell(c: TextCell, w: Words): TextCell {
  const content = "formula" in c.content ? { formula: w.formula(c.content.formula) } : { value: text(c.content.value, w) };
  return { ...c, content, ...(c.conditionalFormats ? { conditionalFormats: c.conditionalFormats.map((cf) => ({ ...cf, formula: w.formula(cf.formula) })) } : {}) };
}

function range(r: ChartRange, w: Words): ChartRange {
  return "table" in r ? { ...r, column: w.map("headers", r.column) } : r;
}

function chart(c: ChartSpec, w: Words): ChartSpec {
  return {
    ...c,
    title: w.map("charts", c.title),
    categories: range(c.categories, w),
    series: c.series.map((s) => ({ ...s, ...range(s, w), name: w.map("charts", s.name) })),
  };
}

function sheet(s: SheetSpec, w: Words): SheetSpec {
  return {
    ...s,
    key: s.name,
    name: w.map("sheets", s.name),
    cells: s.cells.map((c) => cell(c, w)),
    tables: s.tables.map((p) => placed(p, w)),
    ...(s.charts ? { charts: s.charts.map((c) => chart(c, w)) } : {}),
  };
}

function wordsOf(language: Language): Words {
  const map = toLanguage(language);
  return { map, formula: (f) => localizeFormula(f, map) };
}

/** A table the model built in English (a derived table rebuilt from a workbook's rows), with its rows. */
export function localizeTable(built: { table: TableSpec; rows: TableRow[] }, language: Language): { table: TableSpec; rows: TableRow[] } {
  if (language === "en") return built;
  const w = wordsOf(language);
  return { table: table(built.table, w), rows: built.rows.map((r) => row(r, w)) };
}

/** Rows the model built in English, for a table already in the language. */
export function localizeRows(rows: TableRow[], language: Language): TableRow[] {
  if (language === "en") return rows;
  const w = wordsOf(language);
  return rows.map((r) => row(r, w));
}

/** Rows read from a workbook in its language, keyed and valued in the contract's English terms. */
export function englishRows(rows: TableRow[], language: Language): TableRow[] {
  if (language === "en") return rows;
  const map = toEnglish(language);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([h, v]) => [map("headers", h), typeof v === "string" ? map("values", v) : v])));
}

export function localizeSpec(spec: WorkbookSpec, language: Language): WorkbookSpec {
  if (language === "en") return spec;
  const w = wordsOf(language);
  return { ...spec, sheets: spec.sheets.map((s) => sheet(s, w)), names: spec.names.map((n) => ({ ...n, refersTo: w.formula(n.refersTo) })) };
}
