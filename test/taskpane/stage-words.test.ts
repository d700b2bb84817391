/**
 * What a stage card says, from the stage states the model gives the Office host: what set-up adds,
 * by sheet and caption, and what stands in the way, in the pane's language and the workbook's names.
 */
import { buildWorkbookSpec, stages } from "../../src/model/workbook";
import { stageStates } from "../../src/model/layout/stage-status";
import { setupWords } from "../../src/model/layout/setup-words";
import { EMPTY_SNAPSHOT, type WorkbookSnapshot } from "../../src/model/layout/snapshot";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../src/model/settings";
import type { Language } from "../../src/model/i18n/language";
import { additions, stageWords } from "../../src/taskpane/state/stage-words";
import { catalogue } from "../../src/model/i18n/pane-status";
import { translator } from "../../src/model/i18n/translate";
import { shortCaption } from "../../src/model/spec/short-caption";

function stageOne(settings: PlanSettings, snapshot: WorkbookSnapshot, paneLanguage: Language = "en") {
  const spec = buildWorkbookSpec(settings);
  const state = stageStates(spec, stages(settings), snapshot, setupWords(paneLanguage, "pane"))[0];
  const sheets = spec.sheets.filter((s) => s.stage === 1);
  return { state, sheet: sheets[0], sheets, t: translator(paneLanguage, catalogue[paneLanguage]) };
}

describe("stage cards", () => {
  it("sum up a missing stage in one line per sheet, one click away, and show nothing else", () => {
    const { state, sheets, t } = stageOne(DEFAULT_SETTINGS, EMPTY_SNAPSHOT);
    const words = stageWords(state, t);
    expect(state.status).toBe("missing");
    expect(words.shown).toEqual([]);
    expect(sheets.length).toBeGreaterThan(1);
    expect(words.adds).toEqual(sheets.map((sheet) => `Sheet "${sheet.name}": ${sheet.tables.map((p) => shortCaption(p.table.caption)).join(", ")}.`));
  });

  it("name a French workbook's sheet and tables as it does, in the pane's sentences", () => {
    const { state, sheet, t } = stageOne({ ...DEFAULT_SETTINGS, language: "fr" }, EMPTY_SNAPSHOT, "fr");
    const line = additions(state, t)[0];
    expect(additions(state, t)).toHaveLength(2);
    expect(sheet.name).not.toBe(buildWorkbookSpec(DEFAULT_SETTINGS).sheets.find((s) => s.stage === 1)!.name);
    expect(line).toContain(sheet.name);
    for (const placed of sheet.tables) expect(line).toContain(shortCaption(placed.table.caption));
  });

  it("show what is in the way of a blocked stage: the button to press, no command line, no code name", () => {
    for (const language of ["en", "fr", "es"] as const) {
      const settings = { ...DEFAULT_SETTINGS, language };
      const sheetName = buildWorkbookSpec(settings).sheets.find((s) => s.stage === 1)!.name;
      const taken: WorkbookSnapshot = { ...EMPTY_SNAPSHOT, sheets: [{ name: sheetName, used: { row: 0, col: 0, rows: 3, cols: 3 }, protected: false }] };
      const { state, t } = stageOne(settings, taken, language);
      const words = stageWords(state, t);
      expect(state.status).toBe("blocked");
      expect(words.shown).toHaveLength(1);
      expect(words.shown[0]).toContain(sheetName);
      expect(words.shown[0]).toContain(translator(language, catalogue[language])("card.setUp"));
      expect(words.shown[0]).not.toMatch(/mdplan|\btbl[A-Z]/);
    }
  });

  it("say which columns an update adds, by the table's caption", () => {
    const spec = buildWorkbookSpec(DEFAULT_SETTINGS);
    const sheets = spec.sheets.filter((s) => s.stage === 1);
    const [first, ...rest] = sheets[0].tables;
    const snapshot: WorkbookSnapshot = {
      ...EMPTY_SNAPSHOT,
      sheets: sheets.map((sheet) => ({ name: sheet.name, used: { row: 0, col: 0, rows: 30, cols: 30 }, protected: false })),
      tables: sheets.flatMap((sheet) => sheet.tables.map((p) => ({ p, sheet }))).map(({ p, sheet }) => ({
        name: p.table.name,
        sheet: sheet.name,
        headers: p.table.columns.map((c) => c.header).filter((h) => p !== first || h !== first.table.columns[1].header),
        row: p.row,
        col: p.col,
        rowCount: 1,
      })),
    };
    const { state, t } = stageOne(DEFAULT_SETTINGS, snapshot);
    expect(state.status).toBe("needs update");
    expect(stageWords(state, t).shown).toEqual([`The "${shortCaption(first.table.caption)}" table lacks "${first.table.columns[1].header}".`]);
    expect(rest.length).toBeGreaterThan(0);
  });
});
