/**
 * `refresh` on a file a planner has worked on: an older layout (a computed column missing, a
 * list name gone), a sheet of their own, a name of their own, and a foreign sheet where a stage
 * sheet should be. Every typed cell must come out as it went in, and what was missing must work
 * again once LibreOffice recalculates the file.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook, refreshPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { openWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { findTableModel, setTableBox } from "../../../src/hosts/xlsx/tables";
import { parseRange } from "../../../src/model/address";
import { DERIVED_TABLES } from "../../../src/model/derived/registry";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type XlsxBook } from "../../support/xlsx-values";
import type { Notice } from "../../../src/model/layout/steps";

let before: XlsxBook;
let after: XlsxBook;
let notices: Notice[];

async function editedByAPlanner(dir: string): Promise<string> {
  const { workbook } = await openWorkbook("sample.xlsx", (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  // An older layout: tblActions without its last column, Funding gap.
  const { ws, model } = findTableModel(workbook, "tblActions")!;
  const box = /([A-Z]+)(\d+):([A-Z]+)(\d+)/.exec(model.tableRef!)!;
  const lastCol = ws.getColumn(box[3]).number;
  for (let r = Number(box[2]); r <= Number(box[4]); r++) ws.getCell(r, lastCol).value = null;
  model.columns.pop();
  setTableBox(model, Number(box[2]) - 1, ws.getColumn(box[1]).number - 1, Number(box[4]) - Number(box[2]), model.columns.length);
  // A list name deleted, a name and a sheet of the planner's own.
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== "lstStatus");
  workbook.definedNames.add("'3 Plan of Action'!$I$7", "myFirstBudget");
  const notes = workbook.addWorksheet("My notes");
  notes.getCell("A1").value = "Call the Ministry of Finance about A4";
  notes.getCell("B2").value = 42;
  // The priorities sheet replaced by a sheet of someone else's with the same name.
  workbook.removeWorksheet(workbook.getWorksheet("2 Priorities")!.id);
  const foreign = workbook.addWorksheet("2 Priorities");
  foreign.getCell("A1").value = "Ranking from the 2024 workshop";
  foreign.getCell("A2").value = "Remittances first";
  // A value typed over a formula the add-in owns stays the planner's.
  const resources = findTableModel(workbook, "tblResources")!;
  const top = parseRange(resources.model.tableRef!);
  resources.ws.getCell(top.row + 2, top.col + resources.model.columns.findIndex((c) => c.name === "Gap") + 1).value = 999;
  const file = join(dir, "edited.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-refresh-"));
  const edited = await editedByAPlanner(dir);
  const { readFileSync } = await import("fs");
  const result = await refreshPlanWorkbook(edited, readFileSync(edited));
  notices = result.notices;
  const refreshed = join(dir, "refreshed.xlsx");
  writeFileSync(refreshed, result.bytes);
  before = await readXlsx(edited);
  const [recalculated] = recalculate([refreshed]);
  after = await readXlsx(recalculated);
}, 120_000);

test("every cell the planner typed is unchanged", () => {
  // Derived tables (and their sheets) are rebuilt by refresh: the add-in owns them.
  const derived = new Set(DERIVED_TABLES.map((d) => before.table(d.name).sheet));
  let compared = 0;
  for (const sheet of before.sheets) {
    if (derived.has(sheet)) continue;
    for (const [address, cell] of before.cells(sheet)) {
      if (cell.formula !== undefined || cell.value === null) continue;
      expect([sheet, address, after.cell(sheet, address)?.value]).toEqual([sheet, address, cell.value]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(400);
});

test("the missing column comes back with live formulas", () => {
  const actions = after.table("tblActions");
  expect(actions.headers).toContain("Funding gap");
  expect(actions.rows.find((r) => r["Action ID"] === "A1")!["Funding gap"]).toBe(200000);
  expect(notices.some((n) => n.message.includes('"Funding gap"'))).toBe(true);
});

test("a missing list name is restored, the planner's own name and sheet are kept", () => {
  expect(after.names.has("lstStatus")).toBe(true);
  expect(after.names.get("myFirstBudget")).toBe("'3 Plan of Action'!$I$7");
  expect(after.cell("My notes", "A1")?.value).toBe("Call the Ministry of Finance about A4");
});

test("a foreign sheet with a stage's name is left alone and reported", () => {
  expect(after.cell("2 Priorities", "A2")?.value).toBe("Remittances first");
  expect(after.tables().some((t) => t.name === "tblGoals")).toBe(false);
  const notice = notices.find((n) => n.level === "error" && n.sheet === "2 Priorities");
  expect(notice?.message).toMatch(/Rename that sheet/);
});

test("a value typed over an owned formula is kept", () => {
  expect(after.table("tblResources").rows[0]["Gap"]).toBe(999);
  expect(after.table("tblResources").rows[1]["Gap"]).toBe(0);
});

test("the refreshed file recalculates without a formula error, but where a formula reads the deleted tblGoals", () => {
  // "Sheet name!C7 #REF!": sheet names hold spaces, so the address is cut at the last "!" before the cell.
  const errors = after.errors().map((e) => /^(.*![A-Z]+\d+) /.exec(e)![1]);
  for (const address of errors) {
    const at = address.lastIndexOf("!");
    const [sheet, cell] = [address.slice(0, at), address.slice(at + 1)];
    expect([address, after.cell(sheet, cell)?.formula?.toLowerCase()]).toEqual([address, expect.stringContaining("tblgoals[")]);
  }
});
