/**
 * The sample plan in the workbook's language. `localizeSpec` translates the workbook's own words
 * (sheets, headers, drop-down values), not what a planner typed; without this the French and
 * Spanish samples read half English. sample-plan.ts stays the one source: each language file maps
 * an English sample text to the language's, and what it does not list stays as written.
 *
 * Not listed, on purpose: IDs, codes, numbers, dates, currency codes; drop-down values and other
 * workbook terms (they must reach `localizeSpec` in English, which alone maps them); the GCM
 * objective labels and the SDG framework's official indicator names, whose official French and
 * Spanish texts are a decision still pending. test/model/sample/sample-text.test.ts fails when an
 * English sample text that should be translated has no translation.
 */
import type { Language } from "../../i18n/language";
import type { PlanSettings } from "../../settings";
import type { TableRow } from "../../spec/types";
import type { PlanData } from "../../workbook";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../sample-plan";
import fr from "./fr.json";
import es from "./es.json";

/** English sample text → the language's. */
export type SampleTexts = Readonly<Record<string, string>>;

/** English is the source: it needs no map. */
export const SAMPLE_TEXTS: Readonly<Record<Exclude<Language, "en">, SampleTexts>> = { fr, es };

/** A Map, so that an English text such as "constructor" could never hit an object's own properties. */
const lookups = new Map<Language, ReadonlyMap<string, string>>(
  Object.entries(SAMPLE_TEXTS).map(([language, texts]) => [language as Language, new Map(Object.entries(texts))]),
);

/** One sample text in the language; a text the language's file does not list is kept as written. */
export function sampleText(text: string, language: Language): string {
  return lookups.get(language)?.get(text) ?? text;
}

/** The sample's settings with its country, title and publisher's name in the language. The workbook's language itself stays the caller's to set. */
export function sampleSettings(language: Language): PlanSettings {
  if (language === "en") return SAMPLE_SETTINGS;
  const text = (key: "country" | "title" | "reportingOrgName") => sampleText(SAMPLE_SETTINGS[key], language);
  return { ...SAMPLE_SETTINGS, country: text("country"), title: text("title"), reportingOrgName: text("reportingOrgName") };
}

function row(r: TableRow, language: Language): TableRow {
  return Object.fromEntries(Object.entries(r).map(([header, value]) => [header, typeof value === "string" ? sampleText(value, language) : value]));
}

/** The sample's rows with their free text in the language, still keyed by the contract's English headers. */
export function sampleData(language: Language): PlanData {
  if (language === "en") return SAMPLE_DATA;
  return Object.fromEntries(Object.entries(SAMPLE_DATA).map(([table, rows]) => [table, (rows ?? []).map((r) => row(r, language))])) as PlanData;
}
