/**
 * The check reads table bodies in blocks sized by bytes (src/hosts/office/read-blocks.ts), through
 * Microsoft's client, against a double that refuses any response over its limit as Excel on the
 * web does (ResponsePayloadSizeLimitExceeded).
 */
import { createExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";

const settings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };
const actions = (n: number, titleChars: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({ "Action ID": `A${i + 1}`, Title: `Action ${i + 1} ${"x".repeat(titleChars(i))}`, Budget: 1000, Status: "Planned" }));

test("a text-heavy plan (about 7 MB of titles) is read in several responses, each under 5 MB", async () => {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings });
  await fillTables(double, { tblActions: actions(3500, () => 2000) }, 1000);
  double.stats.reset();
  const report = await planner.check();
  expect(report.summary.actions).toBe(3500);
  expect(report.readSyncs).toBeGreaterThanOrEqual(4);
  expect(double.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
});

test("rows that grow long past the first block are read again in halves when Excel refuses a response", async () => {
  const limit = 300 * 1024;
  const double = createExcelDouble({ requestLimitBytes: limit });
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double), { requestBudgetBytes: limit - 50 * 1024 });
  await planner.setUp({ settings });
  // Short titles first, then 400-character ones: a block sized by the first rows is too large.
  await fillTables(double, { tblActions: actions(2000, (i) => (i < 1000 ? 0 : 400)) }, 200);
  const report = await planner.check();
  expect(report.summary.actions).toBe(2000);
  expect(double.stats.maxResponseBytes).toBeLessThanOrEqual(limit);
});
