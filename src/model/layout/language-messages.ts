/** What a host says of a workbook whose planLanguage name holds no language M&D Planner writes. */
import { LANGUAGES } from "../i18n/language";
import { LANGUAGE_NAME } from "../settings";

/** "its defined name planLanguage holds "de", ...": the value as a person would have typed it, without the formula's quotes. */
export function unknownLanguageMessage(value: unknown): string {
  const typed = String(value).replace(/^=?"?|"$/g, "");
  return `its defined name ${LANGUAGE_NAME} holds "${typed}", not a language M&D Planner writes (${LANGUAGES.join(", ")}). Put back the code it was set up with (Formulas > Name Manager)`;
}
