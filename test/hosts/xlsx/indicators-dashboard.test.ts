/**
 * Stage 6 and the dashboard computed by LibreOffice on a hand-made plan, answers worked out
 * here from the contract's definitions; then a value typed into the file (no refresh) moves
 * an indicator's status and the dashboard with it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { openWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { findTableModel } from "../../../src/hosts/xlsx/tables";
import { parseRange } from "../../../src/model/address";
import { excelDate } from "../../../src/model/dates";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import type { TableRow } from "../../../src/model/spec/types";
import type { PlanData } from "../../../src/model/workbook";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type XlsxBook } from "../../support/xlsx-values";

const settings = { ...DEFAULT_SETTINGS, country: "Testland", title: "M&E plan", startYear: 2025, endYear: 2028 };
const ind = (id: string, baseline: number, target: number, direction = "Increase", extra: TableRow = {}): TableRow => ({
  "Indicator ID": id, "Action ID": "A1", "Goal ID": "G1", Indicator: `Indicator ${id}`, Unit: "persons", Direction: direction, Disaggregation: "Sex",
  Baseline: baseline, "Baseline year": 2024, Target: target, "Target year": 2028, ...extra,
});
const val = (id: string, Period: string, Value: number, Sex: string | null = null): TableRow => ({ "Indicator ID": id, Period, Sex, Value });

const data: PlanData = {
  tblGoals: [{ "Goal ID": "G1", Objective: "Decent work abroad", Selected: "Yes" }, { "Goal ID": "G2", Objective: "Remittances", Selected: "Yes" }],
  tblActions: [
    { "Action ID": "A1", Title: "Inspections", "Goal ID": "G1", "Lead agency": "Labour", Budget: 1000, Status: "Ongoing", Start: excelDate("2025-01-01"), End: excelDate("2027-12-31") },
    { "Action ID": "A2", Title: "Wallet", "Goal ID": "G2", "Lead agency": "Central Bank", Budget: 2000, Status: "Delayed" },
    { "Action ID": "A3", Title: "Study", "Goal ID": "G2", "Lead agency": "Labour", Budget: 500, Status: "Completed" },
  ],
  tblWorkplan: [
    { "Activity ID": "W1", "Action ID": "A1", Activity: "Train", Responsible: "Inspectorate", Budget: 300, Status: "Ongoing", "Percent complete": 0.5 },
    { "Activity ID": "W2", "Action ID": "A1", Activity: "Deploy", Responsible: "Inspectorate", Budget: 200, Status: "Completed", "Percent complete": 1 },
  ],
  tblOtherProjects: [{ "Project ID": "P1", Title: "Border system", Implementer: "Immigration", "Goal ID": "G1", Budget: 700, Status: "Planned" }],
  tblFunding: [{ Source: "State", Kind: "Domestic", Partner: "Treasury", "Action ID": "A1", Committed: 400 }],
  tblIndicators: [
    ind("I1", 0, 100), // 2026: expected 0.5; 60 → 0.6 ≥ 0.45: on track
    ind("I2", 0, 100), // 2026: 40 → 0.4 ≥ 0.35: at risk
    ind("I3", 0, 100), // 2026: 20 → off track
    ind("I4", 0, 100), // no values: no data
    ind("I5", 200, 100, "Decrease"), // 2026: 140 → 0.6: on track
    ind("I6", 0, 100), // 2025: 80, 2026: 30 (lower): latest 30 → 0.3 < 0.35: off track
    ind("I7", 10, 50, "Increase", { "Baseline year": 2026, "Target year": 2026 }), // latest period at the baseline year: expected 1; 50 → 1: on track
    ind("I8", 0, 5000, "Increase", { "Goal ID": "G2", "Baseline year": 2025, "Target year": 2028 }), // households: period targets in whole numbers
  ],
  tblIndicatorValues: [
    val("I1", "2025", 30), val("I1", "2026", 60), val("I1", "2026", 35, "Female"), val("I1", "2026", 25, "Male"),
    val("I2", "2026", 40), val("I3", "2026", 20), val("I5", "2026", 140),
    val("I6", "2025", 80), val("I6", "2026", 30), val("I7", "2026", 50),
  ],
};

const dir = mkdtempSync(join(tmpdir(), "mdplan-me-"));
let book: XlsxBook;
let after: XlsxBook;

beforeAll(async () => {
  const file = join(dir, "plan.xlsx");
  writeFileSync(file, (await newPlanWorkbook(settings, data)).bytes);
  // An M&E officer types I3's 2027 value into the file (a new row of tblIndicatorValues), no refresh.
  const { workbook } = await openWorkbook(file, readFileSync(file));
  const { ws, model } = findTableModel(workbook, "tblIndicatorValues")!;
  const box = parseRange(model.tableRef!);
  const row = box.row + box.rows + 1;
  const headers = model.columns.map((c) => c.name);
  ws.getCell(row, box.col + 1 + headers.indexOf("Indicator ID")).value = "I3";
  ws.getCell(row, box.col + 1 + headers.indexOf("Period")).value = "2027";
  ws.getCell(row, box.col + 1 + headers.indexOf("Value")).value = 70;
  for (const h of ["Period key", "Total row"]) {
    const c = box.col + 1 + headers.indexOf(h);
    ws.getCell(row, c).value = ws.getCell(row - 1, c).value; // Excel fills a calculated column into a new row
  }
  model.tableRef = `${model.tableRef!.split(":")[0]}:${model.tableRef!.split(":")[1].replace(/\d+$/, String(row))}`;
  model.autoFilterRef = model.tableRef;
  const typed = join(dir, "typed.xlsx");
  await workbook.xlsx.writeFile(typed);
  const [a, b] = recalculate([file, typed]);
  book = await readXlsx(a);
  after = await readXlsx(b);
}, 120_000);

const statusOf = (b: XlsxBook) => Object.fromEntries(b.table("tblIndicators").rows.map((r) => [r["Indicator ID"], r["Status"]]));

test("Latest value, Progress and Status follow the contract's definitions", () => {
  const rows = Object.fromEntries(book.table("tblIndicators").rows.map((r) => [r["Indicator ID"], r]));
  expect(statusOf(book)).toEqual({ I1: "On track", I2: "At risk", I3: "Off track", I4: "No data", I5: "On track", I6: "Off track", I7: "On track", I8: "No data" });
  expect([rows.I1["Latest value"], rows.I1["Progress"]]).toEqual([60, 0.6]); // the total, not the values by sex
  expect([rows.I5["Latest value"], rows.I5["Progress"]]).toEqual([140, 0.6]); // a Decrease indicator
  expect([rows.I6["Latest value"], rows.I6["Progress"]]).toEqual([30, 0.3]); // the latest period, though lower
  expect(rows.I4["Latest value"] ?? "").toBe("");
});

test("a value typed into the file, with no refresh, moves the status after recalculation", () => {
  expect(statusOf(after).I3).toBe("On track"); // 2027: expected 0.75; 70 → 0.7 ≥ 0.675
  expect(after.nameValue("kpiOnTrack")).toBe(4);
  expect(after.nameValue("kpiOffTrack")).toBe(1);
});

test("the dashboard lists what is under way, with the contract's headline figures", () => {
  const rows = book.table("tblDashboard").rows.map((r) => [r["Source"], r["ID"], r["Lead"], r["Budget"], r["Status"], r["Progress"]]);
  expect(rows).toEqual([
    ["Action", "A1", "Labour", 1000, "Ongoing", 0.75],
    ["Action", "A2", "Central Bank", 2000, "Delayed", ""],
    ["Activity", "W1", "Inspectorate", 300, "Ongoing", 0.5],
    ["Other project", "P1", "Immigration", 700, "Planned", ""],
  ]);
  expect(book.nameValue("kpiOngoing")).toBe(4);
  expect(book.nameValue("kpiBudget")).toBe(3700); // activities are inside their action's budget
  expect(book.nameValue("kpiFundingGap")).toBe(600 + 2000);
  expect([book.nameValue("kpiOnTrack"), book.nameValue("kpiAtRisk"), book.nameValue("kpiOffTrack"), book.nameValue("kpiNoData")]).toEqual([3, 1, 2, 2]);
});

test("the dashboard's breakdowns by goal and by lead agency", () => {
  const byGoal = Object.fromEntries(book.table("tblDashboardByGoal").rows.map((r) => [r["Goal ID"], r]));
  expect(byGoal.G1).toMatchObject({ Objective: "Decent work abroad", "Budget under way": 1700, "Items under way": 3, "Indicators off track": 2 });
  expect(byGoal.G2).toMatchObject({ "Budget under way": 2000, "Items under way": 1, "Indicators off track": 0 });
  const byLead = Object.fromEntries(book.table("tblDashboardByLead").rows.map((r) => [r["Lead"], r]));
  // Each budget counted once, for whoever manages it: the inspectorate runs W1 (300) within
  // Labour's A1 (1000), so Labour manages the other 700; the leads add up to what is under way.
  expect(byLead.Labour).toMatchObject({ "Items under way": 1, "Budget under way": 700 });
  expect(byLead.Inspectorate).toMatchObject({ "Items under way": 1, "Budget under way": 300 });
  const leads = book.table("tblDashboardByLead").rows.reduce((sum, r) => sum + Number(r["Budget under way"]), 0);
  expect(leads).toBe(book.nameValue("kpiBudget"));
});

test("the IPTT gives each period's target, actual and percent achieved", () => {
  const i1 = book.table("tblIPTT").rows.find((r) => r["Indicator ID"] === "I1")!;
  expect([i1["2025 target"], i1["2025 actual"], i1["2025 % achieved"]]).toEqual([25, 30, 1.2]);
  expect([i1["2026 target"], i1["2026 actual"], i1["2026 % achieved"]]).toEqual([50, 60, 1.2]);
  expect([i1["2027 actual"] ?? ""]).toEqual([""]);
  expect(book.table("tblIPTT").headers.filter((h) => h.endsWith(" target"))).toEqual(["2025 target", "2026 target", "2027 target", "2028 target"]);
  // A target of 5,000 households over three years: 1,667 in 2026, not 1,666.67.
  const i8 = book.table("tblIPTT").rows.find((r) => r["Indicator ID"] === "I8")!;
  expect([i8["2025 target"], i8["2026 target"], i8["2027 target"], i8["2028 target"]]).toEqual([0, 1667, 3333, 5000]);
  const i3 = after.table("tblIPTT").rows.find((r) => r["Indicator ID"] === "I3")!;
  expect(i3["2027 actual"]).toBe(70);
});

test("the latest values by sex sit beside the IPTT for indicators disaggregated by sex", () => {
  const rows = Object.fromEntries(book.table("tblIndicatorsBySex").rows.map((r) => [r["Indicator ID"], r]));
  expect(Object.keys(rows)).toEqual(["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8"]);
  // The period as people write it, not its key 202612.
  expect(rows.I1).toMatchObject({ "Latest period": "2026", Total: 60, Female: 35, Male: 25, "Not by sex": 0 });
  // Nothing reported by sex: blank, not 0 for each sex and the whole total "not by sex".
  expect([rows.I2["Total"], rows.I2["Female"] ?? "", rows.I2["Male"] ?? "", rows.I2["Not by sex"] ?? ""]).toEqual([40, "", "", ""]);
  expect(rows.I4["Total"] ?? "").toBe("");
});

test("no formula error anywhere", () => {
  expect(book.errors()).toEqual([]);
  expect(after.errors()).toEqual([]);
});
