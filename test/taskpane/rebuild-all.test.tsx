/** @jest-environment jsdom */
/**
 * The pane's two rebuild buttons between them fill every derived table of the model's registry:
 * a plan set up through the pane, rows typed into goals, actions, indicators and capacity, then
 * "Build capacity matrix" and "Refresh dashboard" pressed, as a user would.
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import { DERIVED_TABLES } from "../../src/model/derived/registry";
import { columnLetters } from "../../src/model/address";
import { REBUILD_ACTIONS, STAGES, tablesRebuiltBy, type RebuildTarget } from "../../src/model/registry";
import type { PlannerService } from "../../src/service/planner-service";
import { fillTables } from "../support/fill-tables";
import type { ExcelDouble } from "../../src/excel-double";
import { stageCard, statusAt } from "./pane-helpers";
import { CAPACITY_ROWS, leading, setUpThroughPane, STAKEHOLDERS, WAIT } from "./refresh-helpers";


/** Goals, actions (two under way, one finished), activities, an other project, indicators with values, capacity and funding. */
async function typePlan(double: ExcelDouble): Promise<void> {
  await fillTables(double, {
    tblGoals: [
      { "Goal ID": "G1", Objective: "Fair and safe labour migration", Selected: "Yes" },
      { "Goal ID": "G2", Objective: "Cheaper remittances", Selected: "Yes" },
    ],
    tblActions: [
      { "Action ID": "A1", "Goal ID": "G1", Title: "Licensing of recruitment agencies", "Lead agency": "Ministry of Labour", Budget: 120000, Status: "Ongoing", "Indicator IDs": "I1" },
      { "Action ID": "A2", "Goal ID": "G2", Title: "Remittance price comparison site", "Lead agency": "Central Bank", Budget: 80000, Status: "Delayed", "Indicator IDs": "I2" },
      { "Action ID": "A3", "Goal ID": "G2", Title: "Pre-departure training", "Lead agency": "Diaspora Office", Budget: 10000, Status: "Completed" },
    ],
    tblWorkplan: [{ "Activity ID": "W1", "Action ID": "A1", Activity: "Draft the licensing decree", Responsible: "Legal unit", Status: "Planned", "Percent complete": 0 }],
    tblOtherProjects: [{ "Project ID": "P1", Title: "ILO fair recruitment pilot", "Goal ID": "G1", Implementer: "ILO", Status: "Ongoing" }],
    tblIndicators: [
      { "Indicator ID": "I1", "Action ID": "A1", "Goal ID": "G1", Indicator: "Licensed agencies", Disaggregation: "None", Baseline: 10, "Baseline year": 2025, Target: 50, "Target year": 2030 },
      { "Indicator ID": "I2", "Action ID": "A2", "Goal ID": "G2", Indicator: "Migrant workers trained", Disaggregation: "Sex, age", Baseline: 0, "Baseline year": 2025, Target: 1000, "Target year": 2030 },
    ],
    tblIndicatorValues: [
      { "Indicator ID": "I1", Period: "2026", Value: 18 },
      { "Indicator ID": "I2", Period: "2026", Value: 300 },
      { "Indicator ID": "I2", Period: "2026", Sex: "Female", Value: 140 },
    ],
    tblCapacity: CAPACITY_ROWS,
    tblFunding: [
      { Source: "Budget line 12", Kind: "Domestic", Partner: "Treasury", "Action ID": "A1", Pledged: 100000 },
      { Source: "EU grant", Kind: "External", Partner: "European Union", "Action ID": "A2", Pledged: 250000 },
    ],
  });
}

/** The real service, with the tables each refresh asked for kept for the test. */
function watchRefreshes(asked: (string[] | undefined)[]): (real: PlannerService) => PlannerService {
  return (real) => ({ ...real, refresh: (tables, onProgress) => (asked.push(tables), real.refresh(tables, onProgress)) });
}

/** "Dashboard!$P$7:$P$9": a table column's body as the double holds the table now. */
function columnBody(double: ExcelDouble, table: string, header: string): string {
  const t = double.state.tables.find((x) => x.name === table)!;
  const sheet = double.state.sheets.find((s) => s.name === t.sheet)!;
  const headers = Array.from({ length: t.columnCount }, (_, i) => String(sheet.cells[`${columnLetters(t.column + i)}${t.row + 1}`]?.value ?? ""));
  expect(headers).toContain(header);
  const c = columnLetters(t.column + headers.indexOf(header));
  const first = `${t.sheet}!$${c}$${t.row + 2}`;
  return t.rowCount === 2 ? first : `${first}:$${c}$${t.row + t.rowCount}`;
}

const BUTTON_DONE: Record<RebuildTarget, string> = { capacity: "Capacity matrix rebuilt", dashboard: "Dashboard refreshed" };

describe("the pane's rebuild buttons", () => {
  it("between them fill every derived table from the rows typed, and feed the budget chart", async () => {
    const asked: (string[] | undefined)[] = [];
    const { double, user } = await setUpThroughPane({ wrap: watchRefreshes(asked) });
    // Set up but nothing typed: every derived table is empty.
    for (const d of DERIVED_TABLES) expect(leading(double, d.name).filter((r) => r[0] !== "" && r[0] !== null)).toEqual([]);
    await typePlan(double);

    // Each button by its label from the registry, where the registry puts it.
    const capacityStage = STAGES.find((s) => s.number === REBUILD_ACTIONS.capacity.part)!;
    await user.click(within(stageCard(capacityStage.number)).getByRole("button", { name: REBUILD_ACTIONS.capacity.label }));
    await statusAt("capacity").findByText(BUTTON_DONE.capacity, {}, WAIT);
    await user.click(screen.getByRole("button", { name: REBUILD_ACTIONS.dashboard.label }));
    await statusAt("dashboard").findByText(BUTTON_DONE.dashboard, {}, WAIT);
    expect(asked).toEqual([tablesRebuiltBy("capacity"), tablesRebuiltBy("dashboard")]);

    // Every derived table has rows, whichever button the registry gives it.
    const empty = DERIVED_TABLES.filter((d) => !leading(double, d.name).some((r) => r[0] !== "" && r[0] !== null)).map((d) => d.name);
    expect(empty).toEqual([]);
    expect(leading(double, "tblCapacityMatrix")).toEqual(STAKEHOLDERS.map((s) => [s]));
    expect(leading(double, "tblFundingByGoal")).toEqual([["G1"], ["G2"]]);
    expect(leading(double, "tblFundingByPartner")).toEqual([["Treasury"], ["European Union"]]);
    expect(leading(double, "tblDashboard", 2)).toEqual([
      ["Action", "A1"],
      ["Action", "A2"],
      ["Activity", "W1"],
      ["Other project", "P1"],
    ]);
    expect(leading(double, "tblDashboardByGoal")).toEqual([["G1"], ["G2"]]);
    expect(leading(double, "tblDashboardByLead")).toEqual([["Ministry of Labour"], ["Central Bank"], ["Legal unit"], ["ILO"]]);
    expect(leading(double, "tblIPTT")).toEqual([["I1"], ["I2"]]);
    // Only the indicator disaggregated by sex.
    expect(leading(double, "tblIndicatorsBySex")).toEqual([["I2"]]);

    // The budget chart reads the goals' budgets as rebuilt, one bar per goal.
    const chart = double.state.sheets.find((s) => s.name === "Dashboard")!.charts.find((c) => c.name === "chtBudgetByGoal")!;
    expect(chart.series).toEqual([
      expect.objectContaining({ values: columnBody(double, "tblDashboardByGoal", "Budget under way"), categories: columnBody(double, "tblDashboardByGoal", "Objective") }),
    ]);
    expect(chart.series[0].values).toMatch(/:\$[A-Z]+\$\d+$/);
  });
});
