/**
 * Every catalogue of messages (each folder of src/model/i18n with an en.ts) in every language:
 * the same keys, each message valid ICU MessageFormat, and the same placeholders with the same
 * types (a plural stays a plural, a number a number), so no language can drop or rename a value.
 */
import { readdirSync, existsSync } from "fs";
import { join } from "path";
import { isStructurallySame, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LANGUAGES } from "../../../src/model/i18n/language";

const ROOT = join(__dirname, "..", "..", "..", "src", "model", "i18n");
const AREAS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, "en.ts")))
  .map((d) => d.name);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const messagesOf = (area: string, language: string): Record<string, string> => require(join(ROOT, area, `${language}.ts`)).messages;

/** Plural and select arguments whose cases lack "other" (ICU's fallback, required by FormatJS). */
function withoutOther(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type !== TYPE.plural && e.type !== TYPE.select) return [];
    const cases = Object.values(e.options).flatMap((o) => withoutOther(o.value));
    return "other" in e.options ? cases : [e.value, ...cases];
  });
}

test("the catalogues are found", () => {
  expect(AREAS).toContain("pane");
});

describe.each(AREAS)("the %s catalogue", (area) => {
  const english = messagesOf(area, "en");

  it.each(LANGUAGES.filter((l) => l !== "en"))("has every message in %s, and no other", (language) => {
    const other = messagesOf(area, language);
    const keys = Object.keys(english);
    expect(keys.filter((k) => typeof other[k] !== "string" || other[k].trim() === "")).toEqual([]);
    expect(Object.keys(other).filter((k) => !(k in english))).toEqual([]);
  });

  it.each(LANGUAGES)("parses in %s, with plurals and selects that end in other", (language) => {
    const bad: string[] = [];
    for (const [key, text] of Object.entries(messagesOf(area, language))) {
      try {
        const missing = withoutOther(parse(text, { ignoreTag: true }));
        if (missing.length) bad.push(`${key}: no "other" case for ${missing.join(", ")}`);
      } catch (e) {
        bad.push(`${key}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("names the same placeholders as English in %s", (language) => {
    const other = messagesOf(area, language);
    const differ = Object.keys(english).filter((key) => {
      if (typeof other[key] !== "string") return false; // said by the test above
      const same = isStructurallySame(parse(english[key], { ignoreTag: true }), parse(other[key], { ignoreTag: true }));
      return !same.success;
    });
    expect(differ).toEqual([]);
  });
});
