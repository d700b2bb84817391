/**
 * The workbook's words in every language: complete, in step with what the model writes, and
 * usable by Excel (sheet names it accepts, headers distinct within a table, drop-down values
 * distinct within a list).
 */
import { buildWorkbookSpec } from "../../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { VALUE_LISTS } from "../../../src/model/contract";
import { toLanguage, WORKBOOK_TERMS, type TermKind } from "../../../src/model/i18n/workbook/terms";
import type { Language } from "../../../src/model/i18n/language";

// The sample (its matrix has a column per capacity area) and a plan of other years and frequency.
const english = [buildWorkbookSpec(SAMPLE_SETTINGS, SAMPLE_DATA), buildWorkbookSpec({ ...DEFAULT_SETTINGS, startYear: 2031, endYear: 2033, frequency: "Quarterly" })];
const KINDS = Object.keys(WORKBOOK_TERMS.en) as TermKind[];

describe("the English terms", () => {
  it("list every sheet, caption, header and chart title the model writes", () => {
    const terms = WORKBOOK_TERMS.en;
    const [fr, es] = [toLanguage("fr"), toLanguage("es")];
    const missing: string[] = [];
    // Known as it is, through a template ({period} target), or as a value made a column.
    const need = (kind: TermKind, text: string) => {
      if (!(text in terms[kind]) && fr(kind, text) === text && es(kind, text) === text) missing.push(`${kind}: ${text}`);
    };
    for (const sheet of english.flatMap((spec) => spec.sheets)) {
      need("sheets", sheet.name);
      for (const p of sheet.tables) {
        need("captions", p.table.caption);
        p.table.columns.forEach((c) => need("headers", c.header));
      }
      for (const chart of sheet.charts ?? []) need("charts", chart.title);
    }
    for (const list of Object.values(VALUE_LISTS)) list.forEach((v) => need("values", v));
    expect(missing).toEqual([]);
  });

  it("map each term to itself", () => {
    for (const kind of KINDS) for (const [key, text] of Object.entries(WORKBOOK_TERMS.en[kind])) expect([kind, key]).toEqual([kind, text]);
  });
});

describe.each(["fr", "es"] as Language[])("the %s terms", (language) => {
  const terms = WORKBOOK_TERMS[language];

  it("translate what settings put in a term: periods, years, the reporting frequency", () => {
    const spec = buildWorkbookSpec({ ...DEFAULT_SETTINGS, startYear: 2031, endYear: 2032, frequency: "Semi-annual", language });
    const iptt = spec.sheets.flatMap((s) => s.tables).find((p) => p.table.name === "tblIPTT")!.table;
    const want = { fr: ["2031-S2 cible", "Tableau de suivi des indicateurs de performance, 2031-2032, périodicité semestrielle"], es: ["Meta 2031-S2", "Tabla de seguimiento del desempeño de indicadores, 2031-2032, semestral"] }[language as "fr" | "es"];
    expect(iptt.columns.map((c) => c.header)).toContain(want[0]);
    expect(iptt.caption).toBe(want[1]);
  });

  it("translate every English term, and nothing else", () => {
    for (const kind of KINDS) {
      expect(Object.keys(terms[kind]).sort()).toEqual(Object.keys(WORKBOOK_TERMS.en[kind]).sort());
      for (const text of Object.values(terms[kind])) expect([text, text.trim() === text && text.length > 0]).toEqual([text, true]);
    }
  });

  it("name sheets as Excel accepts them, each distinct", () => {
    const names = Object.values(terms.sheets);
    for (const n of names) expect([n, n.length <= 31 && !/[[\]:*?/\\]/.test(n) && !/^'|'$/.test(n)]).toEqual([n, true]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("keep headers distinct within every table, and values within every list", () => {
    const spec = buildWorkbookSpec({ ...SAMPLE_SETTINGS, language }, SAMPLE_DATA);
    for (const sheet of spec.sheets) {
      for (const p of sheet.tables) {
        const headers = p.table.columns.map((c) => c.header.toLowerCase());
        expect([p.table.name, new Set(headers).size]).toEqual([p.table.name, headers.length]);
      }
    }
    for (const [list, values] of Object.entries(VALUE_LISTS)) {
      const local = values.map((v) => terms.values[v].toLowerCase());
      expect([list, new Set(local).size]).toEqual([list, values.length]);
    }
  });

  it("use no character an Excel formula would have to escape inside a header or a text", () => {
    for (const kind of KINDS) for (const text of Object.values(terms[kind])) expect([kind, text, /['"[\]#]/.test(text)]).toEqual([kind, text, false]);
  });
});
