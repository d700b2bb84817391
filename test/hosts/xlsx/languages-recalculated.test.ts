/**
 * The sample plan written in French and in Spanish, its own texts translated too, recalculated by
 * LibreOffice, gives the same figures as the English one in every table and every defined name,
 * with no formula error: the workbook's language changes what people read, never what it computes.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { sampleData, sampleSettings, sampleText } from "../../../src/model/sample/sample-text";
import { toLanguage } from "../../../src/model/i18n/workbook/terms";
import { settingsSheet } from "../../../src/model/stages/settings-sheet";
import type { Language } from "../../../src/model/i18n/language";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type Value, type XlsxBook } from "../../support/xlsx-values";

const books = new Map<Language, XlsxBook>();
/** The files as written, before LibreOffice: their formulas' cached results. */
const written = new Map<Language, XlsxBook>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-languages-"));
  const languages: Language[] = ["en", "fr", "es"];
  const paths = await Promise.all(
    languages.map(async (language) => {
      const path = join(dir, `sample-${language}.xlsx`);
      // The sample as a planner of that language gets it from mdplan new --sample.
      writeFileSync(path, (await newPlanWorkbook({ ...sampleSettings(language), language }, sampleData(language))).bytes);
      return path;
    }),
  );
  const recalculated = recalculate(paths);
  for (const [i, language] of languages.entries()) {
    books.set(language, await readXlsx(recalculated[i]));
    written.set(language, await readXlsx(paths[i]));
  }
}, 180_000);

const en = () => books.get("en")!;

describe.each(["fr", "es"] as const)("the sample plan in %s, recalculated", (language) => {
  const book = () => books.get(language)!;
  const map = toLanguage(language);
  /** The Settings sheet's labels and About texts: the model's own sentences, in the language as its Settings sheet writes them. */
  const sentences = new Map<string, string>();
  const settingsRows = (l: Language) => settingsSheet({ ...sampleSettings(l), language: l }).sheet.tables[0].rows ?? [];
  settingsRows("en").forEach((row, i) => {
    for (const h of ["Setting", "About"]) sentences.set(String(row[h]), String(settingsRows(language)[i][h]));
  });
  /** What the English cell reads as in the language: a sentence of the model or a text the sample typed takes its translation, a drop-down value or compared text its term. */
  const translated = (v: Value): Value => (typeof v === "string" ? (sentences.get(v) ?? map("values", sampleText(v, language))) : v);

  test("holds no formula error anywhere", () => {
    expect(book().errors()).toEqual([]);
  });

  test("names its sheets in the language, and says its language in a defined name", () => {
    expect(book().sheets).toEqual(en().sheets.map((s) => map("sheets", s)));
    expect(book().sheets.filter((s) => en().sheets.includes(s))).toEqual([]);
    expect(book().names.get("planLanguage")).toBe(`"${language}"`);
    expect(en().names.get("planLanguage")).toBe('"en"');
  });

  test("has every table under its contract name, with the headers in the language", () => {
    const tables = en().tables();
    expect(tables.length).toBeGreaterThanOrEqual(20);
    for (const t of tables) expect(book().table(t.name).headers).toEqual(t.headers.map((h) => map("headers", h)));
    // Most headers do change: a language file that was not read would leave them English.
    const headers = tables.flatMap((t) => t.headers);
    expect(headers.filter((h) => map("headers", h) !== h).length).toBeGreaterThan(headers.length * 0.8);
  });

  test("computes the same figure in every cell of every table", () => {
    const differences: string[] = [];
    let numbers = 0;
    for (const t of en().tables()) {
      const local = book().table(t.name);
      expect(local.rows.length).toBe(t.rows.length);
      t.rows.forEach((row, r) => {
        for (const header of t.headers) {
          const want = translated(row[header]);
          const got = local.rows[r][map("headers", header)];
          if (typeof want === "number") numbers++;
          const same = typeof want === "number" && typeof got === "number" ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want)) : want === got || (want === "" && got === null) || (want === null && got === "");
          if (!same) differences.push(`${t.name} row ${r + 1} ${header}: English ${JSON.stringify(row[header])}, ${language} ${JSON.stringify(got)}`);
        }
      });
    }
    expect(differences).toEqual([]);
    expect(numbers).toBeGreaterThan(500);
  });

  test("carries in every formula cell the result LibreOffice computes, for viewers that do not recalculate", () => {
    const differing: string[] = [];
    let formulas = 0;
    for (const sheet of book().sheets) {
      for (const [address, cell] of written.get(language)!.cells(sheet)) {
        if (!cell.formula) continue;
        formulas++;
        const want = book().cell(sheet, address)?.value ?? null;
        const same = typeof want === "number" && typeof cell.value === "number" ? Math.abs(want - cell.value) <= 1e-9 * Math.max(1, Math.abs(want)) : (want ?? "") === (cell.value ?? "");
        if (!same) differing.push(`${sheet}!${address} ${cell.formula}: written ${JSON.stringify(cell.value)}, LibreOffice ${JSON.stringify(want)}`);
      }
    }
    expect(differing).toEqual([]);
    expect(formulas).toBeGreaterThan(500);
  });

  test("gives the same headline figures and settings behind every defined name", () => {
    // Names over one cell or holding a number; a drop-down's range (lstActionIds, lstStatus) is no figure.
    const names = [...en().names.entries()].filter(([n, ref]) => n !== "planLanguage" && !/^_xlnm\./.test(n) && !ref.includes("[") && !ref.includes(":")).map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(["kpiOngoing", "kpiBudget", "kpiFundingGap", "kpiOnTrack", "kpiOffTrack", "thrOnTrack"]));
    for (const name of names) {
      const want = en().nameValue(name);
      expect([name, book().nameValue(name)]).toEqual([name, translated(want)]);
    }
  });
});
