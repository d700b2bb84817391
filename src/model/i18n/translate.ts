/**
 * Messages in ICU MessageFormat (FormatJS's intl-messageformat): "{count, plural, one {# goal}
 * other {# goals}}", numbers and plurals by each language's own rules. A catalogue is one object
 * per language with the same keys; the English one defines them, and the compiler refuses a
 * French or Spanish one that lacks a key.
 */
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { Language } from "./language";

/**
 * A message as written (ICU text), or as the pane's build hands it over: already parsed
 * (scripts/webpack/precompile-messages.js), so the pane ships without the parser.
 */
export type MessageText = string | MessageFormatElement[];

export type Messages<Key extends string> = Readonly<Record<Key, MessageText>>;

/** A catalogue in every language: what each area (pane, sheets, check, command line) exports. */
export type Catalogue<Key extends string> = Readonly<Record<Language, Messages<Key>>>;

export type MessageValues = Readonly<Record<string, string | number | Date | boolean | null | undefined>>;

export interface Translate<Key extends string> {
  (key: Key, values?: MessageValues): string;
  readonly language: Language;
}

/**
 * The messages of one language as a function. Each message is parsed once, on first use. A value
 * the message names but the caller left out is an error (FormatJS throws), not a blank: a test
 * that renders the message finds it.
 */
export function translator<Key extends string>(language: Language, messages: Messages<Key>): Translate<Key> {
  const parsed = new Map<Key, IntlMessageFormat>();
  const t = (key: Key, values?: MessageValues): string => {
    let format = parsed.get(key);
    if (!format) {
      const text = messages[key];
      if (text === undefined) throw new Error(`No ${language} message "${key}".`);
      // ignoreTag: "<" in a message is text, not markup.
      format = new IntlMessageFormat(text, language, undefined, { ignoreTag: true });
      parsed.set(key, format);
    }
    return String(format.format(values as Record<string, string | number | Date | boolean | null | undefined>));
  };
  return Object.assign(t, { language });
}
