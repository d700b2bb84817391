/**
 * The workbook's sentences in every language, and the words a sheet builder reads for the
 * workbook's language: its sentences, and the terms (headers, sheet names) they quote, as the
 * workbook area translates them, so a French prompt names the French column it is about.
 */
import type { Catalogue, MessageValues, Translate } from "../translate";
import { translator } from "../translate";
import { DEFAULT_LANGUAGE, type Language } from "../language";
import { toLanguage, type TermKind } from "../workbook/terms";
import { messages as en, type SheetKey } from "./en";
import { messages as es } from "./es";
import { messages as fr } from "./fr";

export type { SheetKey };
export const catalogue: Catalogue<SheetKey> = { en, fr, es };

export interface SheetWords extends Translate<SheetKey> {
  /** A structural term (an English header, sheet name, value) in the workbook's language. */
  term(kind: TermKind, english: string): string;
}

const cache = new Map<Language, SheetWords>();

/** The sheets' words in `language` (English when not given); one translator per language. */
export function sheetWords(language: Language = DEFAULT_LANGUAGE): SheetWords {
  let words = cache.get(language);
  if (!words) {
    const t = translator(language, catalogue[language]);
    const map = toLanguage(language);
    const say = (key: SheetKey, values?: MessageValues) => t(key, values);
    words = Object.assign(say, { language, term: (kind: TermKind, english: string) => map(kind, english) });
    cache.set(language, words);
  }
  return words;
}
