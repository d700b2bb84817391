/**
 * The workbook's structural words in each language: sheet names, table captions, column headers,
 * drop-down values (and the values formulas compare with), labels and chart titles.
 *
 * The English term is the key. Headers and values are the contract's identity (donors' tools and
 * the portfolio's CSV columns read English keys whatever the workbook's language), so the model
 * builds every sheet in English and `localizeSpec` turns the finished description into the
 * workbook's language; reading goes the other way. `en.json` lists every term the English
 * workbook uses, a test keeps it in step with the model and the other languages complete.
 *
 * A term may hold placeholders for what the plan's settings put in it: `{period}` (2026,
 * 2026-S1, 2026-Q1, 2026-01), `{first}` and `{last}` (years), `{frequency}` (a reporting
 * frequency, lower case, itself translated).
 */
import en from "./en.json";
import fr from "./fr.json";
import es from "./es.json";
import type { Language } from "../language";

export type TermKind = keyof typeof en;

export type Terms = Readonly<Record<TermKind, Readonly<Record<string, string>>>>;

export const WORKBOOK_TERMS: Readonly<Record<Language, Terms>> = { en, fr, es };

/** One way of the translation: English term → the language's, or back. */
export type TermMap = (kind: TermKind, text: string) => string;

const FREQUENCIES = ["Annual", "Semi-annual", "Quarterly", "Monthly"];

const PLACEHOLDERS: Record<string, (terms: Terms) => string> = {
  period: () => "\\d{4}(?:-(?:S[12]|Q[1-4]|\\d{2}))?",
  first: () => "\\d{4}",
  last: () => "\\d{4}",
  frequency: (terms) => FREQUENCIES.map((f) => (terms.values[f] ?? f).toLowerCase().replace(/[-\\^$.*+?()[\]{}|]/g, "\\$&")).join("|"),
};

interface Template {
  pattern: RegExp;
  names: string[];
  /** The same term on the other side, placeholders in it. */
  other: string;
}

/** Terms with placeholders, as patterns over `from`'s text producing `to`'s. */
function templates(from: Terms, to: Terms, kind: TermKind, keys: Readonly<Record<string, string>>): Template[] {
  return Object.entries(keys)
    .filter(([key]) => key.includes("{"))
    .map(([key]) => {
      const names: string[] = [];
      const source = (from === en ? key : from[kind][key]).split(/(\{\w+\})/).map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[-\\^$.*+?()[\]{}|]/g, "\\$&");
        names.push(name);
        return `(${PLACEHOLDERS[name](from)})`;
      });
      return { pattern: new RegExp(`^${source.join("")}$`, "i"), names, other: to === en ? key : to[kind][key] };
    });
}

/** A text matching a template, in the other language: a frequency takes the other language's word. */
function viaTemplate(text: string, list: Template[], from: Terms, to: Terms): string | undefined {
  for (const t of list) {
    const m = t.pattern.exec(text);
    if (!m) continue;
    return t.names.reduce((out, name, i) => {
      let value = m[i + 1];
      if (name === "frequency") {
        const english = FREQUENCIES.find((f) => (from.values[f] ?? f).toLowerCase() === value.toLowerCase()) ?? value;
        value = (to.values[english] ?? english).toLowerCase();
      }
      return out.replace(`{${name}}`, value);
    }, t.other);
  }
  return undefined;
}

/**
 * A header that is no header term is a value turned into a column (the capacity matrix has a
 * column per capacity area): it reads as that value does.
 */
const fallback = (kind: TermKind): TermKind | undefined => (kind === "headers" ? "values" : undefined);

function mapping(from: Terms, to: Terms): TermMap {
  const kinds = Object.keys(en) as TermKind[];
  // Case-insensitive, as Excel compares headers and list values.
  const exact = new Map(kinds.map((kind) => [kind, new Map(Object.keys(en[kind]).map((key) => [(from === en ? key : from[kind][key]).toLowerCase(), to === en ? key : to[kind][key]]))]));
  const patterns = new Map(kinds.map((kind) => [kind, templates(from, to, kind, en[kind])]));
  const one = (kind: TermKind, text: string) => exact.get(kind)?.get(text.toLowerCase()) ?? viaTemplate(text, patterns.get(kind) ?? [], from, to);
  return (kind, text) => {
    const also = fallback(kind);
    return one(kind, text) ?? (also && one(also, text)) ?? text;
  };
}

/** English → the language's term; a term without a translation stays English. */
export function toLanguage(language: Language): TermMap {
  return mapping(en, WORKBOOK_TERMS[language]);
}

/** The language's term → English, for reading a workbook back; unknown text stays as it is. */
export function toEnglish(language: Language): TermMap {
  return mapping(WORKBOOK_TERMS[language], en);
}
