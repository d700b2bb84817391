/**
 * The pane's workflows in Chromium, over the in-memory workbook: each asserts on what the pane
 * shows and on the double's workbook (read through window.mdPreview).
 */
import { STAGES } from "../../src/model/registry";
import { MARK_FORMULA } from "../../src/hosts/office/marks";
import type { WorkbookState } from "../../src/excel-double";
import { cellOf, eventually, stageStatuses, startHarness, tableRows, waitForStages, workbook, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

const USER_TABLES = ["tblGoals", "tblActions", "tblIndicators", "tblCapacity", "tblFunding"];
const marks = (state: WorkbookState) => state.sheets.flatMap((s) => s.conditionalFormats.filter((f) => f.rule.formula === MARK_FORMULA));
const comparable = (state: WorkbookState) => ({
  ...state,
  nextId: 0,
  sheets: state.sheets.map((s) => ({ ...s, conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, id: "" })) })),
});
const dupes = (list: string[]) => list.filter((x, i) => list.findIndex((y) => y.toLowerCase() === x.toLowerCase()) !== i);

test("first visit: fill the settings, set up the workbook, every stage Ready", async () => {
  const { page } = await h.open("view=pane");
  expect(await stageStatuses(page)).toEqual(STAGES.map(() => "Missing"));
  expect((await workbook(page)).sheets.map((s) => s.name)).toEqual(["Sheet1"]);

  const setUp = page.getByRole("button", { name: "Set up workbook" });
  expect(await setUp.getAttribute("aria-disabled")).toBe("true");
  await page.getByLabel(/^Country(?! code)/).fill("Kenya");
  await page.getByLabel(/^Plan title/).fill("Kenya M&D Plan of Action");
  await setUp.click();

  await waitForStages(page, "Ready");
  await page.getByRole("status").getByText("Workbook set up", { exact: true }).waitFor();
  const state = await workbook(page);
  expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Settings", "1 Assessment", "2 Priorities", "3 Plan of Action", "Dashboard", "Lists"]));
  for (const t of [...USER_TABLES, "tblSettings", "tblDashboard", "tblCapacityMatrix"]) expect(state.tables.map((x) => x.name)).toContain(t);
  // The settings typed reached the workbook.
  const settingsCells = Object.values(state.sheets.find((s) => s.name === "Settings")!.cells).map((c) => c.value);
  expect(settingsCells).toEqual(expect.arrayContaining(["Kenya", "Kenya M&D Plan of Action"]));
  await page.getByText("Kenya M&D Plan of Action", { exact: true }).first().waitFor();
});

test("set-up again on a workbook with user rows: rows untouched, nothing duplicated", async () => {
  const { page } = await h.open("view=pane&workbook=user-rows");
  await waitForStages(page, "Ready");
  const before = await workbook(page);
  const rowsBefore = await Promise.all(USER_TABLES.map((t) => tableRows(page, t)));
  expect(rowsBefore.every((r) => r.length >= 2)).toBe(true);

  // Saved settings are closed: the form, with its button, is one click away.
  await page.getByRole("button", { name: "Edit settings" }).click();
  await page.getByRole("button", { name: "Set up workbook" }).click();
  await page.getByRole("status").getByText("Workbook set up", { exact: true }).waitFor();

  const after = await workbook(page);
  expect(await Promise.all(USER_TABLES.map((t) => tableRows(page, t)))).toEqual(rowsBefore);
  expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(after.tables.map((t) => t.name)).toEqual(before.tables.map((t) => t.name));
  expect(dupes(after.sheets.map((s) => s.name))).toEqual([]);
  expect(dupes(after.tables.map((t) => t.name))).toEqual([]);
  expect(dupes(after.names.map((n) => n.name))).toEqual([]);
  // Re-running set-up re-applies conditional formats (new ids, same rules): everything else is as it was.
  expect(comparable(after)).toEqual(comparable(before));
  expect(await stageStatuses(page)).toEqual(STAGES.map(() => "Ready"));
});

test("Check plan on planted faults: counts, a finding selects its cell, Clear marks", async () => {
  const { page } = await h.open("view=pane&workbook=faulty");
  await waitForStages(page, "Ready");
  const before = await workbook(page);
  expect(marks(before)).toEqual([]);

  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("button", { name: "Check plan" }).click();
  await page.getByRole("status").getByText("3 errors, 3 warnings and 1 note", { exact: true }).waitFor();
  const badges = page.getByRole("group", { name: "Findings by severity" });
  for (const text of ["3 errors", "3 warnings", "1 note"]) await badges.getByText(text, { exact: true }).waitFor();

  const checked = await workbook(page);
  expect(marks(checked).length).toBeGreaterThan(0);
  // Marks change no value.
  for (const s of before.sheets) expect(checked.sheets.find((x) => x.name === s.name)!.cells).toEqual(s.cells);

  const goal = cellOf(checked, "tblActions", 1, "Goal ID");
  const finding = page.getByRole("button", { name: /Goal ID "G9" is not a goal/ });
  await finding.click();
  await eventually(async () => expect((await workbook(page)).selection).toEqual({ sheet: goal.sheet, address: goal.address }));
  expect((await workbook(page)).activeSheet).toBe("3 Plan of Action");
  expect(await finding.getAttribute("aria-current")).toBe("true");

  await page.getByRole("button", { name: /Goal G3 is selected/ }).click();
  const g3 = cellOf(checked, "tblGoals", 2, "Goal ID");
  await eventually(async () => expect((await workbook(page)).selection).toEqual({ sheet: "2 Priorities", address: g3.address }));

  await page.getByRole("button", { name: "Clear marks" }).click();
  await page.getByRole("status").getByText(/^Removed \d+ marks? from the workbook\.$/).waitFor();
  const cleared = await workbook(page);
  expect(marks(cleared)).toEqual([]);
  for (const s of before.sheets) {
    const now = cleared.sheets.find((x) => x.name === s.name)!;
    expect(now.cells).toEqual(s.cells);
    expect(now.conditionalFormats).toEqual(s.conditionalFormats);
  }
});

test("Build capacity matrix and Refresh dashboard rebuild from the rows typed", async () => {
  const { page } = await h.open("view=pane&workbook=user-rows");
  await waitForStages(page, "Ready");
  const capacity = await tableRows(page, "tblCapacity");
  const actions = await tableRows(page, "tblActions");
  expect((await tableRows(page, "tblCapacityMatrix")).map((r) => r[0]).filter(Boolean)).toEqual([]);

  await page.getByRole("button", { name: "Build capacity matrix" }).click();
  await page.getByRole("status").getByText("Capacity matrix rebuilt", { exact: true }).waitFor();
  expect((await tableRows(page, "tblCapacityMatrix")).map((r) => r[0])).toEqual(["Ministry of Labour", "Central Bank", "Diaspora Office"]);
  expect((await tableRows(page, "tblFundingByPartner")).map((r) => r[0])).toEqual(["Treasury", "European Union"]);

  await page.getByRole("button", { name: "Refresh dashboard" }).click();
  await page.getByRole("status").getByText("Dashboard refreshed", { exact: true }).waitFor();
  expect((await tableRows(page, "tblDashboard")).map((r) => r.slice(0, 2))).toEqual([
    ["Action", "A1"],
    ["Action", "A2"],
  ]);
  // What the user typed is as it was.
  expect(await tableRows(page, "tblCapacity")).toEqual(capacity);
  expect(await tableRows(page, "tblActions")).toEqual(actions);
});
