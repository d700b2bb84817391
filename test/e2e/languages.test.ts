/**
 * The pane in French and Spanish at Excel's default width (350 px), as Office's display language
 * chooses (the preview's ?lang=): each screen with no serious axe violation, nothing scrolling
 * sideways, no control's text cut or overlapping another (French runs about a quarter longer
 * than English), the page's lang set, and a screenshot under test-output/screenshots/. English
 * runs the same checks, so a failure in French is the language's, not the check's.
 */
import type { Page } from "playwright-core";
import { startHarness, stageCard, type Harness } from "./support/harness";
import { cutText, screenshot, seriousViolations, sidewaysOverflow } from "./support/look";
import { catalogue as checkWords } from "../../src/model/i18n/pane-check";
import { catalogue as statusWords } from "../../src/model/i18n/pane-status";
import { messages as paneEn } from "../../src/model/i18n/pane/en";
import { messages as paneFr } from "../../src/model/i18n/pane/fr";
import { messages as paneEs } from "../../src/model/i18n/pane/es";
import type { Language } from "../../src/model/i18n/language";
import { catalogue as setupWords } from "../../src/model/i18n/setup";
import { translator } from "../../src/model/i18n/translate";

const PANE = { en: paneEn, fr: paneFr, es: paneEs };

/** A message as the catalogue holds it: these are plain text, no placeholders. */
const text = (message: unknown) => String(message);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => h.settle());
afterAll(async () => h?.close());

interface Screen {
  name: string;
  query: string;
  reach(page: Page, lang: Language): Promise<void>;
}

const SCREENS: Screen[] = [
  { name: "first-visit", query: "", reach: (page) => stageCard(page, 6).waitFor() },
  { name: "set-up", query: "workbook=setup", reach: (page, lang) => stageCard(page, 6).getByText(text(statusWords[lang]["status.ready"]), { exact: true }).waitFor() },
  {
    name: "check-findings",
    query: "workbook=faulty",
    reach: async (page, lang) => {
      await stageCard(page, 6).waitFor();
      await page.getByRole("tab", { name: text(PANE[lang]["tabs.check"]) }).click();
      await page.getByRole("button", { name: text(checkWords[lang]["button.check"]) }).click();
      await page.getByRole("group", { name: text(checkWords[lang]["badges.label"]) }).waitFor();
    },
  },
  // Set-up's own words on a card: a protected sheet blocks stage 1, said in the pane's language.
  {
    name: "blocked",
    query: "workbook=protected",
    reach: async (page, lang) => {
      const card = stageCard(page, 1);
      await card.getByText(text(statusWords[lang]["status.blocked"]), { exact: true }).waitFor();
      // The reason, in the pane's language, naming the pane's button.
      await card.getByText(translator(lang, setupWords[lang])("rerun", { host: "pane" }), { exact: false }).waitFor();
    },
  },
  { name: "excel-too-old", query: "api=1.3", reach: (page, lang) => page.getByText(text(PANE[lang]["startup.excelTooOld.title"]), { exact: true }).waitFor() },
];

describe.each(["fr", "es", "en"] as const)("%s at 350 px", (lang) => {
  test.each(SCREENS.map((s) => [s.name, s] as const))("%s", async (_name, screen) => {
    const { page } = await h.open(`view=pane&lang=${lang}${screen.query ? `&${screen.query}` : ""}`);
    await screen.reach(page, lang);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await screenshot(page, `pane-${screen.name}-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, culprits: [] });
    expect(await cutText(page)).toEqual([]);
  });
});

test("the cut-text check finds a button too narrow for its words (the check can fail)", async () => {
  const { page } = await h.open("view=pane&lang=fr");
  await stageCard(page, 6).waitFor();
  await page.addStyleTag({ content: "button { width: 40px !important; white-space: nowrap !important; overflow: hidden !important; }" });
  expect((await cutText(page)).some((line) => line.startsWith("cut: button"))).toBe(true);
});
