/** The statuses that count as ongoing: one list in the contract, and everything that says "ongoing" follows it. */
import { isOngoingStatus, ONGOING_STATUSES, VALUE_LISTS } from "../../src/model/contract";
import { dashboardTable, dashboardRows } from "../../src/model/derived/dashboard";
import { buildWorkbookSpec } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import type { TextCell } from "../../src/model/spec/types";

test("the ongoing statuses are drop-down values of lstStatus", () => {
  expect(ONGOING_STATUSES).toEqual(["Planned", "Ongoing", "Delayed"]);
  for (const s of ONGOING_STATUSES) expect(VALUE_LISTS.lstStatus).toContain(s);
});

test.each([
  ["Planned", true],
  ["ongoing", true],
  ["  DELAYED ", true],
  ["Completed", false],
  ["Cancelled", false],
  ["", false],
  [null, false],
  [undefined, false],
  [3, false],
])("isOngoingStatus(%p) is %p", (status, expected) => {
  expect(isOngoingStatus(status)).toBe(expected);
});

test("the dashboard's rows, caption and formulas follow the list", () => {
  const row = (Status: string) => ({ "Action ID": `A-${Status}`, Status });
  const picked = dashboardRows({ actions: VALUE_LISTS.lstStatus.map(row), workplan: [], otherProjects: [] });
  expect(picked.map((r) => r["ID"])).toEqual(ONGOING_STATUSES.map((s) => `A-${s}`));
  expect(dashboardTable("USD").table.caption).toBe("Everything under way (Planned, Ongoing, Delayed)");
  const spec = buildWorkbookSpec(DEFAULT_SETTINGS);
  const dashboard = spec.sheets.find((s) => s.name === "Dashboard")!;
  const formulas = dashboard.cells.map((c: TextCell) => ("formula" in c.content ? String(c.content.formula) : ""));
  const ending = formulas.find((f) => f.includes("TODAY()+90"))!;
  // The same text as when the statuses were written out in it: the LibreOffice recalculation of the sample still holds for it.
  expect(ending).toContain('((tblWorkplan[Status]="Planned")+(tblWorkplan[Status]="Ongoing")+(tblWorkplan[Status]="Delayed"))');
  const underWay = dashboardTable("USD").table.columns.find((c) => c.header === "Budget led")!.formula!;
  for (const s of ONGOING_STATUSES) expect(underWay).toContain(`"${s}"`);
});
