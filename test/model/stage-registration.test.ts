/**
 * A stage registered in the model's registry is registered everywhere it must be: a builder
 * (stages/builders.ts, which the compiler also holds to the registry's keys), its name on the
 * pane's stage cards and in the check's groups, guidance for each of its sheets, its sheet names
 * and titles in every workbook language, and its tables in the workbook contract, each built by
 * one part only. Adding a stage and forgetting one of these fails here, not in a user's pane.
 */
import { KEY_COLUMNS } from "../../src/model/contract";
import { LANGUAGES } from "../../src/model/i18n/language";
import { messages as paneEnglish } from "../../src/model/i18n/pane/en";
import { catalogue as sheetCatalogue } from "../../src/model/i18n/sheets";
import { WORKBOOK_TERMS } from "../../src/model/i18n/workbook/terms";
import { STAGES, WORKBOOK_PART, sheetNamesOf, type StageEntry } from "../../src/model/registry";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { STAGE_BUILDERS } from "../../src/model/stages/builders";
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";

const english = buildWorkbookSpec(DEFAULT_SETTINGS);
const titleOf = (sheet: string) => {
  const s = english.sheets.find((x) => x.name === sheet)!;
  return String((s.cells.find((c) => c.style === "title")!.content as { value: unknown }).value);
};

describe.each(STAGES.map((s: StageEntry) => [`${s.number} ${s.name}`, s] as const))("stage %s", (_label, stage) => {
  test("has a builder, which builds the registry's sheets", () => {
    const builder = STAGE_BUILDERS[stage.key as keyof typeof STAGE_BUILDERS];
    expect(typeof builder).toBe("function");
    expect(builder(DEFAULT_SETTINGS).sheets.map((s) => s.name)).toEqual(sheetNamesOf(stage));
  });

  // French and Spanish are held to the English keys by the compiler (pane/fr.ts, pane/es.ts).
  test("has its name for the pane's card and the check's groups", () => {
    const key = `stage.${stage.number}.name` as keyof typeof paneEnglish;
    expect([key, typeof paneEnglish[key]]).toEqual([key, "string"]);
  });

  test("has guidance for each of its sheets, in every language", () => {
    for (const role of Object.keys(stage.sheets)) {
      const base = role === "main" ? `stage.${stage.number}` : `stage.${stage.number}.${role}`;
      for (const language of LANGUAGES)
        for (const part of ["purpose", "fillIn", "goodLooksLike"]) {
          const key = `${base}.${part}`;
          expect([language, key, typeof (sheetCatalogue[language] as Record<string, unknown>)[key]]).toEqual([language, key, "string"]);
        }
    }
  });

  test("has its sheets' names and titles in every workbook language", () => {
    for (const language of LANGUAGES.filter((l) => l !== "en"))
      for (const sheet of sheetNamesOf(stage)) {
        expect([language, sheet, WORKBOOK_TERMS[language].sheets[sheet] !== undefined]).toEqual([language, sheet, true]);
        expect([language, titleOf(sheet), WORKBOOK_TERMS[language].labels[titleOf(sheet)] !== undefined]).toEqual([language, titleOf(sheet), true]);
      }
  });

  test("builds contract tables only, and on its own sheets", () => {
    const own = new Set(sheetNamesOf(stage));
    const tables = tablesOf(english).filter((t) => own.has(t.sheet.name) && !t.placed.table.derived);
    for (const t of tables) expect([t.placed.table.name, t.placed.table.name in KEY_COLUMNS]).toEqual([t.placed.table.name, true]);
  });
});

test("every contract table is built by exactly one part of the workbook", () => {
  const built = tablesOf(english).map((t) => t.placed.table.name);
  for (const name of Object.keys(KEY_COLUMNS)) expect([name, built.filter((b) => b === name).length]).toEqual([name, 1]);
  // The workbook's own part owns its sheets, and no stage claims one of them.
  const stageSheets = STAGES.flatMap((s: StageEntry) => sheetNamesOf(s));
  for (const sheet of sheetNamesOf(WORKBOOK_PART)) expect(stageSheets).not.toContain(sheet);
});
