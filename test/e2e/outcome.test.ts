/**
 * The pane answers where the user looks, in Chromium at Excel's default width (350 px) and a
 * typical pane height: after each action the answer is inside the window without the user
 * scrolling (its box within window.innerHeight), and a screenshot of what the user sees (the
 * window, not the whole page) goes to test-output/screenshots/pane-after-*.png.
 */
import type { Page } from "playwright-core";
import { PANE_WIDTH, stageCard, startHarness, waitForStages, type Harness } from "./support/harness";
import { SHOTS } from "./support/look";
import * as fs from "fs";
import * as path from "path";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

/** A typical task pane: Excel's default width, the height of a laptop's Excel window less its ribbon. */
const PANE = { width: PANE_WIDTH, height: 700 };

/** Where the element stands in the window, and the window's height. */
function boxOf(page: Page, selector: string) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height, window: window.innerHeight, text: el.textContent ?? "" };
  }, selector);
}

/** The answer at `selector` says `text` and is all inside the window (its top at least, if taller than the window). */
async function expectInSight(page: Page, selector: string, text: RegExp): Promise<void> {
  await page.locator(selector).getByText(text).first().waitFor();
  // Give the scroll into view its frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await boxOf(page, selector);
  expect(box).toBeDefined();
  expect(box!.text).toMatch(text);
  expect(box!.top).toBeGreaterThanOrEqual(0);
  if (box!.height <= box!.window) expect(box!.bottom).toBeLessThanOrEqual(box!.window);
  else expect(box!.top).toBeLessThan(box!.window / 2);
}

/** What the user sees now: the window only. */
async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `pane-after-${name}.png`) });
}

const outcome = (place: string) => `[data-outcome="${place}"]`;

test("set up the workbook, then check the plan from What next", async () => {
  const { page } = await h.open("view=pane", PANE);
  await waitForStages(page, "Missing");
  await shot(page, "first-visit");
  await page.getByLabel(/^Country(?! code)/).fill("Kenya");
  await page.getByLabel(/^Plan title/).fill("Kenya M&D plan");
  // Below the fold at 700 px: the user scrolls to it, as they would.
  await page.getByRole("button", { name: "Set up workbook" }).click();
  await waitForStages(page, "Ready");
  await expectInSight(page, outcome("settings"), /Workbook set up/);
  // The settings closed: what comes next is on the first screen too.
  await expectInSight(page, 'section[aria-labelledby^="next-heading"]', /Fill in stage 1/);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-outcome"))).toBe("settings");
  await shot(page, "set-up-workbook");

  await page.getByRole("button", { name: "Check the plan" }).click();
  await expectInSight(page, "[role=tabpanel] [role=status]:has(.fui-MessageBar)", /Nothing to check yet|No problems found|Checked/);
  await shot(page, "check-the-plan");
});

test("Set up this stage, low in a tall pane, answers on its card", async () => {
  const { page } = await h.open("view=pane", { width: PANE_WIDTH, height: 2000 });
  await waitForStages(page, "Missing");
  await page.getByLabel(/^Country(?! code)/).fill("Kenya");
  await page.getByLabel(/^Plan title/).fill("Kenya M&D plan");
  await stageCard(page, 6).getByRole("button", { name: "Set up this stage" }).click();
  await stageCard(page, 6).getByText("Ready", { exact: true }).waitFor();
  await expectInSight(page, outcome("stage-6"), /Stage 6 set up/);
  await shot(page, "set-up-stage-tall");
});

test("Build capacity matrix, Refresh dashboard and Set up again answer beside their buttons", async () => {
  const { page } = await h.open("view=pane&workbook=user-rows", PANE);
  await waitForStages(page, "Ready");

  await page.getByRole("button", { name: "Build capacity matrix" }).click();
  await expectInSight(page, outcome("capacity"), /Capacity matrix rebuilt/);
  await shot(page, "build-capacity-matrix");

  await page.getByRole("button", { name: "Refresh dashboard" }).click();
  await expectInSight(page, outcome("dashboard"), /Dashboard refreshed/);
  await shot(page, "refresh-dashboard");

  await stageCard(page, 6).getByRole("button", { name: "Set up again" }).click();
  await expectInSight(page, outcome("stage-6"), /Stage 6 set up/);
  await shot(page, "set-up-again");

  await page.getByRole("button", { name: "Refresh status" }).click();
  await waitForStages(page, "Ready");
  await shot(page, "refresh-status");
});

test("a failure shows beside the button pressed, in sight", async () => {
  const { page } = await h.open("view=pane&workbook=user-rows", PANE);
  await waitForStages(page, "Ready");
  await page.evaluate(() => window.mdPreview!.double.setCellEditMode(true));
  await page.getByRole("button", { name: "Refresh dashboard" }).click();
  await expectInSight(page, `${outcome("dashboard")} [role=alert]`, /That did not work/);
  await shot(page, "refresh-dashboard-failed");
});

test("the catalogue's Add button stays near the search box, and its answer in sight", async () => {
  const { page } = await h.open("view=pane&workbook=setup", PANE);
  await waitForStages(page, "Ready");
  await page.getByRole("tab", { name: "Catalogue" }).click();
  const search = page.getByRole("searchbox", { name: /^Search indicators/ });
  await search.waitFor();
  // Ticked far down the list: the Add button is still in the window.
  const last = page.getByRole("checkbox").last();
  await last.scrollIntoViewIfNeeded();
  await last.check();
  const add = page.getByRole("button", { name: "Add 1 indicator" });
  const addBox = await add.boundingBox();
  expect(addBox).not.toBeNull();
  expect(addBox!.y).toBeGreaterThanOrEqual(0);
  expect(addBox!.y + addBox!.height).toBeLessThanOrEqual(PANE.height);
  await add.click();
  await expectInSight(page, "section [role=status]:has(.fui-MessageBar)", /Indicators added/);
  await shot(page, "add-indicators");
});

test("Check plan and Clear marks answer under their buttons, errors listed first", async () => {
  const { page } = await h.open("view=pane&workbook=faulty", PANE);
  await waitForStages(page, "Ready");
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("button", { name: "Check plan" }).click();
  await expectInSight(page, "[role=tabpanel] [role=status]:has(.fui-MessageBar)", /3 errors, 3 warnings and 1 note/);
  // The first finding listed is an error, whatever its stage.
  const headings = await page.locator("[role=tabpanel] h3").allInnerTexts();
  expect(headings[0]).toMatch(/^Errors \(3\)$/);
  await shot(page, "check-plan");

  await page.getByRole("button", { name: "Clear marks" }).click();
  await expectInSight(page, "[role=tabpanel] [role=status]:has(.fui-MessageBar)", /^Removed \d+ marks? from the workbook\./);
  await shot(page, "clear-marks");
});
