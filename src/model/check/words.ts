/**
 * How findings speak: the check's catalogue in one language, and the workbook's own words for what
 * a message quotes. The rules read every table in English (english-tables.ts); a header, sheet
 * name or drop-down value a message quotes goes back into the language of the message, so a French
 * finding names « Budget » and « En cours » as the French workbook shows them. English quotes
 * what it read as it read it, so its messages stay as they always were.
 */
import { catalogue, type CheckKey } from "../i18n/check";
import type { Language } from "../i18n/language";
import { translator, type Translate } from "../i18n/translate";
import { toLanguage, type TermKind } from "../i18n/workbook/terms";
import { isBlank, textOf } from "./cells";
import type { ReadCell } from "./plan-tables";

export class CheckWords {
  readonly t: Translate<CheckKey>;
  private readonly term?: (kind: TermKind, text: string) => string;

  constructor(readonly language: Language) {
    this.t = translator(language, catalogue[language]);
    if (language !== "en") this.term = toLanguage(language);
  }

  private as(kind: TermKind, text: string): string {
    return this.term ? this.term(kind, text) : text;
  }

  /** A column's header as the language's workbook writes it. */
  header(header: string): string {
    return this.as("headers", header);
  }

  /** A drop-down value (Yes, Ongoing...) as the language's workbook writes it. */
  value(value: string): string {
    return this.as("values", value);
  }

  sheet(name: string): string {
    return this.as("sheets", name);
  }

  caption(caption: string): string {
    return this.as("captions", caption);
  }

  quote(text: string): string {
    return this.t("quote", { text });
  }

  /**
   * A cell's text quoted as the workbook shows it: a drop-down value in the message's words, but
   * an English one typed in a French or Spanish plan as typed, since that is what is wrong.
   */
  typed(cell: ReadCell | undefined): string {
    return this.quote(cell?.typedInEnglish ? textOf(cell) : this.value(textOf(cell)));
  }

  /** The value found, as a message quotes it: "lots", 1500, the error #REF!, TRUE, blank. */
  found(cell: ReadCell | undefined): string {
    if (isBlank(cell)) return this.t("found.blank");
    const c = cell as ReadCell;
    if (c.kind === "text") return this.typed(c);
    if (c.kind === "error") return this.t("found.error", { text: textOf(c) });
    if (c.kind === "boolean") return this.t(c.value ? "found.true" : "found.false");
    return textOf(c);
  }

  /** A list cut short: "A1, A2, A3 and 5 more"; "none" when empty. */
  list(items: readonly string[], max = 8): string {
    if (items.length === 0) return this.t("list.none");
    if (items.length <= max) return items.join(", ");
    return this.t("list.more", { items: items.slice(0, max).join(", "), more: String(items.length - max) });
  }

  /** The two ways to bring back what the add-in laid out, named in every structural fix. */
  restore(stage: number): string {
    return stage > 0 ? this.t("restore.stage", { stage: String(stage) }) : this.t("restore.workbook");
  }

  /** A value as a setting message shows it: JSON in English (as always), quoted text otherwise. */
  literal(value: unknown): string {
    if (this.language === "en" || typeof value !== "string") return JSON.stringify(value);
    return this.quote(this.value(value));
  }
}

const cache = new Map<Language, CheckWords>();

export function checkWords(language: Language): CheckWords {
  let words = cache.get(language);
  if (!words) cache.set(language, (words = new CheckWords(language)));
  return words;
}
