/**
 * In Chromium, over the preview's workbook (Microsoft's Excel client in front of the double): a
 * planner types goals, actions, funding, capacity, indicators and their values, presses the
 * pane's two rebuild buttons, and finds every derived table of the model's registry filled and
 * the budget chart drawn over the rebuilt rows.
 */
import { DERIVED, REBUILD_ACTIONS } from "../../src/model/registry";
import { SAMPLE_DATA } from "../../src/model/sample/sample-plan";
import { startHarness, tableRows, waitForStages, workbook, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

const TYPED = ["tblGoals", "tblActions", "tblFunding", "tblCapacity", "tblWorkplan", "tblIndicators", "tblIndicatorValues"] as const;

test("typed rows, then Build capacity matrix and Refresh dashboard: every derived table filled, the budget chart fed", async () => {
  const { page } = await h.open("view=pane&workbook=setup");
  await waitForStages(page, "Ready");
  for (const d of DERIVED) expect((await tableRows(page, d.name)).flat().filter((v) => v !== "" && !String(v).startsWith("="))).toEqual([]);

  // The planner types (pastes) the sample plan's rows, through Excel's API as Excel would take them.
  const data = Object.fromEntries(TYPED.map((t) => [t, SAMPLE_DATA[t] ?? []]));
  await page.evaluate(async (rows) => {
    await window.mdPreview!.double.run(async (ctx) => {
      const entries = Object.entries(rows);
      const headers = entries.map(([name]) => ctx.workbook.tables.getItem(name).getHeaderRowRange().load("values"));
      await ctx.sync();
      entries.forEach(([name, list], i) => {
        const cols = headers[i].values[0] as string[];
        const values = list.map((r) => cols.map((c) => (r[c] === undefined ? null : r[c])));
        const table = ctx.workbook.tables.getItem(name);
        // null leaves a calculated column's formula in place
        table.getDataBodyRange().getRow(0).values = [values[0]] as unknown as string[][];
        if (values.length > 1) table.rows.add(null as unknown as number, values.slice(1).map((r) => r.map((v) => (v === null ? "" : v))) as unknown as string[][]);
      });
      await ctx.sync();
    });
  }, data as Record<string, Record<string, unknown>[]>);

  await page.getByRole("button", { name: REBUILD_ACTIONS.capacity.label }).click();
  await page.getByRole("status").getByText("Capacity matrix rebuilt", { exact: true }).waitFor();
  await page.getByRole("button", { name: REBUILD_ACTIONS.dashboard.label }).click();
  await page.getByRole("status").getByText("Dashboard refreshed", { exact: true }).waitFor();

  for (const d of DERIVED) {
    const rows = await tableRows(page, d.name);
    const typed = rows.map((r) => r[0]).filter((v) => v !== "" && v !== null);
    expect({ table: d.name, filled: typed.length > 0 }).toEqual({ table: d.name, filled: true });
  }
  const goals = (await tableRows(page, "tblDashboardByGoal")).map((r) => r[0]);
  expect(goals.length).toBeGreaterThan(0);
  const state = await workbook(page);
  const chart = state.sheets.flatMap((s) => s.charts).find((c) => c.name === "chtBudgetByGoal")!;
  const byGoal = state.tables.find((t) => t.name === "tblDashboardByGoal")!;
  // The series reads exactly the rebuilt table's body rows.
  const rowsIn = (address: string) => {
    const [, a, b] = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(address)!;
    return Number(b) - Number(a) + 1;
  };
  expect(chart.series[0].values).toContain("Dashboard!");
  expect(rowsIn(chart.series[0].values)).toBe(byGoal.rowCount - 1);
  expect(rowsIn(chart.series[0].categories)).toBe(goals.length);
});
