/**
 * A rebuilt money column keeps the plan's currency: the rebuild reads it from the table's first
 * money column, so every table with money needs one (By priority goal on the Dashboard had its
 * budget as a plain number, and rebuilt in USD).
 */
import { derivedTable } from "../../src/model/derived/registry";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";

const spec = buildWorkbookSpec({ ...DEFAULT_SETTINGS, currency: "KES" });

test.each(["tblDashboardByGoal", "tblDashboardByLead", "tblFundingByGoal", "tblFundingByPartner"])("%s rebuilt keeps KES in its money columns", (name) => {
  const placed = tablesOf(spec).find((t) => t.placed.table.name === name)!.placed.table;
  const rebuilt = derivedTable(name)!.build(placed, () => [{ "Goal ID": "G1", Partner: "Bank", "Lead agency": "Labour", Status: "Ongoing", "Action ID": "A1" }]);
  const money = rebuilt.table.columns.filter((c) => c.numberFormat.includes('"'));
  expect(money.length).toBeGreaterThan(0);
  for (const c of money) expect([c.header, c.kind, c.numberFormat]).toEqual([c.header, "money", '#,##0" KES"']);
});
