/**
 * Charts as plain data on their sheet, and the rules the chart doubles apply: how
 * ChartCollection.add splits a source range into categories and series, where setPosition puts
 * a chart, and which names are allowed.
 *
 * Stricter than Excel where Excel's behaviour is unverified:
 * - a chart name must be unique on its sheet (renaming onto a sibling's name is ItemAlreadyExists),
 *   so code that forgets to delete the old chart before drawing it again fails loudly;
 * - a title stays hidden until `title.visible = true`, whatever its text;
 * - add() never takes a header row: series are named Series1, Series2... Its first column (or
 *   row, with seriesBy "Rows") becomes the categories only when it holds text and nothing else
 *   (formula cells count as empty: there is no formula engine).
 * - data labels and axes take only what the chart type has: a pie has no axes, a bar's label
 *   cannot sit "Top" or "BestFit"; an axis's major unit must be above 0 and its minimum below its
 *   maximum; a point exists only for a cell of the series' values.
 * Not modelled: sizes in points, charts following cells that move, axis titles and gridlines.
 */
import { type Rect, cellKey, formatRect, parseAddress, qualifiedAddress } from "./address";
import { excelError } from "./errors";
import { assertUnprotected } from "./sheet-ops";
import type { ChartAxisState, ChartSeriesState, ChartState } from "./chart-state";
import { type SheetState, type WorkbookState, newId } from "./state";

/** The chart types the double draws; others are InvalidArgument, as "Invalid" is in Excel. */
export const CHART_TYPES = new Set([
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "Line", "LineMarkers", "LineStacked", "Pie", "PieExploded", "Doughnut", "Area", "AreaStacked", "XYScatter", "Radar",
]);

export const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

export function chartsOf(sheet: SheetState): ChartState[] {
  return sheet.charts;
}

export function findChart(state: WorkbookState, id: string): { sheet: SheetState; chart: ChartState } | undefined {
  for (const sheet of state.sheets) {
    const chart = chartsOf(sheet).find((c) => c.id === id);
    if (chart) return { sheet, chart };
  }
  return undefined;
}

export function chartById(state: WorkbookState, id: string, location: string): { sheet: SheetState; chart: ChartState } {
  const found = findChart(state, id);
  if (!found) throw excelError("ItemNotFound", "The chart no longer exists.", location);
  return found;
}

/** A chart's sheet, checked writable: charts on a protected sheet cannot change. */
export function editableChart(state: WorkbookState, id: string, location: string): ChartState {
  const { sheet, chart } = chartById(state, id, location);
  assertUnprotected(sheet, location);
  return chart;
}

export function validateChartName(sheet: SheetState, name: unknown, location: string, self?: ChartState): string {
  if (typeof name !== "string" || name.trim() === "") throw excelError("InvalidArgument", "A chart name cannot be blank.", location);
  if (name.length > 255) throw excelError("InvalidArgument", "A chart name must be 255 characters or fewer.", location);
  const clash = chartsOf(sheet).find((c) => c !== self && c.name.toLowerCase() === name.toLowerCase());
  if (clash) throw excelError("ItemAlreadyExists", `A chart named '${name}' is already on sheet '${sheet.name}'.`, location);
  return name;
}

function holdsOnlyText(sheet: SheetState, rect: Rect): boolean {
  let text = 0;
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) {
      const cell = sheet.cells[cellKey(rect.row + r, rect.column + c)];
      if (!cell || cell.formula !== undefined || cell.value === "") continue;
      if (typeof cell.value !== "string") return false;
      text++;
    }
  }
  return text > 0;
}

/** ChartCollection.add: a new chart over `source`, one series per column (or row), named "Chart N". */
export function addChart(
  state: WorkbookState,
  sheet: SheetState,
  type: unknown,
  source: { sheet: SheetState; rect: Rect },
  seriesBy: unknown,
  location: string,
): ChartState {
  assertUnprotected(sheet, location);
  if (typeof type !== "string" || !CHART_TYPES.has(type)) throw excelError("InvalidArgument", `Unsupported chart type '${String(type)}'.`, location);
  if (seriesBy !== undefined && seriesBy !== "Auto" && seriesBy !== "Columns" && seriesBy !== "Rows") {
    throw excelError("InvalidArgument", `Unknown seriesBy '${String(seriesBy)}'.`, location);
  }
  const { rect } = source;
  const byColumns = seriesBy === "Columns" || ((seriesBy ?? "Auto") === "Auto" && rect.rowCount >= rect.columnCount);
  const count = byColumns ? rect.columnCount : rect.rowCount;
  const line = (i: number): Rect =>
    byColumns ? { ...rect, column: rect.column + i, columnCount: 1 } : { ...rect, row: rect.row + i, rowCount: 1 };
  const withCategories = count > 1 && holdsOnlyText(source.sheet, line(0));
  const address = (r: Rect) => qualifiedAddress(source.sheet.name, r, true);
  const categories = withCategories ? address(line(0)) : "";
  const series: ChartSeriesState[] = [];
  for (let i = withCategories ? 1 : 0; i < count; i++) {
    series.push({ id: newId(state, "series-"), name: `Series${series.length + 1}`, values: address(line(i)), categories, fillColor: "", pointFills: {} });
  }
  let n = chartsOf(sheet).length + 1;
  while (chartsOf(sheet).some((c) => c.name.toLowerCase() === `chart ${n}`)) n++;
  const chart: ChartState = {
    id: `{${newId(state, "chart-")}}`,
    name: `Chart ${n}`,
    chartType: type,
    title: { text: "", visible: false },
    legend: { visible: true, position: "Bottom" },
    series,
    dataLabels: { showValue: false, showCategoryName: false, showSeriesName: false, showLegendKey: false, position: "", numberFormat: "" },
    axes: { value: newAxis(), category: newAxis() },
    position: null,
  };
  chartsOf(sheet).push(chart);
  return chart;
}

/** Chart.setPosition: from the start's top-left cell to the end's bottom-right cell, on the chart's sheet. */
export function placeChart(chart: ChartState, start: Rect, end: Rect | undefined, location: string): void {
  const topLeft: Rect = { row: start.row, column: start.column, rowCount: 1, columnCount: 1 };
  if (end) {
    const bottomRight: Rect = { row: end.row + end.rowCount - 1, column: end.column + end.columnCount - 1, rowCount: 1, columnCount: 1 };
    if (bottomRight.row < topLeft.row || bottomRight.column < topLeft.column) {
      throw excelError("InvalidArgument", "The end cell must be below and right of the start cell.", location);
    }
    chart.position = { topLeft: formatRect(topLeft), bottomRight: formatRect(bottomRight) };
  } else {
    chart.position = { topLeft: formatRect(topLeft), bottomRight: "" };
  }
}

export function newAxis(): ChartAxisState {
  return { minimum: null, maximum: null, majorUnit: null, numberFormat: "", reversePlotOrder: false, position: "Automatic" };
}

/** Label positions each kind of chart offers (Excel refuses the others with InvalidArgument). */
export function labelPositions(chartType: string): Set<string> {
  if (/^(Column|Bar)/.test(chartType)) return new Set(["Center", "InsideEnd", "InsideBase", "OutsideEnd"]);
  if (/^(Pie|Doughnut)/.test(chartType)) return new Set(["Center", "InsideEnd", "OutsideEnd", "BestFit"]);
  return new Set(["Center", "Left", "Right", "Top", "Bottom"]);
}

/** Pies and doughnuts have no axes. */
export function hasAxes(chartType: string): boolean {
  return !/^(Pie|Doughnut)/.test(chartType);
}

/** How many points a series has: one per cell of its values ("" or #REF!: none). */
export function pointCount(series: ChartSeriesState): number {
  const parsed = series.values ? parseAddress(series.values) : null;
  return parsed ? parsed.rect.rowCount * parsed.rect.columnCount : 0;
}
