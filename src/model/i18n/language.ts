/**
 * The languages the add-in, the workbook and the command line speak, and how a language tag
 * (Office's display language, a browser's, a --language option) maps to one of them.
 */
export const LANGUAGES = ["en", "fr", "es"] as const;

export type Language = (typeof LANGUAGES)[number];

/** What anything unknown falls back to: every message exists in English first. */
export const DEFAULT_LANGUAGE: Language = "en";

/** Each language by its own name, as a picker lists it (a reader looks for the name they read). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", fr: "Français", es: "Español" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** "fr-FR", "fr-CA", "FR" → fr; "es-419" → es; "de-DE", "", undefined → en. */
export function languageOfTag(tag: unknown): Language {
  if (typeof tag !== "string") return DEFAULT_LANGUAGE;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}
