/**
 * How findings speak: the check's catalogue in one language, for one reader, and the workbook's
 * own words for what a message quotes. The rules read every table in English (english-tables.ts);
 * a header, sheet name, caption or drop-down value a message quotes goes back into the language of
 * the message, so a French finding names « Budget » and « En cours » as the French workbook shows
 * them. English quotes what it read as it read it.
 */
import { cellAddress, parseRange } from "../address";
import { catalogue, type CheckKey } from "../i18n/check";
import type { Language } from "../i18n/language";
import { translator, type MessageValues, type Translate } from "../i18n/translate";
import { toLanguage, type TermKind } from "../i18n/workbook/terms";
import type { MessageHost } from "../layout/setup-words";
import { isBlank, textOf } from "./cells";
import type { ReadCell } from "./plan-tables";
import { tableCaption, type CaptionedTable } from "./captions";

export class CheckWords {
  /** Every message gets the host, so a fix can name the pane's button or mdplan's command. */
  readonly t: Translate<CheckKey>;
  private readonly term?: (kind: TermKind, text: string) => string;

  constructor(
    readonly language: Language,
    readonly host: MessageHost = "cli",
  ) {
    const t = translator(language, catalogue[language]);
    this.t = Object.assign((key: CheckKey, values?: MessageValues) => t(key, { host, ...values }), { language });
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

  /**
   * A table as a planner knows it: its caption as the workbook shows it, quoted ("Priority goals",
   * « Objectifs prioritaires »). Code names are for tools and for typing in Table Design.
   */
  table(name: CaptionedTable): string {
    return this.quote(tableCaption(name, (caption) => this.caption(caption)));
  }

  quote(text: string): string {
    return this.t("quote", { text });
  }

  /**
   * A cell a message points to: as Excel writes it ('3 Plan of Action'!A7) for mdplan's reader, who
   * may paste it in the Name Box; in words for the pane's ("3 Plan of Action, cell A7").
   */
  cell(address: string): string {
    if (this.host !== "pane" || !/!\$?[A-Z]+\$?\d+$/.test(address)) return address;
    const { sheet, row, col } = parseRange(address);
    return sheet === undefined ? address : this.t("cell", { sheet, cell: cellAddress(row, col) });
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

  /** How to bring back what the add-in laid out: the pane's button, or mdplan's command. */
  restore(stage: number): string {
    return stage > 0 ? this.t("restore.stage", { stage: String(stage) }) : this.t("restore.workbook");
  }

  /** A value as a setting message shows it: JSON in English (as always), quoted text otherwise. */
  literal(value: unknown): string {
    if (this.language === "en" || typeof value !== "string") return JSON.stringify(value);
    return this.quote(this.value(value));
  }
}

export type { MessageHost };

const cache = new Map<string, CheckWords>();

export function checkWords(language: Language, host: MessageHost = "cli"): CheckWords {
  const key = `${language}|${host}`;
  let words = cache.get(key);
  if (!words) cache.set(key, (words = new CheckWords(language, host)));
  return words;
}
