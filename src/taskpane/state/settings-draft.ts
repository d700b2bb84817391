/**
 * The settings form holds what the user typed, as text, so a half-typed year or a stray letter
 * stays on screen with its message instead of being coerced away. Conversions live here.
 */
import { DEFAULT_LANGUAGE, type Language } from "../../model/i18n/language";
import { SETTING_FIELDS, validateSettings, type PlanSettings, type SettingKey } from "../../model/settings";

export type SettingsDraft = Record<SettingKey, string>;

/** Fractions are shown as percentages: planners think "90 %", the workbook stores 0.9. */
function toText(kind: string, value: unknown): string {
  if (kind === "fraction" && typeof value === "number") return String(Math.round(value * 10000) / 100);
  return value === undefined || value === null ? "" : String(value);
}

export function draftFrom(settings: PlanSettings): SettingsDraft {
  const draft = {} as SettingsDraft;
  for (const field of SETTING_FIELDS) draft[field.key] = toText(field.kind, settings[field.key]);
  return draft;
}

/** Number("") is 0, which would hide an emptied field behind a plausible value. */
function toNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? NaN : Number(trimmed);
}

export function settingsFrom(draft: SettingsDraft): PlanSettings {
  const settings = {} as Record<SettingKey, unknown>;
  for (const field of SETTING_FIELDS) {
    const text = draft[field.key] ?? "";
    switch (field.kind) {
      case "text":
      case "frequency":
      case "orgId":
      case "orgType":
        settings[field.key] = text.trim();
        break;
      // ISO codes are upper case; accepting "usd" or "ke" spares the user a pointless error.
      case "currency":
      case "countryCode":
        settings[field.key] = text.trim().toUpperCase();
        break;
      case "fraction":
        settings[field.key] = toNumber(text) / 100;
        break;
      default:
        settings[field.key] = toNumber(text);
    }
  }
  return settings as unknown as PlanSettings;
}

export type DraftProblems = Partial<Record<SettingKey, string>>;

/** validateSettings' messages, quoting what the user typed rather than the NaN it became. */
export function draftProblems(draft: SettingsDraft, language: Language = DEFAULT_LANGUAGE): DraftProblems {
  const problems: DraftProblems = {};
  for (const p of validateSettings(settingsFrom(draft), language)) {
    const typed = (draft[p.key] ?? "").trim();
    // English quotes "…", French « … », Spanish «…»: the typed text goes inside whichever.
    const message = p.message.replace('"NaN"', JSON.stringify(typed)).replace(/«(\s?)NaN(\s?)»/, (_m, a: string, b: string) => `«${a}${typed}${b}»`);
    problems[p.key] = problems[p.key] ? `${problems[p.key]} ${message}` : message;
  }
  return problems;
}
