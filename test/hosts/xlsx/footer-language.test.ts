/**
 * Issue 14: the printed footer's page count ("Page 1 of 3") is in the workbook's language, with
 * Excel's &P and &N codes intact; the English footer is the one every plan printed before.
 */
import JSZip from "jszip";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import type { Language } from "../../../src/model/i18n/language";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { footerParts } from "../../../src/model/spec/looks";

jest.setTimeout(60_000);

const PAGE_COUNT: Record<Language, string> = { en: "&9Page &P of &N", fr: "&9Page &P sur &N", es: "&9Página &P de &N" };

/** Every footer of the file's sheets, as Excel reads it (the XML's entities undone). */
async function footers(language: Language): Promise<string[]> {
  const { bytes } = await newPlanWorkbook({ ...DEFAULT_SETTINGS, title: "Plan A & B", language });
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const xml = await Promise.all(sheets.map((f) => zip.file(f)!.async("string")));
  return xml.flatMap((x) => [...x.matchAll(/<oddFooter>([^<]*)<\/oddFooter>/g)].map((m) => m[1].replace(/&amp;/g, "&")));
}

describe.each(["en", "fr", "es"] as const)("the %s footer", (language) => {
  test("counts the pages in the language, codes intact", () => {
    expect(footerParts({ orientation: "landscape", language }).center).toBe(PAGE_COUNT[language]);
  });
});

test("English is the footer as it always was, with no language said", () => {
  expect(footerParts({ orientation: "landscape" }).center).toBe("&9Page &P of &N");
});

test("an English plan written by the xlsx host prints the English footer on every printed sheet", async () => {
  const found = await footers("en");
  expect(found.length).toBeGreaterThan(5);
  for (const f of found) expect(f).toBe(`&L&9Plan A && B&C${PAGE_COUNT.en}&R&9&D`);
});

test.each(["fr", "es"] as const)("a %s plan written by the xlsx host prints its own footer on every printed sheet", async (language) => {
  const found = await footers(language);
  expect(found.length).toBeGreaterThan(5);
  for (const f of found) expect(f).toBe(`&L&9Plan A && B&C${PAGE_COUNT[language]}&R&9&D`);
});
