/**
 * Where a status is shown, its colour says it: work statuses (Plan of Action, Workplan, the
 * Dashboard's list) with Delayed as a problem and Completed as done, indicator problems on the
 * Dashboard in the Off track red.
 */
import { STATUS_COLOURS } from "../../src/model/spec/columns";
import { WORK_STATUS_COLOURS } from "../../src/model/spec/status-colours";
import type { ConditionalFormatSpec } from "../../src/model/spec/types";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";
import { DASHBOARD_SHEET } from "../../src/model/stages/dashboard";

const spec = buildWorkbookSpec(DEFAULT_SETTINGS);
const column = (table: string, header: string) => tablesOf(spec).find((t) => t.placed.table.name === table)!.placed.table.columns.find((c) => c.header === header)!;
const colourOf = (formats: ConditionalFormatSpec[] | undefined, text: string) => formats?.find((f) => f.kind === "equals" && f.text === text);
const offTrack = STATUS_COLOURS.find((f) => f.kind === "equals" && f.text === "Off track")!;
const onTrack = STATUS_COLOURS.find((f) => f.kind === "equals" && f.text === "On track")!;

test.each([
  ["tblActions", "Status"],
  ["tblWorkplan", "Status"],
  ["tblDashboard", "Status"],
])("%s %s: Delayed reads as a problem (Off track's red), Completed as done (On track's green)", (table, header) => {
  const formats = column(table, header).conditionalFormats;
  expect(formats).toEqual(WORK_STATUS_COLOURS);
  expect(colourOf(formats, "Delayed")).toMatchObject({ fill: (offTrack as { fill: string }).fill, font: (offTrack as { font: string }).font });
  expect(colourOf(formats, "Completed")).toMatchObject({ fill: (onTrack as { fill: string }).fill, font: (onTrack as { font: string }).font });
  expect(colourOf(formats, "Planned")).toBeUndefined();
});

test("the Dashboard's off-track counts turn red above 0: the headline, the status block and each goal's", () => {
  const sheet = spec.sheets.find((s) => s.name === DASHBOARD_SHEET)!;
  const red = sheet.cells.filter((c) => c.conditionalFormats?.length);
  expect(red.map((c) => [c.row, c.col])).toEqual([[10, 1], [16, 1]]);
  for (const c of red) expect(c.conditionalFormats).toEqual([{ formula: `=$B$${c.row + 1}>0`, fill: "#FFC7CE", font: "#9C0006" }]);
  expect(column("tblDashboardByGoal", "Indicators off track").conditionalFormats).toEqual([{ kind: "greaterThan", value: 0, fill: "#FFC7CE", font: "#9C0006" }]);
});

test("IPTT % achieved is coloured against the plan's thresholds: green from thrOnTrack, amber from thrAtRisk, red below, in the Status column's colours", () => {
  const ipttColumns = tablesOf(spec).find((t) => t.placed.table.name === "tblIPTT")!.placed.table.columns.filter((c) => c.header.endsWith("% achieved"));
  expect(ipttColumns.length).toBeGreaterThan(0);
  const statusFill = (text: string) => (STATUS_COLOURS.find((f) => f.kind === "equals" && f.text === text) as { fill: string }).fill;
  for (const c of ipttColumns) {
    const compare = (c.conditionalFormats ?? []).filter((f) => f.kind === "compare");
    expect(compare.map((f) => f.kind === "compare" && [f.operator, f.formula1, f.formula2 ?? null, f.fill])).toEqual([
      ["greaterThanOrEqual", "thrOnTrack", null, statusFill("On track")],
      ["between", "thrAtRisk", "thrOnTrack", statusFill("At risk")],
      ["lessThan", "thrAtRisk", null, statusFill("Off track")],
    ]);
  }
});
