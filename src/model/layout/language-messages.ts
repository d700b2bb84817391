/** What a host says of a workbook whose planLanguage name holds no language M&D Planner writes. */
import { LANGUAGES } from "../i18n/language";
import { LANGUAGE_NAME } from "../settings";
import type { SetupWords } from "./setup-words";
import { typedLanguage } from "./snapshot";

/** "its defined name planLanguage holds "de", ...": the reason, for a sentence that says what was left unchanged. */
export function unknownLanguageMessage(value: unknown, { t }: SetupWords): string {
  return t("language.unknown", { name: LANGUAGE_NAME, typed: typedLanguage(value), languages: LANGUAGES.join(", ") });
}

/** "The workbook was not changed: its defined name planLanguage holds ...": the pane's whole sentence. */
export function languageRefusal(value: unknown, words: SetupWords): string {
  return words.t("language.refused", { reason: unknownLanguageMessage(value, words) });
}
