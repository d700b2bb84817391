/** Large writes are split into requests under Excel on the web's 5 MB limit. */
import { createExcelDouble } from "../../../src/excel-double";
import { OfficeStepWriter } from "../../../src/hosts/office/apply-steps";
import { RequestBudget, rowBlocks } from "../../../src/hosts/office/request-budget";
import { ALL_CAPABILITIES } from "../../../src/model/layout/capabilities";
import { EMPTY_SNAPSHOT } from "../../../src/model/layout/snapshot";
import { dashboardTable } from "../../../src/model/derived/dashboard";

test("rowBlocks keeps every row, in order, in blocks under the budget", () => {
  const rows = Array.from({ length: 1000 }, (_, i) => [`row ${i}`, "x".repeat(100)]);
  const blocks = rowBlocks(rows, 10_000);
  expect(blocks.length).toBeGreaterThan(10);
  expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
  for (const b of blocks) expect(JSON.stringify(b.rows).length).toBeLessThanOrEqual(10_000 + 200);
  expect(blocks.map((b) => b.start)).toEqual(blocks.map((_, i) => blocks.slice(0, i).reduce((n, x) => n + x.rows.length, 0)));
});

test("a 12 MB table goes in several syncs, none above 5 MB, and arrives whole", async () => {
  const double = createExcelDouble();
  const { table } = dashboardTable("USD");
  const rows = Array.from({ length: 60_000 }, (_, i) => ({ Source: "Action", ID: `A${i + 1}-${"padding".repeat(25)}` }));
  double.stats.reset();
  await double.run(async (ctx) => {
    const budget = new RequestBudget(() => ctx.sync());
    const writer = new OfficeStepWriter(ctx, EMPTY_SNAPSHOT, ALL_CAPABILITIES, budget);
    ctx.workbook.worksheets.add("Dashboard");
    await writer.apply({ kind: "addTable", sheet: "Dashboard", row: 5, col: 3, table, rows });
    await budget.flush();
  });
  expect(double.stats.syncs).toBeGreaterThanOrEqual(3);
  expect(double.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  const stored = double.tableRows("tblDashboard");
  expect(stored).toHaveLength(60_000);
  expect(stored[59_999][1]).toBe(rows[59_999].ID);
});
