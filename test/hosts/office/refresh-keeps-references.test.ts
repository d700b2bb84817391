/**
 * A refresh rebuilds derived tables in place: Excel turns every formula that reads a deleted
 * table into #REF! (the double does too), so the Dashboard's headline figures and a planner's own
 * formulas must still read the rebuilt tables afterwards.
 */
import { createExcelDouble, type ExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";

const settings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };

/** Formulas outside the table's own rows that read it (its calculated columns grow with it). */
function formulasReading(double: ExcelDouble, table: string): { at: string; formula: string }[] {
  return double.state.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, c]) => c.formula?.includes(`${table}[`) && !c.formula.includes("[#This Row]"))
      .map(([at, c]) => ({ at: `${s.name}!${at}`, formula: c.formula! })),
  );
}

const actions = (n: number) => Array.from({ length: n }, (_, i) => ({ "Action ID": `A${i + 1}`, Title: `Action ${i + 1}`, "Goal ID": "G1", Budget: 1000 + i, Status: "Ongoing" }));

async function planWith(n: number) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings });
  await fillTables(double, { tblGoals: [{ "Goal ID": "G1", Objective: "Jobs", Selected: "Yes" }], tblActions: actions(n) });
  // A planner's own figure on the Settings sheet, reading the dashboard.
  await double.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Settings").getRange("H2").formulas = [["=ROWS(tblDashboard[ID])"]];
    await ctx.sync();
  });
  return { double, planner };
}

test("Refresh dashboard keeps tblDashboard (same table), its headline formulas and the planner's own", async () => {
  const { double, planner } = await planWith(12);
  const id = double.state.tables.find((t) => t.name === "tblDashboard")!.id;
  const before = formulasReading(double, "tblDashboard");
  expect(before.length).toBeGreaterThan(3);

  await planner.refresh(["tblDashboard"]);
  expect(double.state.tables.find((t) => t.name === "tblDashboard")!.id).toBe(id);
  expect(double.tableRows("tblDashboard")).toHaveLength(12);
  expect(formulasReading(double, "tblDashboard")).toEqual(before);
  expect(double.cell("Settings", "H2")?.formula).toBe("=ROWS(tblDashboard[ID])");
  const everyFormula = double.state.sheets.flatMap((s) => Object.values(s.cells).map((c) => c.formula ?? ""));
  expect(everyFormula.filter((f) => f.includes("#REF!"))).toEqual([]);
});

test("a later refresh with fewer rows shrinks the table in place, keeping every reference", async () => {
  const { double, planner } = await planWith(12);
  await planner.refresh(["tblDashboard"]);
  const before = formulasReading(double, "tblDashboard");
  // Eight actions are no longer under way.
  await double.run(async (ctx) => {
    const status = ctx.workbook.tables.getItem("tblActions").columns.getItem("Status").getDataBodyRange();
    status.values = actions(12).map((_, i) => [i < 4 ? "Ongoing" : "Completed"]);
    await ctx.sync();
  });
  await planner.refresh(["tblDashboard"]);
  expect(double.tableRows("tblDashboard").map((r) => r[1])).toEqual(["A1", "A2", "A3", "A4"]);
  expect(formulasReading(double, "tblDashboard")).toEqual(before);
  expect(double.cell("Settings", "H2")?.formula).toBe("=ROWS(tblDashboard[ID])");
});
