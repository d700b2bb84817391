/** The preview page itself: the sheets beside the pane, formulas shown as formulas, the .xlsx download. */
import * as fs from "fs";
import { openWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { startHarness, type Harness } from "./support/harness";
import { seriousViolations } from "./support/look";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

test("shows the workbook's sheets and cells, and downloads it as .xlsx", async () => {
  const { page } = await h.open("workbook=user-rows", { width: 1280, height: 900 });
  const sheets = page.getByRole("tablist", { name: "Sheets" });
  await sheets.getByRole("tab", { name: "3 Plan of Action" }).click();
  const grid = page.locator('table[data-sheet="3 Plan of Action"]');
  await grid.getByText("Licensing of recruitment agencies", { exact: true }).waitFor();
  // No formula engine: a computed cell shows its formula.
  expect(await grid.locator("td").filter({ hasText: /^=/ }).count()).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
  expect(download.suggestedFilename()).toBe("Kenya M&D plan.xlsx");
  const bytes = fs.readFileSync((await download.path())!);
  // Read back as `mdplan check` reads files (exceljs alone trips over the tables' column extras).
  const { workbook: book } = await openWorkbook("download.xlsx", new Uint8Array(bytes));
  expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Settings", "2 Priorities", "3 Plan of Action", "Dashboard"]));
  const texts: string[] = [];
  book.getWorksheet("3 Plan of Action")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  expect(texts).toEqual(expect.arrayContaining(["Licensing of recruitment agencies", "Remittance price comparison site"]));
});
