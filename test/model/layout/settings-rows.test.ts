/**
 * Set-up adds the rows an older workbook's Settings table lacks (the IATI settings), in the
 * workbook's language, with the value typed in the pane; never over, nor pushing down, a cell below.
 */
import { buildWorkbookSpec, tablesOf } from "../../../src/model/workbook";
import { columnLetters } from "../../../src/model/address";
import { planSetup } from "../../../src/model/layout/plan-setup";
import { workbookState } from "../../../src/model/layout/stage-status";
import { ROWS_READ_BELOW, type WorkbookSnapshot } from "../../../src/model/layout/snapshot";
import { DEFAULT_SETTINGS, SETTING_FIELDS, settingLabelIn, type PlanSettings } from "../../../src/model/settings";
import { setupWords } from "../../../src/model/layout/setup-words";
import type { Language } from "../../../src/model/i18n/language";

const base: PlanSettings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };
const IATI = SETTING_FIELDS.filter((f) => f.optional);

/** A workbook set up before the IATI settings: every other setting has its row, nothing below the table. */
function older(language: Language = "en") {
  const settings = { ...base, language };
  const spec = buildWorkbookSpec(settings);
  const placed = tablesOf(spec).find((t) => t.placed.table.name === "tblSettings")!;
  const headers = placed.placed.table.columns.map((c) => c.header);
  const rows = placed.placed.rows!.filter((r) => !IATI.some((f) => Object.values(r).includes(f.name))).map((r) => headers.map((h) => r[h] ?? ""));
  const table = { name: "tblSettings", sheet: placed.sheet.name, headers, row: placed.placed.row, col: placed.placed.col, rowCount: rows.length };
  const firstBelow = table.row + 1 + table.rowCount;
  const snapshot: WorkbookSnapshot = {
    sheets: spec.sheets.map((s) => ({ name: s.name, used: s.name === table.sheet ? { row: 0, col: 0, rows: firstBelow, cols: headers.length } : { row: 0, col: 0, rows: 10, cols: 10 }, protected: false })),
    tables: [
      ...tablesOf(spec)
        .filter((t) => t.placed.table.name !== "tblSettings")
        .map(({ sheet, placed: p }) => ({ name: p.table.name, sheet: sheet.name, headers: p.table.columns.map((c) => c.header), row: p.row, col: p.col, rowCount: 1 })),
      { ...table, below: { row: firstBelow, values: Array.from({ length: ROWS_READ_BELOW }, () => headers.map(() => "")) } },
    ],
    names: spec.names.map((n) => n.name),
    language: language === "en" ? undefined : language,
    tableData: { tblSettings: rows },
  };
  return { spec, snapshot, settings, table, firstBelow, headers };
}

test("an older workbook's Settings table gets a row per IATI setting at its end, before the repairs that format it", () => {
  const { spec, snapshot, settings } = older();
  const { steps, notices } = planSetup(spec, snapshot, { settings: { ...settings, reportingOrgName: "Ministry of Planning", countryCode: "KE" } });
  const append = steps.find((s) => s.kind === "appendRows");
  expect(append).toEqual({
    kind: "appendRows",
    table: "tblSettings",
    rows: IATI.map((f) => ({
      Setting: settingLabelIn(f.key, "en"),
      Value: f.key === "reportingOrgName" ? "Ministry of Planning" : f.key === "countryCode" ? "KE" : "",
      Name: f.name,
      About: expect.stringMatching(/\w/),
    })),
  });
  const at = steps.indexOf(append!);
  expect(steps.findIndex((s) => s.kind === "formatColumns" && s.table === "tblSettings")).toBeGreaterThan(at);
  expect(notices).toEqual([
    { level: "info", table: "tblSettings", message: 'Added 5 rows to the "Settings" table for "Reporting organisation", "IATI organisation identifier", "Reporting organisation type", "Country code", "Activity identifier prefix", which the workbook was set up without.' },
  ]);
});

test("mdplan refresh (no settings from a pane) adds them blank", () => {
  const { spec, snapshot } = older();
  const append = planSetup(spec, snapshot, { refreshDerived: true }).steps.find((s) => s.kind === "appendRows");
  expect(append?.kind === "appendRows" && append.rows.map((r) => r.Value)).toEqual(["", "", "", "", ""]);
});

test("the pane's rebuild of chosen derived tables adds no rows and says nothing of them", () => {
  const { spec, snapshot } = older();
  const plan = planSetup(spec, snapshot, { refreshDerived: true, refreshTables: ["tblDashboard"] });
  expect(plan.steps.some((s) => s.kind === "appendRows")).toBe(false);
  expect(plan.notices.filter((n) => n.table === "tblSettings")).toEqual([]);
});

test("a French workbook's rows speak French, under its own headers", () => {
  const { spec, snapshot, settings } = older("fr");
  const { steps, notices } = planSetup(spec, snapshot, { settings: { ...settings, countryCode: "SN" }, words: setupWords("fr") });
  const append = steps.find((s) => s.kind === "appendRows");
  expect(append?.kind === "appendRows" && append.rows[3]).toMatchObject({ Paramètre: "Code du pays", Valeur: "SN", Nom: "iatiCountryCode" });
  expect(append?.kind === "appendRows" && append.rows[0]).toMatchObject({ Paramètre: settingLabelIn("reportingOrgName", "fr"), Valeur: "" });
  expect(notices[0].message).toMatch(/^5 lignes ajoutées au tableau « Paramètres » pour « Organisation déclarante », /);
});

test("a cell typed below the table: no row is added, the notice names the cell, and the typed value is not lost in silence", () => {
  const { spec, snapshot, settings, firstBelow } = older();
  const table = snapshot.tables.find((t) => t.name === "tblSettings")!;
  table.below!.values[1][1] = "note to self";
  const { steps, notices } = planSetup(spec, snapshot, { settings: { ...settings, reportingOrgId: "XM-DAC-41114" }, words: setupWords("en", "pane") });
  expect(steps.some((s) => s.kind === "appendRows")).toBe(false);
  const cell = `Settings!B${firstBelow + 2}`;
  expect(notices.map((n) => n.message)).toEqual([
    `The "Settings" table on "Settings" lacks 5 rows for "Reporting organisation", "IATI organisation identifier", "Reporting organisation type", "Country code", "Activity identifier prefix", but ${cell} below it is not empty, and adding rows would write over it or push it down. Move what is in ${cell} elsewhere (cut and paste it), then press Set up this stage.`,
    `"IATI organisation identifier" has no row in the Settings table (the workbook was set up by an earlier M&D Planner), so "XM-DAC-41114" was not saved. Set-up adds the row at the end of the table once nothing stands in its way (another notice says what): then press Set up this stage. Or type the row yourself at Settings!A${firstBelow + 1}, right below the table: iatiOrgId under Name, the value under Value.`,
  ]);
});

test("a cell further down than the rows read: nothing is added, since Excel would push it down", () => {
  const { spec, snapshot, firstBelow, headers } = older();
  snapshot.sheets.find((s) => s.name === "Settings")!.used = { row: 0, col: 0, rows: firstBelow + ROWS_READ_BELOW + 10, cols: 6 };
  const { steps, notices } = planSetup(spec, snapshot);
  expect(steps.some((s) => s.kind === "appendRows")).toBe(false);
  const from = firstBelow + ROWS_READ_BELOW + 1;
  expect(notices[0].message).toMatch(
    new RegExp(`"Settings" has cells down to row ${firstBelow + ROWS_READ_BELOW + 10}, .*Move anything in Settings!A${from}:${columnLetters(headers.length - 1)}${from + 9} elsewhere`),
  );
});

test("a protected Settings sheet, a complete workbook, or one whose rows below were not read: nothing is appended", () => {
  const locked = older();
  locked.snapshot.sheets.find((s) => s.name === "Settings")!.protected = true;
  expect(planSetup(locked.spec, locked.snapshot).steps.some((s) => s.kind === "appendRows")).toBe(false);
  const unread = older();
  delete unread.snapshot.tables.find((t) => t.name === "tblSettings")!.below;
  expect(planSetup(unread.spec, unread.snapshot).steps.some((s) => s.kind === "appendRows")).toBe(false);
  const complete = older();
  const placed = tablesOf(complete.spec).find((t) => t.placed.table.name === "tblSettings")!.placed;
  complete.snapshot.tableData!.tblSettings = placed.rows!.map((r) => complete.headers.map((h) => r[h] ?? ""));
  expect(planSetup(complete.spec, complete.snapshot).steps.some((s) => s.kind === "appendRows")).toBe(false);
});

test("the pane's card for the workbook's own part says an older Settings table lacks rows, in the reader's language", () => {
  const { spec, snapshot } = older("fr");
  const state = workbookState(spec, snapshot, setupWords("fr", "pane"));
  expect(state.status).toBe("needs update");
  expect(state.details).toContain("Il manque au tableau « Paramètres » les lignes de 5 paramètres plus récents.");
  // With every row there, the part is ready.
  const english = older("en");
  const all = tablesOf(english.spec).find((t) => t.placed.table.name === "tblSettings")!.placed.rows!.map((r) => english.headers.map((h) => r[h] ?? ""));
  const upToDate: WorkbookSnapshot = {
    ...english.snapshot,
    tables: english.snapshot.tables.map((t) => (t.name === "tblSettings" ? { ...t, rowCount: all.length } : t)),
    tableData: { tblSettings: all },
  };
  expect(workbookState(english.spec, english.snapshot).status).toBe("needs update");
  expect(workbookState(english.spec, upToDate)).toMatchObject({ status: "ready", details: [] });
});
