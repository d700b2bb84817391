/**
 * The check's worst case for marks: 10,000 cells at fault, no two adjacent in a column (odd rows
 * have a text budget, even rows an unknown goal), so each needs a mark of its own. Measured on
 * the requests Microsoft's office.js client serialises.
 */
import { createExcelDouble } from "../../src/excel-double";
import { fillTables } from "../../test/support/fill-tables";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS } from "../../src/model/settings";

export async function marksFigures(cells = 10_000) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings: { ...DEFAULT_SETTINGS, country: "Benchland", title: "Bench plan" } });
  // Every other field valid, so each action has exactly one fault.
  await fillTables(double, {
    tblGoals: [{ "Goal ID": "G1", Objective: "Jobs", Selected: "Yes" }],
    tblIndicators: [{ "Indicator ID": "I1", "Action ID": "A1", "Goal ID": "G1", Level: "Output", Indicator: "Agencies licensed", Unit: "agencies", Direction: "Increase", "Source type": "Administrative data", Frequency: "Annual", Baseline: 1, "Baseline year": 2025, Target: 9, "Target year": 2029 }],
    tblActions: Array.from({ length: cells }, (_, i) => ({
      "Action ID": `A${i + 1}`,
      Title: `Action ${i + 1}`,
      "Goal ID": i % 2 ? "G1" : "G404",
      "Lead agency": "Ministry of Labour",
      Start: 46113,
      End: 46477,
      "Indicator IDs": "I1",
      Endorsed: "Yes",
      Budget: i % 2 ? "a lot" : 1000,
      Status: "Ongoing",
    })),
  });
  await planner.refresh();
  double.stats.reset();
  const t = performance.now();
  const report = await planner.check();
  return {
    checkMarkedCells: report.marked,
    checkMarksSyncs: double.stats.syncs,
    checkMarksMs: Math.round(performance.now() - t),
    check10000MarksRealRequestBytes: double.stats.maxRequestBytes,
    check10000MarksRealResponseBytes: double.stats.maxResponseBytes,
  };
}
