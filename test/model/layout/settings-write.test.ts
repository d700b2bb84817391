/** Settings typed in the pane reach a French workbook's Settings table in its own words. */
import { buildWorkbookSpec, tablesOf } from "../../../src/model/workbook";
import { planSetup } from "../../../src/model/layout/plan-setup";
import type { WorkbookSnapshot } from "../../../src/model/layout/snapshot";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";

test("a French workbook's frequency (« Annuelle ») is read as the pane's Annual, and a new one is written in French", () => {
  const settings = { ...DEFAULT_SETTINGS, country: "Sénégal", title: "Plan", language: "fr" as const };
  const spec = buildWorkbookSpec(settings);
  const placed = tablesOf(spec).find((t) => t.placed.table.name === "tblSettings")!;
  const headers = placed.placed.table.columns.map((c) => c.header);
  const rows = placed.placed.rows!.map((r) => headers.map((h) => r[h] ?? ""));
  expect(rows.flat()).toContain("Annuelle");
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: placed.sheet.name, used: { row: 0, col: 0, rows: 30, cols: 4 } }],
    tables: [{ name: "tblSettings", sheet: placed.sheet.name, headers, row: placed.placed.row, col: placed.placed.col, rowCount: rows.length }],
    names: [],
    language: "fr",
    tableData: { tblSettings: rows },
  };
  const same = planSetup(spec, snapshot, { settings });
  expect(same.notices.filter((n) => n.table === "tblSettings")).toEqual([]);
  expect(same.steps.some((s) => s.kind === "writeSettings")).toBe(false);
  const monthly = planSetup(spec, snapshot, { settings: { ...settings, frequency: "Monthly" } });
  const write = monthly.steps.find((s) => s.kind === "writeSettings");
  expect(write).toEqual({ kind: "writeSettings", column: "Valeur", values: [{ bodyRow: 5, value: "Mensuelle" }] });
});
