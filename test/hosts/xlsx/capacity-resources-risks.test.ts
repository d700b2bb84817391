/**
 * Stage 4 and 5 figures computed by LibreOffice from our formulas, on a hand-made plan whose
 * answers are worked out here: the capacity-gap matrix and its totals, funding by action, goal
 * and partner, and risk scores, ratings and heat map, with text where numbers belong.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type XlsxBook } from "../../support/xlsx-values";
import type { CellValue } from "../../../src/model/spec/types";

const settings = { ...DEFAULT_SETTINGS, country: "Testland", title: "Hand-made plan", riskHigh: 15, riskMedium: 12 };
const cap = (Stakeholder: string, area: string, Level: string, Current: CellValue, Required: CellValue, Cost: number | null) => ({ Stakeholder, "Capacity area": area, Level, Current, Required, Cost });
const fund = (Source: string, Kind: string, Partner: string, action: string, Pledged: CellValue, Committed: CellValue, Disbursed: CellValue) => ({ Source, Kind, Partner, "Action ID": action, Pledged, Committed, Disbursed });
const risk = (id: string, Likelihood: CellValue, Impact: CellValue) => ({ "Risk ID": id, "Action ID": "A1", Risk: `Risk ${id}`, Likelihood, Impact });

const data = {
  tblCapacity: [
    cap("Ministry of Labour", "Evaluate", "Individual", 2, 4, 1000),
    cap("Ministry of Labour", "Evaluate", "Organisational", 1, 5, 2000), // a second level for the same area: the matrix keeps 4
    cap("Ministry of Labour", "Engage stakeholders", "Systemic", 3, 4, 4000),
    cap("Central Bank", "Evaluate", "Organisational", 4, 3, null), // Required below Current: gap 0
    cap("Central Bank", "Data systems", "Individual", 1, 3, 3000), // an area of the planners' own
    cap("Statistics Office", "Engage stakeholders", "Individual", 2, 5, 500),
    cap("Statistics Office", "Data systems", "Individual", "three", 4, null), // text in a rating
  ],
  tblGoals: [
    { "Goal ID": "G1", Objective: "Fair labour migration", Selected: "Yes" },
    { "Goal ID": "G2", Objective: "Cheaper remittances", Selected: "Yes" },
  ],
  tblActions: [
    { "Action ID": "A1", Title: "Inspections", "Goal ID": "G1", Budget: 1000, Status: "Ongoing" },
    { "Action ID": "A2", Title: "Orientation", "Goal ID": "G1", Budget: 500, Status: "Ongoing" },
    { "Action ID": "A3", Title: "Postal wallet", "Goal ID": "G2", Budget: 2000, Status: "Planned" },
    { "Action ID": "A4", Title: "Literacy", "Goal ID": "G2", Budget: 100, Status: "Planned" },
  ],
  tblFunding: [
    fund("State budget", "Domestic", "Treasury", "A1", 700, 600, 200), // A1 has two sources
    fund("EU facility", "External", "EU", "A1", 300, 300, 100),
    fund("EU facility", "External", "EU", "A2", 900, 800, 800), // over-funded: gap 0
    fund("Bank loan", "External", "Bank", "A4", 100, "lots", 0), // text where a number belongs
  ],
  tblResources: [
    { Resource: "Statisticians", Kind: "Human", Needed: 10, Available: 4 },
    { Resource: "Attachés", Kind: "Human", Needed: 5, Available: 8 },
    { Resource: "Budget", Kind: "Financial", Needed: "n/a", Available: 8 },
  ],
  tblRisks: [risk("R1", 2, 5), risk("R2", 3, 4), risk("R3", 3, 5), risk("R4", 4, 4), risk("R5", 5, 5), risk("R6", 2, 5), risk("R7", "high", 3)],
};

let book: XlsxBook;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-stage45-"));
  const file = join(dir, "plan.xlsx");
  writeFileSync(file, (await newPlanWorkbook(settings, data)).bytes);
  [book] = await Promise.all(recalculate([file]).map(readXlsx));
}, 120_000);

const byKey = (table: string, key: string) => Object.fromEntries(book.table(table).rows.map((r) => [String(r[key]), r]));

test("capacity gaps: Required - Current, never below 0, a marker for text", () => {
  expect(book.table("tblCapacity").rows.map((r) => r["Gap"])).toEqual([2, 4, 1, 0, 2, 3, "Check ratings"]);
});

test("the matrix holds the largest gap per stakeholder and area, blank for a pair never assessed", () => {
  const m = byKey("tblCapacityMatrix", "Stakeholder");
  expect(book.table("tblCapacityMatrix").headers).toEqual(["Stakeholder", "Evaluate", "Engage stakeholders", "Data systems", "Gaps of 2 or more"]);
  // Blank, not 0, where nothing was assessed (0 would read as "no gap"), or no gap could be worked out (text in a rating).
  expect(m["Ministry of Labour"]).toMatchObject({ Evaluate: 4, "Engage stakeholders": 1, "Data systems": "", "Gaps of 2 or more": 1 });
  // Assessed, Required below Current: a real 0.
  expect(m["Central Bank"]).toMatchObject({ Evaluate: 0, "Engage stakeholders": "", "Data systems": 2, "Gaps of 2 or more": 1 });
  expect(m["Statistics Office"]).toMatchObject({ Evaluate: "", "Engage stakeholders": 3, "Data systems": "", "Gaps of 2 or more": 1 });
});

test("the matrix's totals: gaps of 2 or more per area, and the cost of responses by level", () => {
  const matrix = book.table("tblCapacityMatrix");
  const header = matrix.ref.split(":")[0].replace(/[A-Z]+/, "");
  const totalsRow = Number(header) - 1;
  const at = (col: string) => book.cell(matrix.sheet, `${col}${totalsRow}`)?.value;
  expect([at("A"), at("B"), at("C"), at("D"), at("E")]).toEqual(["Gaps of 2 or more per area", 1, 1, 1, 3]);
  const cost = (row: number) => book.cell(matrix.sheet, `B${row}`)?.value;
  expect([cost(6), cost(7), cost(8), cost(9)]).toEqual([4500, 2000, 4000, 10500]);
});

test("actions' Committed and Funding gap: two sources add up, over-funding gives 0, text gives a marker", () => {
  const a = byKey("tblActions", "Action ID");
  expect([a.A1["Committed"], a.A1["Funding gap"]]).toEqual([900, 100]);
  expect([a.A2["Committed"], a.A2["Funding gap"]]).toEqual([800, 0]);
  expect([a.A3["Committed"], a.A3["Funding gap"]]).toEqual([0, 2000]);
  expect([a.A4["Committed"], a.A4["Funding gap"]]).toEqual(["Check funding", "Check funding"]);
});

test("funding by goal and by partner, with totals above, markers instead of wrong sums", () => {
  const g = byKey("tblFundingByGoal", "Goal ID");
  // Each goal by its name, not its code alone.
  expect(g.G1).toMatchObject({ Goal: "Fair labour migration", Budget: 1500, "Committed domestic": 600, "Committed external": 1100, "Funding gap": 100 });
  expect(g.G2["Goal"]).toBe("Cheaper remittances");
  expect(g.G2).toMatchObject({ Budget: 2100, "Committed domestic": 0, "Committed external": "Check funding", "Funding gap": "Check funding" });
  const p = byKey("tblFundingByPartner", "Partner");
  expect(p.Treasury).toMatchObject({ Pledged: 700, Committed: 600, Disbursed: 200 });
  expect(p.EU).toMatchObject({ Pledged: 1200, Committed: 1100, Disbursed: 900 });
  expect(p.Bank).toMatchObject({ Pledged: 100, Committed: "Check funding", Disbursed: 0 });
  const goals = book.table("tblFundingByGoal");
  const row = Number(goals.ref.split(":")[0].replace(/[A-Z]+/, "")) - 1;
  // Column B names the goal; it has no total.
  expect(["A", "B", "C", "D", "E", "F"].map((c) => book.cell(goals.sheet, `${c}${row}`)?.value)).toEqual(["All goals", undefined, 3600, 600, "Check rows", "Check rows"]);
});

test("resource gaps: Needed - Available, negative where more is available, a marker for text", () => {
  expect(book.table("tblResources").rows.map((r) => r["Gap"])).toEqual([6, -3, "Check Needed/Available"]);
});

test("risk scores and ratings follow the plan's own thresholds, boundaries included", () => {
  const r = book.table("tblRisks").rows.map((x) => [x["Risk ID"], x["Score"], x["Rating"]]);
  expect(r).toEqual([
    ["R1", 10, "Low"],
    ["R2", 12, "Medium"], // exactly riskMedium
    ["R3", 15, "High"], // exactly riskHigh
    ["R4", 16, "High"],
    ["R5", 25, "High"],
    ["R6", 10, "Low"],
    ["R7", "Check ratings", "Check ratings"],
  ]);
});

test("the heat map counts risks by likelihood and impact", () => {
  const sheet = book.table("tblRisks").sheet;
  const cells = [...book.cells(sheet).entries()].filter(([, c]) => c.formula?.startsWith("COUNTIFS(tblRisks[Likelihood],"));
  expect(cells).toHaveLength(25);
  const count = (l: number, i: number) => cells.find(([, c]) => c.formula === `COUNTIFS(tblRisks[Likelihood],${l},tblRisks[Impact],${i})`)![1].value;
  expect(count(2, 5)).toBe(2);
  expect(count(3, 4)).toBe(1);
  expect(count(5, 5)).toBe(1);
  expect(count(1, 1)).toBe(0);
  expect(cells.reduce((s, [, c]) => s + (c.value as number), 0)).toBe(6);
});

test("no formula error anywhere", () => {
  expect(book.errors()).toEqual([]);
});
