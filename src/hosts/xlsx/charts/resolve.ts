/**
 * Chart specs with their ranges resolved to absolute sheet references (`Dashboard!$P$7:$P$11`)
 * where the tables stand once every step has run, ready to be written into the package.
 */
import { columnLetters, sheetPrefix } from "../../../model/address";
import type { TableSnapshot } from "../../../model/layout/snapshot";
import type { ChartRange, ChartSpec } from "../../../model/spec/types";

/** One column of cells on the chart's sheet, 0-based. */
export interface ResolvedRange {
  row: number;
  col: number;
  rows: number;
  /** Absolute reference with the sheet, as a chart formula holds it: `Dashboard!$P$7:$P$11`. */
  ref: string;
}

export interface ResolvedChart {
  name: string;
  title: string;
  type: ChartSpec["type"];
  categories: ResolvedRange;
  series: (ResolvedRange & { name: string; color?: string; pointColors?: string[] })[];
  anchor: ChartSpec["anchor"];
  dataLabels?: ChartSpec["dataLabels"];
  valueAxis?: ChartSpec["valueAxis"];
}

/** The charts to draw on one sheet. */
export interface SheetCharts {
  sheet: string;
  charts: ResolvedChart[];
}

export function columnRef(sheet: string, row: number, col: number, rows: number): string {
  const c = `$${columnLetters(col)}`;
  const first = `${c}$${row + 1}`;
  return `${sheetPrefix(sheet)}${rows <= 1 ? first : `${first}:${c}$${row + rows}`}`;
}

/**
 * Resolves one range: a table column's body where the table stands (only tables on the chart's
 * own sheet), or the fixed cells. Undefined when the table or the column is not there.
 */
export function resolveRange(sheet: string, range: ChartRange, table: (name: string) => TableSnapshot | undefined): ResolvedRange | undefined {
  if ("table" in range) {
    const t = table(range.table);
    if (!t || t.sheet.toLowerCase() !== sheet.toLowerCase()) return undefined;
    const ci = t.headers.findIndex((h) => h.trim().toLowerCase() === range.column.trim().toLowerCase());
    if (ci < 0) return undefined;
    const rows = Math.max(1, t.rowCount);
    return { row: t.row + 1, col: t.col + ci, rows, ref: columnRef(sheet, t.row + 1, t.col + ci, rows) };
  }
  return { row: range.row, col: range.col, rows: range.rows, ref: columnRef(sheet, range.row, range.col, range.rows) };
}

/** A chart whose table (or column) is not in the workbook is left out. */
export function resolveChart(sheet: string, spec: ChartSpec, table: (name: string) => TableSnapshot | undefined): ResolvedChart | undefined {
  const categories = resolveRange(sheet, spec.categories, table);
  if (!categories || !spec.series.length) return undefined;
  const series: ResolvedChart["series"] = [];
  for (const s of spec.series) {
    const r = resolveRange(sheet, s, table);
    if (!r) return undefined;
    series.push({ ...r, name: s.name, ...(s.color ? { color: s.color } : {}), ...(s.pointColors?.length ? { pointColors: [...s.pointColors] } : {}) });
  }
  return {
    name: spec.name,
    title: spec.title,
    type: spec.type,
    categories,
    series,
    anchor: { ...spec.anchor },
    ...(spec.dataLabels ? { dataLabels: { ...spec.dataLabels } } : {}),
    ...(spec.valueAxis ? { valueAxis: { ...spec.valueAxis } } : {}),
  };
}

/** Adds a sheet's charts to what will be written, replacing charts of the same name. */
export function collectCharts(into: SheetCharts[], sheet: string, charts: ResolvedChart[]): void {
  const names = new Set(charts.map((c) => c.name.toLowerCase()));
  for (const entry of into) entry.charts = entry.charts.filter((c) => !names.has(c.name.toLowerCase()));
  const own = into.find((e) => e.sheet.toLowerCase() === sheet.toLowerCase());
  if (own) own.charts.push(...charts);
  else into.push({ sheet, charts: [...charts] });
  for (let i = into.length - 1; i >= 0; i--) if (!into[i].charts.length) into.splice(i, 1);
}
