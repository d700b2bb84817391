/**
 * The add-in's request budget against what Microsoft's office.js client really sends: under a
 * limit twenty times smaller than Excel on the web's, set-up, a re-run over typed rows, the
 * rebuilds, a check that marks many cells, and Clear marks all succeed. An estimate that is low
 * for any kind of change lets a request pass the limit, which the double refuses as Excel does
 * (RequestPayloadSizeLimitExceeded), and the test fails.
 */
import { createExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { estimateBytes } from "../../../src/hosts/office/request-budget";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";

const LIMIT = 256 * 1024;

test("every operation stays within a 256 KB request limit when the budget is set to it", async () => {
  const double = createExcelDouble({ requestLimitBytes: LIMIT });
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double), { requestBudgetBytes: LIMIT - 16 * 1024 });
  const setup = await planner.setUp({ settings: SAMPLE_SETTINGS });
  expect(setup.syncs).toBeGreaterThan(3); // the set-up really was split
  const faultyActions = Array.from({ length: 3000 }, (_, i) => ({ "Action ID": `A${i + 1}`, Title: `Action ${i + 1}`, "Goal ID": "G404", Budget: i % 2 ? 1000 : "a lot", Status: "Ongoing" }));
  await fillTables(double, { ...SAMPLE_DATA, tblActions: faultyActions }, 300);
  await planner.setUp({ settings: SAMPLE_SETTINGS });
  await planner.refresh();
  const check = await planner.check();
  expect(check.marked).toBeGreaterThan(3000);
  expect(await planner.clearMarks()).toBeGreaterThan(0);
  expect(double.stats.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
});

test("the estimate of one cell write is not below what the client sends for it", async () => {
  const double = createExcelDouble();
  double.seedSheet("S", {});
  const n = 200;
  await double.run(async (ctx) => {
    double.stats.reset();
    for (let i = 0; i < n; i++) ctx.workbook.worksheets.getItem("S").getRange(`A${i + 1}`).values = [["x"]];
    await ctx.sync();
  });
  // getItem, getRange and the set: three calls.
  expect(estimateBytes([["x"]], 3) * n).toBeGreaterThanOrEqual(double.stats.requestBytes[0]);
});
