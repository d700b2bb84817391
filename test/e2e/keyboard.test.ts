/**
 * Keyboard only, in Chromium: the first visit (settings, Set up workbook), the Advanced settings
 * with Space, the tabs with arrows, and Check plan; each control reached shows visible focus
 * (its pixels change when it gets focus from the keyboard).
 */
import type { Locator, Page } from "playwright-core";
import { startHarness, waitForStages, workbook, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses Tab until `target` (or something inside it) has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Focus shows: the control's surroundings look different focused (reached by Tab) and not. */
async function expectVisibleFocus(page: Page, target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  const clip = { x: Math.max(0, box.x - 4), y: Math.max(0, box.y - 4), width: box.width + 8, height: box.height + 8 };
  const focused = await page.screenshot({ clip });
  await page.keyboard.press("Shift+Tab");
  const unfocused = await page.screenshot({ clip });
  await page.keyboard.press("Tab");
  expect(await isFocused(target)).toBe(true);
  expect(focused.equals(unfocused)).toBe(false);
}

test("first visit by keyboard: Tab, typing, Space and Enter, with visible focus", async () => {
  const { page } = await h.open("view=pane");
  await waitForStages(page, "Missing");
  // Start from the top of the page, as a user arriving in the pane.
  await page.locator("body").focus();

  const country = page.getByLabel(/^Country(?! code)/);
  await tabTo(page, country);
  await expectVisibleFocus(page, country);
  await page.keyboard.type("Kenya");
  const title = page.getByLabel(/^Plan title/);
  await tabTo(page, title);
  await expectVisibleFocus(page, title);
  await page.keyboard.type("Kenya M&D plan");

  // Advanced settings open with Space.
  const advanced = page.getByRole("button", { name: /^Advanced/ });
  await tabTo(page, advanced);
  await expectVisibleFocus(page, advanced);
  await page.keyboard.press("Space");
  expect(await advanced.getAttribute("aria-expanded")).toBe("true");

  const setUp = page.getByRole("button", { name: "Set up workbook" });
  await tabTo(page, setUp);
  await expectVisibleFocus(page, setUp);
  await page.keyboard.press("Enter");
  await waitForStages(page, "Ready");
  expect((await workbook(page)).tables.some((t) => t.name === "tblGoals")).toBe(true);

  // The tabs: arrows move between them, Enter opens one.
  const setUpTab = page.getByRole("tab", { name: "Set up" });
  await setUpTab.focus();
  await page.keyboard.press("ArrowRight");
  const checkTab = page.getByRole("tab", { name: "Check" });
  expect(await isFocused(checkTab)).toBe(true);
  await page.keyboard.press("Enter");
  expect(await checkTab.getAttribute("aria-selected")).toBe("true");

  const check = page.getByRole("button", { name: "Check plan" });
  await tabTo(page, check);
  await expectVisibleFocus(page, check);
  await page.keyboard.press("Space");
  await page.getByRole("status").locator("[class*=MessageBarTitle], .fui-MessageBarTitle").first().waitFor();
});
