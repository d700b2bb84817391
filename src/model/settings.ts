/** Plan settings: what the planner types in the pane or the CLI, with the contract's defaults. */
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, type Language } from "./i18n/language";
import type { NameSpec } from "./spec/types";
export const FREQUENCIES = ["Annual", "Semi-annual", "Quarterly", "Monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface PlanSettings {
  country: string;
  title: string;
  startYear: number;
  endYear: number;
  currency: string;
  frequency: Frequency;
  maxGoals: number;
  onTrackThreshold: number;
  atRiskThreshold: number;
  riskHigh: number;
  riskMedium: number;
  /** The workbook's language; English where not given. */
  language?: Language;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  country: "",
  title: "",
  startYear: 2026,
  endYear: 2030,
  currency: "USD",
  frequency: "Annual",
  maxGoals: 5,
  onTrackThreshold: 0.9,
  atRiskThreshold: 0.7,
  riskHigh: 16,
  riskMedium: 11,
};

/** The settings a person types (the Settings sheet's rows); the language is chosen once, at set-up. */
export type SettingKey = Exclude<keyof PlanSettings, "language">;

/**
 * Each setting lives in a Value cell of tblSettings and is reachable through a workbook-level
 * defined name, so formulas (and donors' readers) use the name, never a cell address.
 */
export interface SettingField {
  key: SettingKey;
  label: string;
  name: string;
  kind: "text" | "year" | "integer" | "fraction" | "currency" | "frequency";
  numberFormat: string;
  help: string;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: "country", label: "Country", name: "planCountry", kind: "text", numberFormat: "@", help: "The country whose plan this is." },
  { key: "title", label: "Plan title", name: "planTitle", kind: "text", numberFormat: "@", help: "The plan's official title." },
  { key: "startYear", label: "First year", name: "planStartYear", kind: "year", numberFormat: "0", help: "First year of the plan period." },
  { key: "endYear", label: "Last year", name: "planEndYear", kind: "year", numberFormat: "0", help: "Last year of the plan period." },
  { key: "currency", label: "Currency", name: "planCurrency", kind: "currency", numberFormat: "@", help: "ISO 4217 code, e.g. USD, EUR, KES." },
  { key: "frequency", label: "Reporting frequency", name: "planFrequency", kind: "frequency", numberFormat: "@", help: "How often indicator values are reported." },
  { key: "maxGoals", label: "Most priority goals", name: "planMaxGoals", kind: "integer", numberFormat: "0", help: "The handbook asks for a small number of strategic goals." },
  { key: "onTrackThreshold", label: "On track from", name: "thrOnTrack", kind: "fraction", numberFormat: "0%", help: "Share of the expected progress at which an indicator is on track." },
  { key: "atRiskThreshold", label: "At risk from", name: "thrAtRisk", kind: "fraction", numberFormat: "0%", help: "Below this share of the expected progress an indicator is off track." },
  { key: "riskHigh", label: "High risk from score", name: "riskHigh", kind: "integer", numberFormat: "0", help: "Likelihood × impact score from which a risk is rated High." },
  { key: "riskMedium", label: "Medium risk from score", name: "riskMedium", kind: "integer", numberFormat: "0", help: "Score from which a risk is rated Medium." },
];

/** What a setting's Value cell should hold, in words, for messages. */
export function settingExpectation(field: SettingField): string {
  switch (field.kind) {
    case "text":
      return "text";
    case "currency":
      return "a three-letter currency code such as USD";
    case "frequency":
      return `one of ${FREQUENCIES.join(", ")}`;
    case "year":
      return "a year such as 2026";
    case "integer":
      return "a whole number";
    case "fraction":
      return "a share such as 90%";
  }
}

/** The defined name that records the contract version as a constant. */
export const CONTRACT_VERSION_NAME = "mdContractVersion";

/**
 * The workbook's language, a constant defined name ("fr"): chosen when the workbook is set up and
 * kept, since its headers and drop-down values are written in it. Not a Settings row a person
 * could retype: changing it would not rename the sheets, headers and values under their data.
 */
export const LANGUAGE_NAME = "planLanguage";

export function languageName(settings: PlanSettings): NameSpec {
  const language = settings.language ?? DEFAULT_LANGUAGE;
  return { name: LANGUAGE_NAME, refersTo: `="${language}"`, comment: `The workbook's language (${LANGUAGES.join(", ")}): its sheet names, headers and drop-down values are in ${LANGUAGE_NAMES[language]}.` };
}


export interface SettingsProblem {
  key: SettingKey;
  message: string;
}

/** Checks settings as a user would type them; every problem names the field and the fix. */
export function validateSettings(s: PlanSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (key: SettingKey, message: string) => problems.push({ key, message });
  const isYear = (y: number) => Number.isInteger(y) && y >= 1990 && y <= 2100;
  if (!s.country.trim()) add("country", "Country is required: type the country's name.");
  if (!s.title.trim()) add("title", "Plan title is required: type the plan's title.");
  if (!isYear(s.startYear)) add("startYear", `First year must be a whole year between 1990 and 2100 (found "${s.startYear}").`);
  if (!isYear(s.endYear)) add("endYear", `Last year must be a whole year between 1990 and 2100 (found "${s.endYear}").`);
  if (isYear(s.startYear) && isYear(s.endYear) && s.endYear < s.startYear) {
    add("endYear", `Last year (${s.endYear}) is before the first year (${s.startYear}): swap them.`);
  }
  if (!/^[A-Z]{3}$/.test(s.currency)) add("currency", `Currency must be a three-letter ISO code such as USD (found "${s.currency}").`);
  if (!FREQUENCIES.includes(s.frequency)) add("frequency", `Reporting frequency must be one of ${FREQUENCIES.join(", ")}.`);
  if (!Number.isInteger(s.maxGoals) || s.maxGoals < 1 || s.maxGoals > 50) add("maxGoals", "Most priority goals must be a whole number from 1 to 50.");
  const frac = (v: number) => Number.isFinite(v) && v > 0 && v <= 1;
  if (!frac(s.onTrackThreshold)) add("onTrackThreshold", "On track threshold must be a share between 0 and 100 %.");
  if (!frac(s.atRiskThreshold)) add("atRiskThreshold", "At risk threshold must be a share between 0 and 100 %.");
  if (frac(s.onTrackThreshold) && frac(s.atRiskThreshold) && s.atRiskThreshold >= s.onTrackThreshold) {
    add("atRiskThreshold", "At risk threshold must be below the on track threshold.");
  }
  const score = (v: number) => Number.isInteger(v) && v >= 1 && v <= 25;
  if (!score(s.riskHigh)) add("riskHigh", "High risk score must be a whole number from 1 to 25.");
  if (!score(s.riskMedium)) add("riskMedium", "Medium risk score must be a whole number from 1 to 25.");
  if (score(s.riskHigh) && score(s.riskMedium) && s.riskMedium >= s.riskHigh) add("riskMedium", "Medium risk score must be below the high risk score.");
  return problems;
}

/** Reads a settings value as stored in a cell back into the typed setting; undefined when unusable. */
export function parseSettingValue(field: SettingField, raw: unknown): PlanSettings[SettingKey] | undefined {
  if (raw === null || raw === undefined || raw === "") return undefined;
  switch (field.kind) {
    case "text":
    case "currency":
      return String(raw).trim();
    case "frequency": {
      const f = FREQUENCIES.find((x) => x.toLowerCase() === String(raw).trim().toLowerCase());
      return f;
    }
    default: {
      const n = typeof raw === "number" ? raw : Number(String(raw).trim().replace(/%$/, ""));
      if (!Number.isFinite(n)) return undefined;
      if (field.kind === "fraction" && typeof raw === "string" && raw.trim().endsWith("%")) return n / 100;
      return n;
    }
  }
}
