/**
 * The charts step in Excel: each chart of the step is drawn anew over its ranges as they stand
 * now, replacing a chart of the same name. Costs at most one sync of its own (to learn which
 * charts the sheet already has), and none on a sheet this run created.
 *
 * Within ExcelApi 1.1 when the categories sit just left of a single series (one two-column
 * source); otherwise the categories and further series are set through ExcelApi 1.7
 * (setXAxisValues, series.add, setValues). Without 1.7 such a chart still shows its first series,
 * with its points numbered instead of labelled.
 *
 * Point colours (series.points, ChartPoint.format.fill), data labels (Chart.dataLabels: showValue,
 * position) and the value axis's minimum and major unit are ExcelApi 1.1. Number formats of the
 * labels and the axis are ExcelApi 1.8: without it, both follow the cells' own format (Excel links
 * them by default), which is the same format for our charts.
 */
import { cellAddress } from "../../model/address";
import type { TableSnapshot } from "../../model/layout/snapshot";
import type { ChartRange, ChartSpec } from "../../model/spec/types";
import { box } from "./range-box";
import type { RequestBudget } from "./request-budget";

const CHART_TYPES = { bar: "BarClustered", column: "ColumnClustered", pie: "Pie" } as const;

/** One column of cells on the chart's sheet, 0-based. */
export interface ChartBox {
  row: number;
  col: number;
  rows: number;
}

export interface PlacedChart {
  spec: ChartSpec;
  categories: ChartBox;
  series: ChartBox[];
}

/** A table column's body where the table stands (on this sheet only), or the fixed cells. */
export function chartBox(sheet: string, range: ChartRange, table: (name: string) => TableSnapshot | undefined): ChartBox | undefined {
  if (!("table" in range)) return { row: range.row, col: range.col, rows: range.rows };
  const t = table(range.table);
  if (!t || t.sheet.toLowerCase() !== sheet.toLowerCase()) return undefined;
  const ci = t.headers.findIndex((h) => h.trim().toLowerCase() === range.column.trim().toLowerCase());
  return ci < 0 ? undefined : { row: t.row + 1, col: t.col + ci, rows: Math.max(1, t.rowCount) };
}

/** The charts that can be drawn: one whose table or column is not in the workbook is left out. */
export function placeCharts(sheet: string, charts: ChartSpec[], table: (name: string) => TableSnapshot | undefined): PlacedChart[] {
  const out: PlacedChart[] = [];
  for (const spec of charts) {
    const categories = chartBox(sheet, spec.categories, table);
    const series = spec.series.map((s) => chartBox(sheet, s, table));
    if (!categories || !series.length || series.some((s) => !s)) continue;
    out.push({ spec, categories, series: series as ChartBox[] });
  }
  return out;
}

/** Categories and one series side by side, same rows: one source range does it all (ExcelApi 1.1). */
function adjacent(chart: PlacedChart): boolean {
  // A table column's labels may be formulas (the goals' names): Excel takes a first column as
  // labels only when it sees text there, so they are set apart (setXAxisValues) instead.
  if ("table" in chart.spec.categories) return false;
  const [only] = chart.series;
  return chart.series.length === 1 && only.col === chart.categories.col + 1 && only.row === chart.categories.row && only.rows === chart.categories.rows;
}

export interface ChartContext {
  budget: RequestBudget;
  /** The sheet was created in this run: it holds no chart, so nothing needs looking up. */
  newSheet: boolean;
  /** ExcelApi 1.7 (categories apart from their values, second series). */
  api17: boolean;
  /** ExcelApi 1.8 (number formats of data labels and axes); left to the cells' formats when absent. */
  api18?: boolean;
}

/** Queues the drawing of a sheet's charts; syncs once first when the sheet may already hold some. */
export async function drawCharts(ws: Excel.Worksheet, charts: PlacedChart[], c: ChartContext): Promise<void> {
  if (!charts.length) return;
  const names = new Set(charts.map((p) => p.spec.name.toLowerCase()));
  if (!c.newSheet) {
    const existing = ws.charts.load("items/name");
    await c.budget.spend(undefined, 3);
    await c.budget.flush();
    for (const old of existing.items) {
      if (!names.has(old.name.toLowerCase())) continue;
      await c.budget.spend(undefined, 3);
      old.delete();
    }
  }
  for (const placed of charts) await drawChart(ws, placed, c);
}

async function drawChart(ws: Excel.Worksheet, placed: PlacedChart, c: ChartContext): Promise<void> {
  const { spec, categories } = placed;
  const cells = (b: ChartBox, cols = 1) => ws.getRange(box(b.row, b.col, b.rows, cols));
  const together = adjacent(placed);
  const first = placed.series[0];
  // getRange (two), charts.add, name, title, text, visible, legend, visible, setPosition...
  await c.budget.spend([spec.name, spec.title, spec.type, spec.anchor], 14);
  const chart = ws.charts.add(CHART_TYPES[spec.type], together ? cells(categories, 2) : cells(first), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.title.visible = true;
  // One series needs no legend (the title says what the bars are); a pie's legend names its slices.
  chart.legend.visible = spec.type === "pie" || spec.series.length > 1;
  const a = spec.anchor;
  chart.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + Math.max(1, a.rows) - 1, a.col + Math.max(1, a.cols) - 1));
  for (const [i, s] of spec.series.entries()) {
    await c.budget.spend([s.name, s.color], 12);
    let series: Excel.ChartSeries;
    if (i === 0) {
      series = chart.series.getItemAt(0);
      if (!together && c.api17) series.setXAxisValues(cells(categories));
    } else {
      if (!c.api17) break;
      series = chart.series.add(s.name);
      series.setValues(cells(placed.series[i]));
      series.setXAxisValues(cells(categories));
    }
    series.name = s.name;
    // A pie's slices keep the theme's colours: one fill would paint them all alike.
    if (s.color && spec.type !== "pie") series.format.fill.setSolidColor(s.color);
    // Bars coloured one by one (by status): only points the values have (Excel has no others).
    const rows = placed.series[i].rows;
    for (const [p, color] of (s.pointColors ?? []).slice(0, rows).entries()) {
      await c.budget.spend(color, 4);
      series.points.getItemAt(p).format.fill.setSolidColor(color);
    }
  }
  if (spec.dataLabels) {
    await c.budget.spend(spec.dataLabels.numberFormat, 4);
    chart.dataLabels.showValue = true;
    chart.dataLabels.position = spec.type === "pie" ? "BestFit" : "OutsideEnd";
    if (spec.dataLabels.numberFormat && c.api18) chart.dataLabels.numberFormat = spec.dataLabels.numberFormat;
  }
  const axis = spec.valueAxis;
  if (axis && spec.type !== "pie") {
    await c.budget.spend(axis.numberFormat, 5);
    // Counts step by whole numbers from 0: Excel's automatic unit for small counts is 0.5.
    if (axis.wholeNumbers) {
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.majorUnit = 1;
    }
    if (axis.numberFormat && c.api18) chart.axes.valueAxis.numberFormat = axis.numberFormat;
  }
  // Bars read top-down in the cells' order, the value axis kept below them (crossing at the last
  // category): reversePlotOrder is 1.7, the crossing 1.8, so both or neither.
  if (spec.type === "bar" && c.api18) {
    await c.budget.spend(undefined, 3);
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum";
  }
}
