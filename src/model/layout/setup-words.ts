/**
 * The words set-up, refresh and a stage's state speak, in the reader's language and for the host
 * they read them in: the pane's user presses a button where mdplan's user runs a command. What the
 * messages quote (sheet names, captions, headers) is the workbook's own, in the workbook's language.
 */
import { catalogue, type SetupTranslate } from "../i18n/setup";
import { translator } from "../i18n/translate";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language";

/** Who reads the message: the task pane's user, or mdplan's. */
export type MessageHost = "pane" | "cli";

export interface SetupWords {
  readonly t: SetupTranslate;
  readonly host: MessageHost;
}

export function setupWords(language: Language = DEFAULT_LANGUAGE, host: MessageHost = "cli"): SetupWords {
  return { t: translator(language, catalogue[language]), host };
}

/** What to do once the obstacle is gone: the button in the pane, the command in mdplan. */
export function rerun(words: SetupWords): string {
  return words.t("rerun", { host: words.host });
}

/** A name quoted as the language quotes: "Goals", « Objectifs », «Objetivos». */
export function quoted(text: string, language: Language): string {
  if (language === "fr") return `« ${text} »`;
  if (language === "es") return `«${text}»`;
  return `"${text}"`;
}

export function quotedList(texts: readonly string[], language: Language): string {
  return texts.map((text) => quoted(text, language)).join(", ");
}
