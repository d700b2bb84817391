/** Failures the user must understand, in Chromium: the message shown, and the workbook as it was. */
import { STAGES } from "../../src/model/registry";
import { toPlannerError } from "../../src/hosts/office/errors";
import { setupWords } from "../../src/model/layout/setup-words";
import { stageCard, stageStatuses, startHarness, waitForStages, workbook, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

const CELL_EDIT = toPlannerError({ code: "InvalidOperationInCellEditMode" }, setupWords("en", "pane")).message;

test("a cell in edit mode: Excel's message in words, nothing changed, and it works once the cell is left", async () => {
  const { page } = await h.open("view=pane");
  await waitForStages(page, "Missing");
  await page.getByLabel(/^Country(?! code)/).fill("Kenya");
  await page.getByLabel(/^Plan title/).fill("Kenya M&D plan");
  await page.evaluate(() => window.mdPreview!.double.setCellEditMode(true));
  const before = await workbook(page);

  await page.getByRole("button", { name: "Set up workbook" }).click();
  await page.getByRole("alert").getByText(CELL_EDIT).waitFor();
  expect(await workbook(page)).toEqual(before);
  expect(await stageStatuses(page)).toEqual(STAGES.map(() => "Missing"));

  await page.evaluate(() => window.mdPreview!.double.setCellEditMode(false));
  await page.getByRole("button", { name: "Set up workbook" }).click();
  await waitForStages(page, "Ready");
  expect(await page.getByText(CELL_EDIT).count()).toBe(0);
});

test("a protected sheet: the user is told how to unprotect it, and it is left as it was", async () => {
  const { page } = await h.open("view=pane&workbook=protected");
  await stageCard(page, 6).waitFor();
  const before = (await workbook(page)).sheets.find((s) => s.name === "1 Assessment")!;
  expect(before.protected).toBe(true);
  await page.getByLabel(/^Country(?! code)/).fill("Kenya");
  await page.getByLabel(/^Plan title/).fill("Kenya M&D plan");
  await page.getByRole("button", { name: "Set up workbook" }).click();

  await page.getByRole("status").getByText(/is protected.*Unprotect Sheet/).first().waitFor();
  await page.getByRole("status").getByText("Workbook set up with problems", { exact: true }).waitFor();
  const after = await workbook(page);
  expect(after.sheets.find((s) => s.name === "1 Assessment")).toEqual(before);
  expect(after.tables.filter((t) => t.sheet === "1 Assessment")).toEqual([]);
  // The other stages were set up.
  const statuses = await stageStatuses(page);
  expect(statuses[0]).not.toBe("Ready");
  expect(statuses.slice(1)).toEqual(Array(5).fill("Ready"));
});

test("an Excel without ExcelApi 1.4: the pane says so and never touches the workbook", async () => {
  const { page } = await h.open("view=pane&api=1.3");
  await page.getByText("This Excel is too old", { exact: true }).waitFor();
  await page.getByText(/ExcelApi 1\.4/).waitFor();
  expect(await page.getByRole("button", { name: "Set up workbook" }).count()).toBe(0);
  expect(await page.evaluate(() => window.mdPreview!.runs)).toBe(0);
  expect((await workbook(page)).sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});
