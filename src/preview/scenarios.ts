/**
 * Workbooks the preview can start from (?workbook=...), built the way a user would get them: set up
 * through the real Office service over the double, then rows typed into its tables through the
 * Excel API. The e2e tests start from these; a trainer can too.
 */
import type { ExcelRun } from "../hosts/office/excel-run";
import { createOfficePlanner } from "../hosts/office/office-planner";
import { excelDate } from "../model/dates";
import { DEFAULT_SETTINGS, type PlanSettings } from "../model/settings";
import type { ExcelDouble } from "../excel-double";

export const SCENARIOS = ["empty", "setup", "user-rows", "faulty", "protected"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const PREVIEW_SETTINGS: PlanSettings = { ...DEFAULT_SETTINGS, country: "Kenya", title: "Kenya M&D plan", startYear: 2026, endYear: 2030 };

export type Row = Record<string, string | number>;

const date = (iso: string) => excelDate(iso);

/** Writes the given cells of body rows 1, 2... of a table, adding rows as needed; other cells stay as they are. */
export async function fillTable(run: ExcelRun, name: string, rows: Row[]): Promise<void> {
  await run(async (ctx) => {
    const table = ctx.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values");
    const existing = table.rows.load("count");
    await ctx.sync();
    const headers = header.values[0].map(String);
    const extra = rows.length - existing.count;
    if (extra > 0) table.rows.add(undefined, Array.from({ length: extra }, () => headers.map(() => "")));
    const body = table.getDataBodyRange();
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        const c = headers.indexOf(column);
        if (c < 0) throw new Error(`${name} has no column ${column}`);
        body.getCell(i, c).values = [[value]];
      }
    });
    await ctx.sync();
  });
}

export const STAKEHOLDERS = ["Ministry of Labour", "Central Bank", "Diaspora Office"];
export const AREAS = ["Data", "Policy", "Coordination", "Finance"];

/** Two goals, each with an action measured by its indicator; capacity ratings and funding for stage 4. */
export async function typeCleanPlan(run: ExcelRun): Promise<void> {
  await fillTable(run, "tblIndicators", [
    { "Indicator ID": "I1", "Action ID": "A1", "Goal ID": "G1", Level: "Output", Indicator: "Agencies licensed", Unit: "agencies", Direction: "Increase", Baseline: 10, "Baseline year": 2025, Target: 80, "Target year": 2030 },
    { "Indicator ID": "I2", "Action ID": "A2", "Goal ID": "G2", Level: "Outcome", Indicator: "Cost of sending 200 USD", Unit: "%", Direction: "Decrease", Baseline: 7.5, "Baseline year": 2025, Target: 3, "Target year": 2030 },
  ]);
  await fillTable(run, "tblGoals", [
    { "Goal ID": "G1", Objective: "Make labour migration fair and safe", Selected: "Yes" },
    { "Goal ID": "G2", Objective: "Lower the cost of remittances", Selected: "Yes" },
  ]);
  await fillTable(run, "tblActions", [
    { "Action ID": "A1", Title: "Licensing of recruitment agencies", "Goal ID": "G1", "Lead agency": "Ministry of Labour", Start: date("2026-02-01"), End: date("2027-12-31"), Budget: 850000, "Indicator IDs": "I1", Endorsed: "Yes", Status: "Planned" },
    { "Action ID": "A2", Title: "Remittance price comparison site", "Goal ID": "G2", "Lead agency": "Central Bank", Start: date("2026-03-01"), End: date("2028-06-30"), Budget: 120000, "Indicator IDs": "I2", Endorsed: "Yes", Status: "Planned" },
  ]);
}

async function typeStage4(run: ExcelRun): Promise<void> {
  await fillTable(
    run,
    "tblCapacity",
    STAKEHOLDERS.flatMap((stakeholder, s) => AREAS.map((area, a) => ({ Stakeholder: stakeholder, "Capacity area": area, Level: "Individual", Current: 1 + ((s + a) % 3), Required: 4 }))),
  );
  await fillTable(run, "tblFunding", [
    { Source: "Budget line 12", Kind: "Domestic", Partner: "Treasury", Pledged: 100000 },
    { Source: "EU grant", Kind: "External", Partner: "European Union", Pledged: 250000 },
  ]);
}

/**
 * The clean plan spoiled (test/taskpane/check-helpers.tsx plants the same faults): action 2 serves goal "G9",
 * action 3's Budget is "lots", action 4 repeats Action ID A1 (3 errors); action 3 has no
 * indicator, goals G2 and G3 have no action (3 warnings); indicator I3 names action A2, which does
 * not list it (1 note).
 */
export async function typeFaults(run: ExcelRun, goalId = "G9"): Promise<void> {
  await fillTable(run, "tblGoals", [{}, {}, { "Goal ID": "G3", Objective: "Engage the diaspora", Selected: "Yes" }]);
  await fillTable(run, "tblIndicators", [
    {},
    {},
    { "Indicator ID": "I3", "Action ID": "A2", "Goal ID": "G2", Level: "Output", Indicator: "Banks publishing prices", Unit: "banks", Direction: "Increase", Baseline: 0, "Baseline year": 2025, Target: 12, "Target year": 2030 },
  ]);
  const action = (id: string, extra: Row): Row => ({
    "Action ID": id,
    Title: `Action ${id}`,
    "Goal ID": "G1",
    "Lead agency": "Ministry of Labour",
    Start: date("2026-02-01"),
    End: date("2027-12-31"),
    Budget: 10000,
    "Indicator IDs": "I1",
    Endorsed: "Yes",
    Status: "Planned",
    ...extra,
  });
  await fillTable(run, "tblActions", [{}, { "Goal ID": goalId }, action("A3", { Budget: "lots", "Indicator IDs": "" }), action("A1", {})]);
}

/** Puts the double in the named starting state. `run` is the double's run (watched by the page). */
export async function seedScenario(scenario: Scenario, double: ExcelDouble, run: ExcelRun): Promise<void> {
  if (scenario === "empty") return;
  if (scenario === "protected") {
    // A sheet the add-in wants, already there and protected: set-up must say so and leave it alone.
    double.seedSheet("1 Assessment");
    double.protectSheet("1 Assessment");
    return;
  }
  const service = createOfficePlanner(run, double.isSetSupported);
  await service.setUp({ settings: PREVIEW_SETTINGS });
  if (scenario === "setup") return;
  await typeCleanPlan(run);
  if (scenario === "user-rows") {
    await typeStage4(run);
    return;
  }
  // faulty: the dashboard listed as "Refresh dashboard" would, so a stale dashboard is not a finding of its own.
  await service.refresh(["tblDashboard"]);
  await typeFaults(run);
  await service.refresh(["tblDashboard"]);
}

export function scenarioFrom(text: string | null): Scenario {
  return (SCENARIOS as readonly string[]).includes(text ?? "") ? (text as Scenario) : "empty";
}
