/** Plan settings: what the planner types in the pane or the CLI, with the contract's defaults. */
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, type Language } from "./i18n/language";
import { catalogue as settingsCatalogue, type SettingsKey } from "./i18n/settings";
import { translator, type Translate } from "./i18n/translate";
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
  /** What an IATI export needs and only it: blank ("") is allowed, a plan is complete without them. */
  reportingOrgName: string;
  /** The reporting organisation's IATI organisation identifier, e.g. XM-DAC-41114. */
  reportingOrgId: string;
  /** A code of IATI's OrganisationType list, e.g. 10 (Government). */
  reportingOrgType: string;
  /** ISO 3166-1 alpha-2, e.g. KE. */
  countryCode: string;
  /** Each action's IATI identifier is this prefix, a hyphen and its Action ID. */
  activityPrefix: string;
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
  reportingOrgName: "",
  reportingOrgId: "",
  reportingOrgType: "",
  countryCode: "",
  activityPrefix: "",
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
  kind: "text" | "year" | "integer" | "fraction" | "currency" | "frequency" | "orgId" | "orgType" | "countryCode";
  numberFormat: string;
  help: string;
  /**
   * Blank is an answer: the plan is complete without it (only an IATI export asks for it). Such
   * a row has no defined name: refresh adds it to an older workbook's settings table only when
   * nothing stands below the table (layout/settings-rows.ts), so a name could point below the
   * table, at a cell the planner uses otherwise.
   */
  optional?: true;
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
  // Last, so the rows and defined names of the settings above stay where older workbooks have them.
  { key: "reportingOrgName", label: "Reporting organisation", name: "iatiOrgName", kind: "text", numberFormat: "@", help: "For IATI: the organisation that publishes the plan.", optional: true },
  { key: "reportingOrgId", label: "IATI organisation identifier", name: "iatiOrgId", kind: "orgId", numberFormat: "@", help: "For IATI: the reporting organisation's identifier, e.g. XM-DAC-41114.", optional: true },
  { key: "reportingOrgType", label: "Reporting organisation type", name: "iatiOrgType", kind: "orgType", numberFormat: "@", help: "For IATI: a code of IATI's OrganisationType list, e.g. 10 (Government).", optional: true },
  { key: "countryCode", label: "Country code", name: "iatiCountryCode", kind: "countryCode", numberFormat: "@", help: "For IATI: the country's ISO 3166-1 two-letter code, e.g. KE.", optional: true },
  { key: "activityPrefix", label: "Activity identifier prefix", name: "iatiActivityPrefix", kind: "orgId", numberFormat: "@", help: "For IATI: begins with the organisation identifier; each action's identifier is the prefix, a hyphen and its Action ID.", optional: true },
];

/** The settings an IATI export needs, in the order the Settings sheet lists them. */
export const IATI_SETTING_KEYS = ["reportingOrgName", "reportingOrgId", "reportingOrgType", "countryCode", "activityPrefix"] as const satisfies readonly SettingKey[];
export type IatiSettingKey = (typeof IATI_SETTING_KEYS)[number];

/** What a setting's Value cell should hold, in words, for messages (English unless asked). */
export function settingExpectation(field: SettingField, language: Language = DEFAULT_LANGUAGE): string {
  const t = settingsWords(language);
  if (field.kind === "frequency") return t("expect.frequency", { list: t("frequencies") });
  if (field.kind === "orgType") return t("expect.orgType", { list: ORGANISATION_TYPES.join(", ") });
  return t(`expect.${field.kind}`);
}

/** The heading of the IATI settings in the pane's form, in the language asked. */
export function iatiGroupHeadingIn(language: Language = DEFAULT_LANGUAGE): string {
  return settingsWords(language)("group.iati");
}

/** What an optional setting is for, in the language asked (the Settings sheet's About, the pane's hint). */
export function settingAboutIn(key: IatiSettingKey, language: Language = DEFAULT_LANGUAGE): string {
  return settingsWords(language)(`about.${key}`);
}

/** A setting's name as the pane's form shows it, in the language asked. */
export function settingLabelIn(key: SettingKey, language: Language = DEFAULT_LANGUAGE): string {
  return settingsWords(language)(`label.${key}`);
}

const words = new Map<Language, Translate<SettingsKey>>();
function settingsWords(language: Language): Translate<SettingsKey> {
  let t = words.get(language);
  if (!t) words.set(language, (t = translator(language, settingsCatalogue[language])));
  return t;
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

/** Checks settings as a user would type them; every problem names the field and the fix, in the language asked. */
export function validateSettings(s: PlanSettings, language: Language = DEFAULT_LANGUAGE): SettingsProblem[] {
  const t = settingsWords(language);
  const problems: SettingsProblem[] = [];
  const add = (key: SettingKey, message: string) => problems.push({ key, message });
  const isYear = (y: number) => Number.isInteger(y) && y >= 1990 && y <= 2100;
  // Values go in as text: ICU would format a number by the language's rules (2,026 or 2 026).
  if (!s.country.trim()) add("country", t("problem.country"));
  if (!s.title.trim()) add("title", t("problem.title"));
  if (!isYear(s.startYear)) add("startYear", t("problem.startYear", { found: String(s.startYear) }));
  if (!isYear(s.endYear)) add("endYear", t("problem.endYear", { found: String(s.endYear) }));
  if (isYear(s.startYear) && isYear(s.endYear) && s.endYear < s.startYear) {
    add("endYear", t("problem.endBeforeStart", { last: String(s.endYear), first: String(s.startYear) }));
  }
  if (!/^[A-Z]{3}$/.test(s.currency)) add("currency", t("problem.currency", { found: s.currency }));
  if (!FREQUENCIES.includes(s.frequency)) add("frequency", t("problem.frequency", { list: t("frequencies") }));
  if (!Number.isInteger(s.maxGoals) || s.maxGoals < 1 || s.maxGoals > 50) add("maxGoals", t("problem.maxGoals"));
  const frac = (v: number) => Number.isFinite(v) && v > 0 && v <= 1;
  if (!frac(s.onTrackThreshold)) add("onTrackThreshold", t("problem.onTrackThreshold"));
  if (!frac(s.atRiskThreshold)) add("atRiskThreshold", t("problem.atRiskThreshold"));
  if (frac(s.onTrackThreshold) && frac(s.atRiskThreshold) && s.atRiskThreshold >= s.onTrackThreshold) {
    add("atRiskThreshold", t("problem.atRiskNotBelow"));
  }
  const score = (v: number) => Number.isInteger(v) && v >= 1 && v <= 25;
  if (!score(s.riskHigh)) add("riskHigh", t("problem.riskHigh"));
  if (!score(s.riskMedium)) add("riskMedium", t("problem.riskMedium"));
  if (score(s.riskHigh) && score(s.riskMedium) && s.riskMedium >= s.riskHigh) add("riskMedium", t("problem.riskMediumNotBelow"));
  // IATI's settings may stay blank; what is typed must be usable, or an export would be refused later.
  const orgId = (s.reportingOrgId ?? "").trim();
  const prefix = (s.activityPrefix ?? "").trim();
  const type = (s.reportingOrgType ?? "").trim();
  const code = (s.countryCode ?? "").trim();
  if (orgId && !IATI_IDENTIFIER.test(orgId)) add("reportingOrgId", t("problem.reportingOrgId", { found: orgId }));
  if (type && !ORGANISATION_TYPES.includes(type)) add("reportingOrgType", t("problem.reportingOrgType", { found: type, list: ORGANISATION_TYPES.join(", ") }));
  if (code && !/^[A-Z]{2}$/.test(code)) add("countryCode", t("problem.countryCode", { found: code }));
  if (prefix && !IATI_IDENTIFIER.test(prefix)) add("activityPrefix", t("problem.activityPrefix", { found: prefix }));
  // IATI: an activity identifier MUST begin with its reporting organisation's identifier.
  else if (prefix && orgId && IATI_IDENTIFIER.test(orgId) && !prefix.toUpperCase().startsWith(orgId.toUpperCase())) {
    add("activityPrefix", t("problem.activityPrefixOrg", { found: prefix, orgId }));
  }
  return problems;
}

/**
 * An IATI organisation identifier or activity prefix: a registration agency's code, a hyphen, the
 * organisation's number (XM-DAC-41114, GB-COH-123456). No spaces: identifiers are matched as typed.
 */
const IATI_IDENTIFIER = /^[A-Za-z0-9]{2,}-[A-Za-z0-9._:/-]*[A-Za-z0-9._:/]$/;

/** IATI's OrganisationType codes (2.03), as the export writes them; the IATI model's code lists hold their names. */
export const ORGANISATION_TYPES: readonly string[] = ["10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"];

/** Reads a settings value as stored in a cell back into the typed setting; undefined when unusable. */
export function parseSettingValue(field: SettingField, raw: unknown): PlanSettings[SettingKey] | undefined {
  // A blank optional setting is read as blank, not as unreadable: the check's setting rule and the
  // pane then leave it be.
  if (raw === null || raw === undefined || raw === "") return field.optional ? "" : undefined;
  switch (field.kind) {
    case "text":
    case "currency":
    case "orgId":
      return String(raw).trim();
    // Typed as a number (10) or as the list shows it ("10 Government"): the code is what IATI reads.
    case "orgType":
      return /^\s*(\d+)/.exec(String(raw))?.[1] ?? String(raw).trim();
    case "countryCode":
      return String(raw).trim().toUpperCase();
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
