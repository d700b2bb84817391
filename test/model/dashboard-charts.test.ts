/**
 * Where the Dashboard's charts go: beside the headline figures, above the tables, on a new plan;
 * not at all while there is nothing to chart; and never over the tables of a Dashboard an older
 * version laid out (tables from row 6), whose tables stay where they are.
 */
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";
import { planSetup } from "../../src/model/layout/plan-setup";
import type { WorkbookSnapshot } from "../../src/model/layout/snapshot";
import type { ChartSpec } from "../../src/model/spec/types";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { DASHBOARD_SHEET, DASHBOARD_TABLE_ROW } from "../../src/model/stages/dashboard";

const spec = buildWorkbookSpec({ ...DEFAULT_SETTINGS, title: "Plan" });

/** A workbook set up before, its Dashboard tables `tableRow` down, with one goal and one indicator typed. */
function snapshot(tableRow: number): WorkbookSnapshot {
  const tables = tablesOf(spec).map(({ sheet, placed }) => ({
    name: placed.table.name,
    sheet: sheet.name,
    headers: placed.table.columns.map((c) => c.header),
    row: sheet.name === DASHBOARD_SHEET ? tableRow : placed.row,
    col: placed.col,
    rowCount: 1,
  }));
  const row = (table: string, values: Record<string, string>) => tables.find((t) => t.name === table)!.headers.map((h) => values[h] ?? "");
  return {
    sheets: spec.sheets.map((s) => ({ name: s.name, used: { row: 0, col: 0, rows: 40, cols: 40 }, protected: false })),
    tables,
    names: spec.names.map((n) => n.name),
    tableData: { tblGoals: [row("tblGoals", { "Goal ID": "G1" })], tblIndicators: [row("tblIndicators", { "Indicator ID": "I1" })] },
  };
}

function chartsOf(snap: WorkbookSnapshot): ChartSpec[] {
  const step = planSetup(spec, snap, { refreshDerived: true }).steps.find((s) => s.kind === "charts");
  return step?.kind === "charts" ? step.charts : [];
}

const box = (c: ChartSpec) => ({ top: c.anchor.row, bottom: c.anchor.row + c.anchor.rows - 1, left: c.anchor.col, right: c.anchor.col + c.anchor.cols - 1 });

test("on today's layout both charts stand in rows 5-20 beside the headline figures, above the tables", () => {
  const charts = chartsOf(snapshot(DASHBOARD_TABLE_ROW));
  expect(charts.map((c) => c.name)).toEqual(["chtBudgetByGoal", "chtIndicatorsByStatus"]);
  for (const c of charts) {
    expect(box(c).top).toBe(4);
    expect(box(c).bottom).toBeLessThan(DASHBOARD_TABLE_ROW - 1);
    expect(box(c).left).toBeGreaterThanOrEqual(3);
  }
});

test("on an older Dashboard, its tables from row 6, the charts move right of every table instead of covering them", () => {
  const snap = snapshot(5);
  const right = Math.max(...snap.tables.filter((t) => t.sheet === DASHBOARD_SHEET).map((t) => t.col + t.headers.length));
  const charts = chartsOf(snap);
  expect(charts).toHaveLength(2);
  for (const c of charts) expect(box(c).left).toBeGreaterThan(right - 1);
  // Side by side still, as on today's layout.
  const [budget, status] = charts;
  expect(box(status).right).toBeLessThan(box(budget).left);
});

test("with no goal and no indicator typed, neither chart is drawn", () => {
  const snap = { ...snapshot(DASHBOARD_TABLE_ROW), tableData: { tblGoals: [], tblIndicators: [] } };
  expect(chartsOf(snap)).toEqual([]);
});
