/**
 * Rebuilding derived tables in Excel (through the double): the capacity matrix follows the
 * stakeholders and areas typed, in a bounded number of syncs, and nothing typed is lost.
 */
import { createExcelDouble, type ExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { columnLetters } from "../../../src/model/address";

const settings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };

function typedCells(double: ExcelDouble, skipSheets: string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of double.state.sheets) {
    if (skipSheets.includes(sheet.name)) continue;
    for (const [address, cell] of Object.entries(sheet.cells)) if (!cell.formula && cell.value !== "") out.set(`${sheet.name}!${address}`, cell.value);
  }
  return out;
}

function headersOf(double: ExcelDouble, table: string): string[] {
  const t = double.state.tables.find((x) => x.name === table)!;
  const sheet = double.state.sheets.find((s) => s.name === t.sheet)!;
  return Array.from({ length: t.columnCount }, (_, i) => String(sheet.cells[`${columnLetters(t.column + i)}${t.row + 1}`]?.value ?? ""));
}

async function setUpWithCapacity(stakeholders: number, areas: number) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings });
  const rows = [];
  for (let s = 0; s < stakeholders; s++) for (let a = 0; a < areas; a++) rows.push({ Stakeholder: `Agency ${s + 1}`, "Capacity area": `Area ${a + 1}`, Level: "Individual", Current: 1 + ((s + a) % 4), Required: 5 });
  await fillTables(double, { tblCapacity: rows, tblGoals: [{ "Goal ID": "G1", Objective: "Jobs", Selected: "Yes" }] });
  return { double, planner };
}

test("Build capacity matrix: rows and columns follow tblCapacity; typed cells unchanged; few syncs", async () => {
  const { double, planner } = await setUpWithCapacity(3, 4);
  const derivedSheets = ["4 Capacity matrix", "4 Funding summary", "Dashboard"];
  const before = typedCells(double, derivedSheets);
  double.stats.reset();
  const report = await planner.refresh(["tblCapacityMatrix", "tblFundingByGoal", "tblFundingByPartner"]);
  expect(report.syncs).toBeLessThanOrEqual(4);
  expect(headersOf(double, "tblCapacityMatrix")).toEqual(["Stakeholder", "Area 1", "Area 2", "Area 3", "Area 4", "Gaps of 2 or more"]);
  expect(double.tableRows("tblCapacityMatrix").map((r) => r[0])).toEqual(["Agency 1", "Agency 2", "Agency 3"]);
  // Blank for a pair never assessed (0 would read as no gap), else the largest gap.
  expect(String(double.tableRows("tblCapacityMatrix")[0][1])).toMatch(/^=IF\(tblCapacityMatrix\[\[#This Row\],\[Stakeholder\]\]="","",IF\(COUNTIFS\(.*\)=0,"",MAXIFS\(tblCapacity\[Gap\]/);
  expect(double.tableRows("tblFundingByGoal").map((r) => r[0])).toEqual(["G1"]);
  expect(typedCells(double, derivedSheets)).toEqual(before);
  const matrixSheet = double.state.sheets.find((s) => s.name === "4 Capacity matrix")!;
  expect(matrixSheet.cells["A11"].value).toBe("Gaps of 2 or more per area");
  expect(matrixSheet.cells["B11"].formula).toBe('=COUNTIF(tblCapacityMatrix[Area 1],">=2")');
  expect(double.state.tables.find((t) => t.name === "tblDashboard")!.rowCount).toBe(2); // not asked for: untouched
});

test("a second rebuild after a stakeholder leaves shrinks the matrix and clears what it covered", async () => {
  const { double, planner } = await setUpWithCapacity(3, 4);
  await planner.refresh(["tblCapacityMatrix"]);
  await double.run(async (ctx) => {
    const body = ctx.workbook.tables.getItem("tblCapacity").getDataBodyRange();
    body.load("rowCount");
    await ctx.sync();
    // The planner drops Area 4: those rows now say Area 1.
    const range = body.getColumn(1);
    range.load("values");
    await ctx.sync();
    range.values = range.values.map((r) => [r[0] === "Area 4" ? "Area 1" : r[0]]);
    await ctx.sync();
  });
  await planner.refresh(["tblCapacityMatrix"]);
  expect(headersOf(double, "tblCapacityMatrix")).toEqual(["Stakeholder", "Area 1", "Area 2", "Area 3", "Gaps of 2 or more"]);
  const sheet = double.state.sheets.find((s) => s.name === "4 Capacity matrix")!;
  expect(sheet.cells["F11"]?.formula).toBeUndefined();
  expect(sheet.cells["F12"]?.value ?? "").toBe("");
});
