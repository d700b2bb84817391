/**
 * The Dashboard's charts in Excel (through the double): drawn by set-up, redrawn by refresh
 * over the tables as rebuilt, replaced rather than duplicated, for at most one extra sync.
 */
import { createExcelDouble, type ChartState, type ExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { OfficeStepWriter } from "../../../src/hosts/office/apply-steps";
import { readSnapshot } from "../../../src/hosts/office/read-snapshot";
import { RequestBudget } from "../../../src/hosts/office/request-budget";
import { drawCharts, placeCharts } from "../../../src/hosts/office/charts";
import { findTable } from "../../../src/model/layout/snapshot";
import { ALL_CAPABILITIES } from "../../../src/model/layout/capabilities";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { buildWorkbookSpec } from "../../../src/model/workbook";
import type { ChartSpec } from "../../../src/model/spec/types";
import { columnLetters } from "../../../src/model/address";

const settings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };

function planner(double: ExcelDouble) {
  return createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
}

function chartsOn(double: ExcelDouble, sheet = "Dashboard"): ChartState[] {
  return double.state.sheets.find((s) => s.name === sheet)!.charts;
}

/** "Dashboard!$P$7:$P$9": a table column's body as the double holds the table now. */
function columnBody(double: ExcelDouble, table: string, header: string): string {
  const t = double.state.tables.find((x) => x.name === table)!;
  const sheet = double.state.sheets.find((s) => s.name === t.sheet)!;
  const headers = Array.from({ length: t.columnCount }, (_, i) => String(sheet.cells[`${columnLetters(t.column + i)}${t.row + 1}`]?.value ?? ""));
  const c = columnLetters(t.column + headers.indexOf(header));
  expect(headers).toContain(header);
  const first = `${t.sheet}!$${c}$${t.row + 2}`;
  return t.rowCount === 2 ? first : `${first}:$${c}$${t.row + t.rowCount}`;
}

const goals = ["G1", "G2", "G3"].map((id, i) => ({ "Goal ID": id, Objective: `Objective ${i + 1}`, Selected: "Yes" }));
const indicators = [{ "Indicator ID": "I1", "Action ID": "A1", "Goal ID": "G1", Indicator: "Workers trained", Baseline: 0, Target: 100, "Baseline year": 2025, "Target year": 2028 }];
const actions = [
  { "Action ID": "A1", Title: "Skills centre", "Goal ID": "G1", Status: "Ongoing", Budget: 1000, "Lead agency": "Labour" },
  { "Action ID": "A2", Title: "Remittance fund", "Goal ID": "G2", Status: "Planned", Budget: 500, "Lead agency": "Finance" },
];

function expectDashboardCharts(double: ExcelDouble): void {
  const charts = chartsOn(double);
  expect(charts.map((c) => c.name)).toEqual(["chtBudgetByGoal", "chtIndicatorsByStatus"]);
  const [budget, status] = charts;
  expect(budget).toMatchObject({ chartType: "BarClustered", title: { text: "Budget under way by priority goal", visible: true }, legend: { visible: false } });
  expect(budget.series).toEqual([
    expect.objectContaining({
      name: "Budget under way",
      values: columnBody(double, "tblDashboardByGoal", "Budget under way"),
      // The goals' names, not their bare codes.
      categories: columnBody(double, "tblDashboardByGoal", "Objective"),
      fillColor: "#2E75B6",
    }),
  ]);
  // Each budget written on its bar (in the cells' money format: ExcelApi 1.8 is not asked for).
  expect(budget.dataLabels).toMatchObject({ showValue: true, position: "OutsideEnd" });
  expect(status).toMatchObject({ chartType: "ColumnClustered", title: { text: "Indicators by status", visible: true } });
  expect(status.series).toEqual([
    expect.objectContaining({ name: "Indicators", values: "Dashboard!$B$15:$B$18", categories: "Dashboard!$A$15:$A$18", fillColor: "#70AD47" }),
  ]);
  // Each bar in its status's colour, as the Status column: On track green, At risk amber, Off track red, No data grey.
  expect(status.series[0].pointFills).toEqual({ 0: "#70AD47", 1: "#FFC000", 2: "#C00000", 3: "#A6A6A6" });
  expect(status.dataLabels).toMatchObject({ showValue: true, position: "OutsideEnd" });
  // Counts: whole-number steps from 0, never 0.5.
  expect(status.axes.value).toMatchObject({ minimum: 0, majorUnit: 1 });
  // Side by side on the first screen (rows 5-20), beside the headline figures in columns A-B.
  expect(status.position).toEqual({ topLeft: "D5", bottomRight: "G20" });
  expect(budget.position).toEqual({ topLeft: "H5", bottomRight: "M20" });
}

describe("on a new workbook", () => {
  test("set-up draws no chart over a plan without goals or indicators (a bare axis 0-12), within its three syncs", async () => {
    const double = createExcelDouble();
    const report = await planner(double).setUp({ settings });
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(chartsOn(double)).toEqual([]);
    // The status labels are where the status chart's categories will point.
    expect(["A15", "A16", "A17", "A18"].map((a) => double.cell("Dashboard", a)?.value)).toEqual(["On track", "At risk", "Off track", "No data"]);
  });

  test("in Excel 2016 (ExcelApi 1.4) the charts are drawn once there are goals and indicators; the budget chart numbers its bars instead of naming goals", async () => {
    const double = createExcelDouble({ supportedApiVersion: "1.4" });
    const p = planner(double);
    await p.setUp({ settings });
    await fillTables(double, { tblGoals: goals, tblActions: actions, tblIndicators: indicators });
    await p.refresh();
    const [budget, status] = chartsOn(double);
    // Point colours, labels and the axis are ExcelApi 1.1: there too.
    expect(status.series[0].pointFills).toEqual({ 0: "#70AD47", 1: "#FFC000", 2: "#C00000", 3: "#A6A6A6" });
    expect(status.axes.value).toMatchObject({ minimum: 0, majorUnit: 1, numberFormat: "" });
    expect(budget.series).toEqual([expect.objectContaining({ values: columnBody(double, "tblDashboardByGoal", "Budget under way"), categories: "" })]);
    expect(status.series[0]).toMatchObject({ values: "Dashboard!$B$15:$B$18", categories: "Dashboard!$A$15:$A$18" });
  });
});

// Through the planner: needs refresh() to keep the plan's "charts" step for sheets whose tables it
// rebuilt (office-planner.ts filters a refresh's steps down to replaceTable + conditionalFormats).
describe("refresh", () => {
  let double: ExcelDouble;
  let refreshSyncs: number;
  beforeAll(async () => {
    double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    await fillTables(double, { tblGoals: goals, tblActions: actions, tblIndicators: indicators });
    refreshSyncs = (await p.refresh()).syncs;
  });

  test("redraws the two charts over the rebuilt tables' current rows", () => {
    expect(double.tableRows("tblDashboardByGoal").map((r) => r[0])).toEqual(["G1", "G2", "G3"]);
    expectDashboardCharts(double);
    expect(chartsOn(double)[0].series[0].values).toBe("Dashboard!$S$24:$S$26");
  });

  test("a second refresh leaves two charts, not four, and costs no more syncs than the first", async () => {
    const again = await planner(double).refresh();
    expect(chartsOn(double)).toHaveLength(2);
    expectDashboardCharts(double);
    expect(again.syncs).toBeLessThanOrEqual(refreshSyncs);
    // No chart anywhere else.
    expect(double.state.sheets.filter((s) => s.name !== "Dashboard").flatMap((s) => s.charts)).toEqual([]);
  });
});

describe("the charts step on its own", () => {
  async function runCharts(double: ExcelDouble, sheet: string, charts: ChartSpec[]): Promise<number> {
    return double.run(async (ctx) => {
      const { snapshot } = await readSnapshot(ctx, { sheetNames: [sheet], eagerTables: [], blockTables: () => [] });
      const budget = new RequestBudget(() => ctx.sync());
      await new OfficeStepWriter(ctx, snapshot, ALL_CAPABILITIES, budget).apply({ kind: "charts", sheet, charts });
      if (budget.pending) await budget.flush();
      return budget.syncs;
    });
  }

  const spec = (name: string, over: Partial<ChartSpec> = {}): ChartSpec => ({
    name,
    title: name,
    type: "column",
    categories: { table: "tblGoals", column: "goal id" },
    series: [{ table: "tblGoals", column: "Budget", name: "Budget", color: "#FF0000" }],
    anchor: { row: 0, col: 5, cols: 4, rows: 10 },
    ...over,
  });

  test("skips a chart whose table or column is missing, replaces one of the same name, keeps the others", async () => {
    const double = createExcelDouble();
    double.seedTable("Plan", "tblGoals", "A1", ["Goal ID", "Objective", "Budget"], [["G1", "x", 1], ["G2", "y", 2]]);
    await double.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Plan");
      ws.charts.add("Pie", ws.getRange("C2:C3")).name = "theirs";
      ws.charts.add("Pie", ws.getRange("C2:C3")).name = "CHTA";
      await ctx.sync();
    });
    const syncs = await runCharts(double, "Plan", [
      spec("chtA"),
      spec("chtMissingTable", { categories: { table: "tblNope", column: "Goal ID" } }),
      spec("chtMissingColumn", { series: [{ table: "tblGoals", column: "Nope", name: "n" }] }),
      spec("chtPie", { type: "pie", categories: { row: 1, col: 0, rows: 2 }, series: [{ row: 1, col: 1, rows: 2, name: "Objective", color: "#00FF00" }] }),
    ]);
    expect(syncs).toBe(2); // the look-up of the sheet's charts, then the drawing
    const charts = chartsOn(double, "Plan");
    expect(charts.map((c) => c.name)).toEqual(["theirs", "chtA", "chtPie"]);
    expect(charts[1]).toMatchObject({ chartType: "ColumnClustered", position: { topLeft: "F1", bottomRight: "I10" } });
    expect(charts[1].series).toEqual([expect.objectContaining({ values: "Plan!$C$2:$C$3", categories: "Plan!$A$2:$A$3", fillColor: "#FF0000" })]);
    // Adjacent fixed cells: one two-column source; a pie keeps its theme colours and its legend.
    expect(charts[2]).toMatchObject({ chartType: "Pie", legend: { visible: true } });
    expect(charts[2].series).toEqual([expect.objectContaining({ name: "Objective", values: "Plan!$B$2:$B$3", categories: "Plan!$A$2:$A$3", fillColor: "" })]);
  });

  test("after the tables are rebuilt, the Dashboard's step redraws both charts over the current rows", async () => {
    const double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    await fillTables(double, { tblGoals: goals, tblActions: actions });
    await p.refresh();
    const dashboard = buildWorkbookSpec(settings).sheets.find((x) => x.name === "Dashboard")!;
    expect(await runCharts(double, "Dashboard", dashboard.charts!)).toBe(2);
    expect(double.tableRows("tblDashboardByGoal").map((r) => r[0])).toEqual(["G1", "G2", "G3"]);
    expectDashboardCharts(double);
    expect(chartsOn(double)[0].series[0]).toMatchObject({ values: "Dashboard!$S$24:$S$26", categories: "Dashboard!$R$24:$R$26" });
  });

  test("with ExcelApi 1.8 the labels and the value axis take the spec's number formats; without it, the cells' own", async () => {
    for (const api18 of [true, false]) {
      const double = createExcelDouble();
      double.seedTable("Plan", "tblGoals", "A1", ["Goal ID", "Objective", "Budget"], [["G1", "x", 1], ["G2", "y", 2]]);
      await double.run(async (ctx) => {
        const { snapshot } = await readSnapshot(ctx, { sheetNames: ["Plan"], eagerTables: [], blockTables: () => [] });
        const charts = placeCharts("Plan", [spec("chtF", { dataLabels: { numberFormat: '#,##0" USD"' }, valueAxis: { numberFormat: "#,##0" } })], (n) => findTable(snapshot, n));
        const budget = new RequestBudget(() => ctx.sync());
        await drawCharts(ctx.workbook.worksheets.getItem("Plan"), charts, { budget, newSheet: false, api17: true, api18 });
        if (budget.pending) await budget.flush();
      });
      const [chart] = chartsOn(double, "Plan");
      expect(chart.dataLabels).toMatchObject({ showValue: true, position: "OutsideEnd", numberFormat: api18 ? '#,##0" USD"' : "" });
      expect(chart.axes.value).toMatchObject({ numberFormat: api18 ? "#,##0" : "", majorUnit: null });
      // A column chart's categories run left to right as they are.
      expect(chart.axes.category).toMatchObject({ reversePlotOrder: false, position: "Automatic" });
    }
  });

  test("a bar chart reads top-down in the cells' order, its value axis below the bars, where Excel can do both (1.8)", async () => {
    for (const api18 of [true, false]) {
      const double = createExcelDouble();
      double.seedTable("Plan", "tblGoals", "A1", ["Goal ID", "Objective", "Budget"], [["G1", "x", 1], ["G2", "y", 2]]);
      await double.run(async (ctx) => {
        const { snapshot } = await readSnapshot(ctx, { sheetNames: ["Plan"], eagerTables: [], blockTables: () => [] });
        const charts = placeCharts("Plan", [spec("chtBar", { type: "bar" })], (n) => findTable(snapshot, n));
        const budget = new RequestBudget(() => ctx.sync());
        await drawCharts(ctx.workbook.worksheets.getItem("Plan"), charts, { budget, newSheet: false, api17: true, api18 });
        if (budget.pending) await budget.flush();
      });
      const [chart] = chartsOn(double, "Plan");
      expect(chart.axes.category).toMatchObject(api18 ? { reversePlotOrder: true, position: "Maximum" } : { reversePlotOrder: false, position: "Automatic" });
    }
  });

  test("a second series is added with its own values over the same categories", async () => {
    const double = createExcelDouble();
    double.seedTable("Plan", "tblGoals", "A1", ["Goal ID", "Objective", "Budget"], [["G1", "x", 1], ["G2", "y", 2]]);
    await runCharts(double, "Plan", [
      spec("chtTwo", { type: "bar", series: [{ table: "tblGoals", column: "Budget", name: "Budget" }, { row: 1, col: 1, rows: 2, name: "Other", color: "#0000FF" }] }),
    ]);
    const [chart] = chartsOn(double, "Plan");
    expect(chart.legend.visible).toBe(true);
    expect(chart.series.map((s) => [s.name, s.values, s.categories, s.fillColor])).toEqual([
      ["Budget", "Plan!$C$2:$C$3", "Plan!$A$2:$A$3", ""],
      ["Other", "Plan!$B$2:$B$3", "Plan!$A$2:$A$3", "#0000FF"],
    ]);
  });
});
