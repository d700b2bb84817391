/** Refreshing a dashboard of 5,000 rows in Excel (through the double). */
import { createExcelDouble } from "../../src/excel-double";
import { fillTables } from "../../test/support/fill-tables";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS } from "../../src/model/settings";

export async function dashboardFigures(actions = 3000, activities = 2000) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings: { ...DEFAULT_SETTINGS, country: "Benchland", title: "Bench plan" } });
  await fillTables(double, {
    tblGoals: [{ "Goal ID": "G1", Objective: "Jobs", Selected: "Yes" }],
    tblActions: Array.from({ length: actions }, (_, i) => ({ "Action ID": `A${i + 1}`, Title: `Action ${i + 1}`, "Goal ID": "G1", "Lead agency": `Agency ${i % 40}`, Budget: 1000, Status: "Ongoing" })),
    tblWorkplan: Array.from({ length: activities }, (_, i) => ({ "Activity ID": `W${i + 1}`, "Action ID": `A${(i % actions) + 1}`, Activity: `Activity ${i + 1}`, Responsible: `Unit ${i % 25}`, Status: "Ongoing", "Percent complete": 0.5 })),
  });
  double.stats.reset();
  const t = performance.now();
  const report = await planner.refresh(["tblDashboard", "tblDashboardByGoal", "tblDashboardByLead"]);
  return {
    dashboardRows: actions + activities,
    dashboardRefreshSyncs: report.syncs,
    dashboardRefreshMaxRequestBytes: double.stats.maxRequestBytes,
    dashboardRefreshMs: Math.round(performance.now() - t),
  };
}
