/**
 * The sample plan's own texts in French and Spanish: every English text a planner would have
 * typed has a translation, no translation is blank or left English by oversight, and none can be
 * confused with a workbook term or with another text (the derived tables group by these texts).
 */
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { sampleData, sampleSettings, SAMPLE_TEXTS } from "../../../src/model/sample/sample-text";
import { GCM_OBJECTIVES, gcmLabel, SDG_INDICATORS } from "../../../src/model/catalog/catalog";
import { WORKBOOK_TERMS } from "../../../src/model/i18n/workbook/terms";
import type { TableRow } from "../../../src/model/spec/types";

const LANGUAGES = ["fr", "es"] as const;
const tables = SAMPLE_DATA as Record<string, TableRow[]>;

/** Columns whose texts stay as written in every language, and why. */
const KEPT_COLUMNS: Record<string, string> = {
  "Goal ID": "an ID other tables refer to",
  "Action ID": "an ID other tables refer to",
  "Indicator ID": "an ID other tables refer to",
  "Indicator IDs": "IDs other tables refer to",
  "Activity ID": "an ID",
  "Risk ID": "an ID",
  "Project ID": "an ID",
  Code: "an SDG indicator code",
  "SDG target": "an SDG target code",
  Period: "a reporting period (2026, 2026-Q1...), which formulas parse",
  "GCM objective": "the Global Compact's objective labels: their official French and Spanish texts are a decision pending",
};

/** Translations that read the same as the English, by nature. */
const SAME: Record<(typeof LANGUAGES)[number], Record<string, string>> = {
  fr: { Immigration: "the same word in French", UNICEF: "the agency's acronym in every language" },
  es: { UNICEF: "the agency's acronym in every language" },
};

const englishTerms = new Set(Object.keys(WORKBOOK_TERMS.en.values));
const official = new Map(SDG_INDICATORS.map((i) => [i.code, i.name]));

/** An indicator named as the UN SDG framework names it: its official translations are a separate, pending decision. */
const isOfficialName = (table: string, header: string, row: TableRow) =>
  table === "tblIndicators" && header === "Indicator" && typeof row.Code === "string" && official.get(row.Code) === row.Indicator;

interface Text {
  text: string;
  where: string;
}

/** Every text of the sample, with where it is and whether a translation is owed. */
function sampleTexts(): (Text & { translated: boolean })[] {
  const out: (Text & { translated: boolean })[] = [
    { text: SAMPLE_SETTINGS.country, where: "settings country", translated: true },
    { text: SAMPLE_SETTINGS.title, where: "settings title", translated: true },
    { text: SAMPLE_SETTINGS.reportingOrgName, where: "settings reporting organisation", translated: true },
  ];
  for (const [table, rows] of Object.entries(tables)) {
    rows.forEach((row, r) => {
      for (const [header, value] of Object.entries(row)) {
        if (typeof value !== "string") continue;
        const kept = header in KEPT_COLUMNS || englishTerms.has(value) || !/\p{L}/u.test(value) || isOfficialName(table, header, row);
        out.push({ text: value, where: `${table} row ${r + 1} ${header}`, translated: !kept });
      }
    });
  }
  return out;
}

const owed = sampleTexts().filter((t) => t.translated);
const kept = sampleTexts().filter((t) => !t.translated);

test("the sample has texts to translate and texts to keep, as expected", () => {
  expect(new Set(owed.map((t) => t.text)).size).toBeGreaterThan(120);
  // The two official SDG indicator names (10.7.1 and 10.c.1) are kept English, nothing else in that column.
  expect(kept.filter((t) => t.where.endsWith(" Indicator")).map((t) => t.where)).toEqual(["tblIndicators row 1 Indicator", "tblIndicators row 4 Indicator"]);
  // GCM objective labels are the catalogue's, so keeping them English keeps the drop-down's.
  const labels = GCM_OBJECTIVES.map(gcmLabel);
  for (const t of kept.filter((k) => k.where.endsWith("GCM objective"))) expect(labels).toContain(t.text);
});

describe.each(LANGUAGES)("the sample's texts in %s", (language) => {
  const texts = SAMPLE_TEXTS[language];

  test("translate every English text a planner typed", () => {
    expect(owed.filter((t) => !(t.text in texts)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  test("translate nothing that must stay English (IDs, codes, terms, official names), and nothing the sample lacks", () => {
    const owedTexts = new Set(owed.map((t) => t.text));
    expect(Object.keys(texts).filter((k) => !owedTexts.has(k))).toEqual([]);
  });

  test("are never blank, never the English unless the same by nature", () => {
    const bad = Object.entries(texts).filter(([en, local]) => !local.trim() || local !== local.trim() || (local === en && !(en in SAME[language])));
    expect(bad).toEqual([]);
    for (const en of Object.keys(SAME[language])) expect(texts[en]).toBe(en);
  });

  test("are no workbook term, in English or in the language: the workbook would translate them again, or read them back as the term", () => {
    const terms = new Set([...englishTerms, ...Object.values(WORKBOOK_TERMS[language].values)].map((t) => t.toLowerCase()));
    expect(Object.values(texts).filter((t) => terms.has(t.trim().toLowerCase()))).toEqual([]);
  });

  test("keep different texts different: the derived tables group by them, trimmed and regardless of case", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [en, local] of Object.entries(texts)) {
      const key = local.trim().toLowerCase();
      const other = seen.get(key);
      if (other !== undefined && other.trim().toLowerCase() !== en.trim().toLowerCase()) clashes.push(`${other} / ${en} → ${local}`);
      seen.set(key, en);
    }
    expect(clashes).toEqual([]);
  });

  test("keep every number and currency code of the English", () => {
    const lost = Object.entries(texts).filter(([en, local]) => (en.match(/\d+|\bUSD\b/g) ?? []).some((n) => !local.includes(n)));
    expect(lost).toEqual([]);
  });

  test("still mark the indicators disaggregated by sex as the IPTT finds them (/sex|gender/)", () => {
    const marked = (rows: TableRow[]) => rows.filter((r) => /sex|gender/i.test(String(r.Disaggregation ?? ""))).map((r) => r["Indicator ID"]);
    expect(marked(sampleData(language).tblIndicators!)).toEqual(marked(SAMPLE_DATA.tblIndicators!));
    expect(marked(SAMPLE_DATA.tblIndicators!).length).toBeGreaterThan(0);
  });

  test("make a sample of the same shape: same tables, rows, headers and numbers, kept texts as they were", () => {
    const local = sampleData(language) as Record<string, TableRow[]>;
    expect(Object.keys(local)).toEqual(Object.keys(tables));
    for (const [table, rows] of Object.entries(tables)) {
      expect(local[table].length).toBe(rows.length);
      rows.forEach((row, r) => {
        expect(Object.keys(local[table][r])).toEqual(Object.keys(row));
        for (const [header, value] of Object.entries(row)) {
          const got = local[table][r][header];
          if (typeof value === "string") expect(got).toBe(value in texts ? texts[value] : value);
          else expect(got).toBe(value);
        }
      });
    }
    const settings = sampleSettings(language);
    expect(settings).toEqual({ ...SAMPLE_SETTINGS, country: texts[SAMPLE_SETTINGS.country], title: texts[SAMPLE_SETTINGS.title], reportingOrgName: texts[SAMPLE_SETTINGS.reportingOrgName] });
  });
});

test("English is the sample as written, the very same objects", () => {
  expect(sampleData("en")).toBe(SAMPLE_DATA);
  expect(sampleSettings("en")).toBe(SAMPLE_SETTINGS);
  expect(Object.keys(SAMPLE_TEXTS.fr).sort()).toEqual(Object.keys(SAMPLE_TEXTS.es).sort());
});
