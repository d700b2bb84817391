/** The set-up plan over plain snapshots: what it adds, in what order, and what it refuses. */
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";
import { planSetup } from "../../src/model/layout/plan-setup";
import { EMPTY_SNAPSHOT, type WorkbookSnapshot } from "../../src/model/layout/snapshot";
import { DEFAULT_SETTINGS, SETTING_FIELDS } from "../../src/model/settings";

const settings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };
const spec = buildWorkbookSpec(settings);

/** The snapshot of a workbook that set-up has already built. */
function fullSnapshot(): WorkbookSnapshot {
  return {
    sheets: spec.sheets.map((s) => ({ name: s.name, used: { row: 0, col: 0, rows: 10, cols: 10 }, protected: false })),
    tables: tablesOf(spec).map(({ sheet, placed }) => ({ name: placed.table.name, sheet: sheet.name, headers: placed.table.columns.map((c) => c.header), row: placed.row, col: placed.col, rowCount: 1 })),
    names: spec.names.map((n) => n.name),
    tableData: {},
  };
}

test("an empty workbook gets every sheet, table and name, formulas only after every table exists", () => {
  const { steps, notices } = planSetup(spec, EMPTY_SNAPSHOT);
  expect(notices).toEqual([]);
  expect(steps.filter((s) => s.kind === "addSheet")).toHaveLength(spec.sheets.length);
  expect(steps.filter((s) => s.kind === "addTable")).toHaveLength(tablesOf(spec).length);
  expect(steps.filter((s) => s.kind === "addName")).toHaveLength(spec.names.length);
  const lastTable = steps.map((s) => s.kind).lastIndexOf("addTable");
  const firstFormula = steps.map((s) => s.kind).indexOf("columnFormulas");
  expect(firstFormula).toBeGreaterThan(lastTable);
});

test("a complete workbook gets no structural step, only its formats and lists repaired", () => {
  const { steps } = planSetup(spec, fullSnapshot());
  expect(new Set(steps.map((s) => s.kind))).toEqual(new Set(["formatColumns", "validateColumns", "conditionalFormats"]));
});

test("a renamed header is not taken for the missing column: the column is added beside it", () => {
  const snap = fullSnapshot();
  const goals = snap.tables.find((t) => t.name === "tblGoals")!;
  goals.headers = goals.headers.map((h) => (h === "Selected" ? "Chosen" : h));
  const { steps } = planSetup(spec, snap);
  expect(steps.find((s) => s.kind === "addColumns")).toEqual({ kind: "addColumns", table: "tblGoals", columns: [expect.objectContaining({ header: "Selected" })] });
});

test("a missing column whose place is taken by the next table is reported, not forced", () => {
  const snap = fullSnapshot();
  const policies = snap.tables.find((t) => t.name === "tblPolicies")!;
  const next = snap.tables.find((t) => t.name === "tblResources")!;
  policies.headers = policies.headers.filter((h) => h !== "Gaps");
  next.col = policies.col + policies.headers.length; // moved flush against tblPolicies
  const { steps, notices } = planSetup(spec, snap);
  expect(steps.some((s) => s.kind === "addColumns" && s.table === "tblPolicies")).toBe(false);
  expect(notices.find((n) => n.table === "tblPolicies")!.message).toMatch(/"Policy framework" table lacks "Gaps", but "Resources needed and available" stands to its right.*Move "Resources needed and available" 1 column further right.*then run mdplan refresh FILE again\./);
});

test("a table deleted from a sheet that still has content is re-created to the right of it", () => {
  const snap = fullSnapshot();
  snap.tables = snap.tables.filter((t) => t.name !== "tblPolicies");
  snap.sheets.find((s) => s.name === "1 Assessment")!.used = { row: 0, col: 0, rows: 40, cols: 30 };
  const { steps } = planSetup(spec, snap);
  expect(steps.find((s) => s.kind === "addTable")).toMatchObject({ table: { name: "tblPolicies" }, sheet: "1 Assessment", col: 31 });
});

test("settings changed in the pane are written to their Value cells only", () => {
  const snap = fullSnapshot();
  snap.tables.find((t) => t.name === "tblSettings")!.headers = ["Setting", "Value", "Name", "About"];
  snap.tableData = { tblSettings: [["Country", "Ruritania", "planCountry", ""], ["Plan title", "Plan", "planTitle", ""], ["Currency", "USD", "planCurrency", ""]] };
  const { steps } = planSetup(spec, snap, { settings: { ...settings, title: "Plan 2027", currency: "EUR" } });
  expect(steps.find((s) => s.kind === "writeSettings")).toEqual({ kind: "writeSettings", column: "Value", values: [{ bodyRow: 1, value: "Plan 2027" }, { bodyRow: 2, value: "EUR" }] });
});

test("a setting the add-in cannot read is left as typed, with a notice naming its cell", () => {
  const snap = fullSnapshot();
  const table = snap.tables.find((t) => t.name === "tblSettings")!;
  table.headers = ["Setting", "Value", "Name", "About"];
  snap.tableData = { tblSettings: [["First year", "twenty twenty-six", "planStartYear", ""], ["Currency", "USD", "planCurrency", ""]] };
  const { steps, notices } = planSetup(spec, snap, { settings: { ...settings, currency: "EUR" } });
  expect(steps.find((s) => s.kind === "writeSettings")).toEqual({ kind: "writeSettings", column: "Value", values: [{ bodyRow: 1, value: "EUR" }] });
  const address = `Settings!B${table.row + 2}`;
  expect(notices).toContainEqual(expect.objectContaining({ level: "warning", message: expect.stringContaining(`${address} ("First year") holds "twenty twenty-six"`) }));
});

test("a workbook of an older contract version gets its version name updated, with a notice", () => {
  const { steps, notices } = planSetup(spec, { ...fullSnapshot(), contractVersion: 0 });
  expect(steps).toContainEqual({ kind: "setName", name: spec.names.find((n) => n.name === "mdContractVersion") });
  expect(notices.map((n) => n.message)).toContainEqual(expect.stringMatching(/recorded workbook contract version 0.*now records version 1/));
});

test("a workbook of a newer contract version is not changed at all", () => {
  const snap = fullSnapshot();
  snap.tables = snap.tables.filter((t) => t.name !== "tblGoals");
  const { steps, notices } = planSetup(spec, { ...snap, contractVersion: "=2" });
  expect(steps).toEqual([]);
  expect(notices).toEqual([{ level: "error", message: expect.stringMatching(/version 2 .*newer than version 1.*nothing was changed/) }]);
});

test("a French workbook's settings are written under its own headers (Nom, Valeur)", () => {
  const french = { ...settings, language: "fr" as const };
  const frenchSpec = buildWorkbookSpec(french);
  const snap = fullSnapshot();
  const table = snap.tables.find((t) => t.name === "tblSettings")!;
  table.headers = frenchSpec.sheets.flatMap((s) => s.tables).find((p) => p.table.name === "tblSettings")!.table.columns.map((c) => c.header);
  expect(table.headers).toContain("Valeur");
  const row = (name: string, value: string) => table.headers.map((h) => (h === "Valeur" ? value : h === "Nom" ? name : ""));
  snap.language = "fr";
  snap.tableData = { tblSettings: [row("planTitle", "Plan"), row("planCurrency", "USD")] };
  const { steps } = planSetup(frenchSpec, snap, { settings: { ...french, title: "Plan 2027", currency: "EUR" } });
  expect(steps.find((s) => s.kind === "writeSettings")).toEqual({ kind: "writeSettings", column: "Valeur", values: [{ bodyRow: 0, value: "Plan 2027" }, { bodyRow: 1, value: "EUR" }] });
});

test("a setting the workbook's table has no row for (an older plan) is not dropped in silence", () => {
  const snap = fullSnapshot();
  snap.tables.find((t) => t.name === "tblSettings")!.headers = ["Setting", "Value", "Name", "About"];
  // Every row an older plan has: none for the IATI settings.
  snap.tableData = { tblSettings: SETTING_FIELDS.filter((f) => !f.optional).map((f) => [f.label, String(settings[f.key]), f.name, ""]) };
  const { steps, notices } = planSetup(spec, snap, { settings: { ...settings, reportingOrgName: "Ministry of Planning" } });
  expect(steps.some((s) => s.kind === "writeSettings")).toBe(false);
  expect(notices).toContainEqual({
    level: "warning",
    sheet: "Settings",
    table: "tblSettings",
    message:
      '"Reporting organisation" has no row in the Settings table (the workbook was set up by an earlier M&D Planner), so "Ministry of Planning" was not saved. Set-up adds the row at the end of the table once nothing stands in its way (another notice says what): then run mdplan refresh FILE again. Or type the row yourself at Settings!A8, right below the table: iatiOrgName under Name, the value under Value.',
  });
  // Blank settings the table lacks are nothing to say.
  expect(planSetup(spec, snap, { settings }).notices.filter((n) => n.table === "tblSettings")).toEqual([]);
});
