/** Stacking submissions into the portfolio's tables, and the description the host writes. */
import { Portfolio } from "../../../src/model/portfolio/portfolio";
import { buildPortfolioSpec } from "../../../src/model/portfolio/portfolio-spec";
import { NOT_READ, READ } from "../../../src/model/portfolio/submissions";
import { STACKED_TABLES } from "../../../src/model/portfolio/tables";
import { KEY_COLUMNS } from "../../../src/model/contract";
import { tablesOf } from "../../../src/model/workbook";
import { cleanInput, planWith } from "../check/plan-builder";

function twoPlans(): Portfolio {
  const p = new Portfolio();
  const goals = cleanInput().tblGoals!.map((g, i) => ({ ...g!, "GCM objective": i === 0 ? "6 Recruitment and decent work" : "20 Remittances" }));
  p.addPlan("kestrelia.xlsx", planWith({ tblGoals: goals }, { settings: { country: "Kestrelia", title: "Plan K", currency: "USD" } }));
  // A blank row inside the table, and an action whose goal is unknown: it stacks without an objective.
  const actions = [...cleanInput().tblActions!, null, { "Action ID": "A3", Title: "Orphan", "Goal ID": "G9", Budget: 1000 }];
  p.addPlan("osprey.xlsx", planWith({ tblGoals: goals, tblActions: actions }, { settings: { country: "Osprey", title: "Plan O", currency: "EUR" } }));
  p.addUnreadable("notes.xlsx", "is a text file, not an Excel workbook (.xlsx).");
  return p;
}

test("each stacked table has the submission's columns, then the contract's key columns in English", () => {
  for (const t of STACKED_TABLES) expect(t.headers.slice(0, 3 + KEY_COLUMNS[t.source].length)).toEqual(["File", "Country", "Plan title", ...KEY_COLUMNS[t.source]]);
  expect(STACKED_TABLES.find((t) => t.name === "tblAllActions")!.headers).toContain("GCM objective");
});

test("rows keep their submission, blank rows are left out, actions get their goal's GCM objective", () => {
  const p = twoPlans();
  const actions = p.rows.tblAllActions;
  expect(actions.map((a) => [a.File, a.Country, a["Action ID"], a["GCM objective"], a.Currency])).toEqual([
    ["kestrelia.xlsx", "Kestrelia", "A1", "6 Recruitment and decent work", "USD"],
    ["kestrelia.xlsx", "Kestrelia", "A2", "20 Remittances", "USD"],
    ["osprey.xlsx", "Osprey", "A1", "6 Recruitment and decent work", "EUR"],
    ["osprey.xlsx", "Osprey", "A2", "20 Remittances", "EUR"],
    ["osprey.xlsx", "Osprey", "A3", null, "EUR"],
  ]);
  expect(p.rows.tblAllIndicatorValues).toHaveLength(6);
  expect(p.rows.tblAllGoals[0]).toMatchObject({ "Plan title": "Plan K", "Goal ID": "G1", Selected: "Yes" });
});

test("the Submissions table: each read file's check summary, and the unreadable file with why", () => {
  const [k, o, bad] = twoPlans().submissions;
  expect(k).toMatchObject({ File: "kestrelia.xlsx", Status: READ, Errors: 0, Goals: 2, Actions: 2, Budget: 1_700_000, Indicators: 3, Language: "en" });
  // The unknown goal is an error the check reports.
  expect(o.Errors).toBeGreaterThan(0);
  expect(o).toMatchObject({ Actions: 3, Budget: 1_701_000 });
  expect(bad).toEqual({ File: "notes.xlsx", Status: NOT_READ, Reason: "is a text file, not an Excel workbook (.xlsx)." });
});

test("the summary: a row per country read and per GCM objective, figures as formulas of Excel 2019 and LibreOffice", () => {
  const spec = buildPortfolioSpec(twoPlans());
  const placed = tablesOf(spec).map((t) => t.placed);
  const rowsOf = (name: string) => placed.find((p) => p.table.name === name)!.rows;
  expect(rowsOf("tblByCountry")).toEqual([{ Country: "Kestrelia" }, { Country: "Osprey" }]);
  expect(rowsOf("tblByObjective")).toEqual([{ "GCM objective": "6 Recruitment and decent work" }, { "GCM objective": "20 Remittances" }]);
  const formulas = placed.flatMap((p) => [...p.table.columns.map((c) => c.formula ?? ""), ...Object.values(p.table.totalsAbove?.formulas ?? {})]).filter(Boolean);
  expect(formulas.length).toBeGreaterThan(10);
  const functions = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
  expect([...functions].sort()).toEqual(["COUNTIFS", "IF", "SUM", "SUMIFS"]);
  expect(spec.sheets.map((s) => s.name)).toEqual(["Summary", "Submissions", ...STACKED_TABLES.map((t) => t.sheet)]);
  expect(spec.sheets[0].charts!.map((c) => c.whenRows)).toEqual(["tblByCountry", "tblByObjective"]);
  // Two currencies: the sheet says the totals add them as they are.
  expect(JSON.stringify(spec.sheets[0].cells)).toContain("USD, EUR");
});
