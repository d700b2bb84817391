/**
 * The plan check in Excel (through the double) and on a file agree finding for finding, read in
 * a bounded number of syncs, and the marks it leaves change no value and no format.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { MARK_FORMULA } from "../../../src/hosts/office/marks";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { checkFile } from "../../../src/cli/check-files";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import type { PlanData } from "../../../src/model/workbook";
import { cellsOfRange } from "../../support/cells-of-range";

/** The sample with faults a reviewer would catch. */
function faulty(): PlanData {
  const actions = SAMPLE_DATA.tblActions!.map((r) => ({ ...r }));
  actions[1]["Goal ID"] = "G9";
  actions[2]["Budget"] = "lots";
  actions[3]["Action ID"] = "A1";
  actions[4]["Start"] = actions[4]["End"]! as number + 30;
  return { ...SAMPLE_DATA, tblActions: actions, tblFunding: [...SAMPLE_DATA.tblFunding!, { Source: "Loan", Kind: "External", "Action ID": "A42", Committed: 10 }] };
}

async function officeCheck(data: PlanData) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings: SAMPLE_SETTINGS });
  await fillTables(double, data as Record<string, Record<string, unknown>[]>);
  // The file path builds the matrix, summaries and dashboard from the data; Excel rebuilds them on request.
  await planner.refresh();
  double.stats.reset();
  const report = await planner.check();
  return { double, planner, report };
}

test("Excel and the command line find the same problems at the same cells", async () => {
  const data = faulty();
  const { report } = await officeCheck(data);
  const dir = mkdtempSync(join(tmpdir(), "mdplan-check-both-"));
  const file = join(dir, "faulty.xlsx");
  writeFileSync(file, (await newPlanWorkbook(SAMPLE_SETTINGS, data)).bytes);
  const cli = await checkFile(file);
  if ("error" in cli) throw new Error(cli.error);
  const key = (f: { rule: string; cell?: string; severity: string }) => `${f.severity} ${f.rule} ${f.cell}`;
  expect(report.findings.map(key)).toEqual(cli.findings.map(key));
  expect(report.findings.filter((f) => f.severity === "error").length).toBeGreaterThanOrEqual(4);
  expect(report.summary).toEqual(cli.summary);
});

test("reading the tables takes two syncs plus one block", async () => {
  const { report } = await officeCheck(SAMPLE_DATA);
  expect(report.readSyncs).toBeLessThanOrEqual(3);
});

test("marks change no value and no format, and Clear marks removes only them", async () => {
  const { double, planner, report } = await officeCheck(faulty());
  const sheet = () => double.state.sheets.find((s) => s.name === "3 Plan of Action")!;
  const marks = () => sheet().conditionalFormats.filter((c) => c.rule.formula === MARK_FORMULA);
  expect(report.marked).toBeGreaterThan(0);
  const marked = report.findings.filter((f) => f.cell?.startsWith("'3 Plan of Action'!")).map((f) => f.cell!.split("!")[1]);
  // One mark per run of adjacent cells in a column: together they cover exactly the cells at fault.
  const covered = () => marks().flatMap((m) => cellsOfRange(m.address)).sort();
  expect(covered()).toEqual([...new Set(marked)].sort());
  expect(marks().length).toBeLessThan(new Set(marked).size);
  const before = JSON.stringify(sheet().cells);
  const otherFormats = sheet().conditionalFormats.length - marks().length;
  const markCount = marks().length;
  await planner.check();
  expect(marks().length).toBe(markCount); // a second check replaces, not piles up
  expect(covered()).toEqual([...new Set(marked)].sort());
  expect(await planner.clearMarks()).toBeGreaterThan(0);
  expect(marks()).toHaveLength(0);
  expect(sheet().conditionalFormats.length).toBe(otherFormats);
  expect(JSON.stringify(sheet().cells)).toBe(before);
});

test("select activates the sheet and selects the cell of a finding", async () => {
  const { double, planner, report } = await officeCheck(faulty());
  const finding = report.findings.find((f) => f.cell?.includes("Plan of Action"))!;
  await planner.select(finding.cell!);
  expect(double.state.activeSheet).toBe("3 Plan of Action");
  expect(double.state.selection).toEqual({ sheet: "3 Plan of Action", address: finding.cell!.split("!")[1] });
});

test("a check started while another runs is refused with a message, not run twice", async () => {
  const { planner } = await officeCheck(SAMPLE_DATA);
  const first = planner.check();
  const second = await planner.check().catch((e: unknown) => e);
  expect((second as Error).message).toMatch(/still busy \(checking the plan\)/);
  await expect(first).resolves.toMatchObject({ findings: expect.any(Array) });
  await expect(planner.check()).resolves.toBeDefined();
});

test("a protected sheet does not stop the check: its faults are found, left unmarked and named", async () => {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings: SAMPLE_SETTINGS });
  await fillTables(double, faulty() as Record<string, Record<string, unknown>[]>);
  double.protectSheet("3 Plan of Action");
  const report = await planner.check();
  expect(report.findings.some((f) => f.rule === "action-goal-unknown" && f.cell === "'3 Plan of Action'!C8")).toBe(true);
  expect(report.unmarkedSheets).toEqual(["3 Plan of Action"]);
  expect(double.state.sheets.find((s) => s.name === "3 Plan of Action")!.conditionalFormats.some((c) => c.rule.formula === MARK_FORMULA)).toBe(false);
  // Faults elsewhere (the funding row pointing at A42) are still marked.
  const funding = double.state.sheets.find((s) => s.name === "4 Capacity & resources")!;
  expect(funding.conditionalFormats.some((c) => c.rule.formula === MARK_FORMULA)).toBe(true);
  expect(report.marked).toBeGreaterThan(0);
});
