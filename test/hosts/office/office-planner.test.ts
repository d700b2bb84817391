/**
 * The Office host against the in-memory Excel double: what set-up creates, what a re-run leaves
 * alone, how it upgrades an older layout, and how it fails, with the syncs it takes.
 */
import { createExcelDouble, type ExcelDouble } from "../../../src/excel-double";
import { columnLetters } from "../../../src/model/address";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../../src/model/settings";
import { buildWorkbookSpec, tablesOf } from "../../../src/model/workbook";
import { KEY_COLUMNS } from "../../../src/model/contract";
import { PlannerError } from "../../../src/service/planner-service";
import { shortCaption } from "../../../src/model/spec/short-caption";

const settings: PlanSettings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "National M&D Plan 2026-2030" };
const actionsCaption = shortCaption(tablesOf(buildWorkbookSpec(settings)).find((t) => t.placed.table.name === "tblActions")!.placed.table.caption);

function planner(double: ExcelDouble) {
  return createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
}

/** Every cell holding a typed value (not a formula), as "Sheet!A1" -> value. */
function typedCells(double: ExcelDouble): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of double.state.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) if (!cell.formula && cell.value !== "") out.set(`${sheet.name}!${address}`, cell.value);
  }
  return out;
}

async function addActionRows(double: ExcelDouble, count: number): Promise<void> {
  await double.run(async (ctx) => {
    const table = ctx.workbook.tables.getItem("tblActions");
    const header = table.getHeaderRowRange().load("values");
    await ctx.sync();
    const headers = header.values[0] as string[];
    const rows = Array.from({ length: count }, (_, i) =>
      headers.map((h) => (h === "Action ID" ? `A${i + 1}` : h === "Title" ? `Action number ${i + 1}` : h === "Budget" ? 1000 + i : h === "Status" ? "Ongoing" : h === "Goal ID" ? "G1" : null)),
    );
    // The first body row is the empty one every new table has: fill it, then append the rest.
    table.getDataBodyRange().values = [rows[0].map((v) => (v === null ? "" : v))] as unknown as string[][];
    if (rows.length > 1) table.rows.add(null as unknown as number, rows.slice(1).map((r) => r.map((v) => (v === null ? "" : v))) as unknown as string[][]);
    await ctx.sync();
  });
}

describe("setting up an empty workbook", () => {
  let double: ExcelDouble;
  let report: Awaited<ReturnType<ReturnType<typeof planner>["setUp"]>>;
  beforeAll(async () => {
    double = createExcelDouble();
    double.stats.reset();
    report = await planner(double).setUp({ settings });
  });

  test("takes at most 3 syncs", () => {
    expect(report.syncs).toBeLessThanOrEqual(3);
  });

  test("creates every sheet, every contract table with its key columns, and the names", () => {
    const spec = buildWorkbookSpec(settings);
    for (const sheet of spec.sheets) expect(double.state.sheets.map((s) => s.name)).toContain(sheet.name);
    for (const [table, columns] of Object.entries(KEY_COLUMNS)) {
      const t = double.state.tables.find((x) => x.name === table);
      expect(t).toBeDefined();
      const headers = double.tableRows(table).length >= 0 ? readHeaders(double, table) : [];
      for (const c of columns) expect(headers).toContain(c);
    }
    for (const name of spec.names) expect(double.state.names.map((n) => n.name)).toContain(name.name);
    expect(double.state.names.find((n) => n.name === "planCountry")!.formula).toBe("=Settings!$B$7");
    expect(double.cell("Settings", "B7")!.value).toBe("Ruritania");
  });

  test("writes calculated columns, drop-downs, number formats, colours and frozen headers", () => {
    const spec = buildWorkbookSpec(settings);
    const actions = tablesOf(spec).find((t) => t.placed.table.name === "tblActions")!;
    const committed = actions.placed.table.columns.find((c) => c.header === "Committed")!;
    const col = actions.placed.col + actions.placed.table.columns.indexOf(committed);
    const sheet = double.state.sheets.find((s) => s.name === "3 Plan of Action")!;
    const address = `${columnLetters(col)}7`;
    expect(sheet.cells[address].formula).toBe(committed.formula);
    expect(sheet.cells[address].numberFormat).toBe(committed.numberFormat);
    expect(sheet.validations.some((v) => v.rule.list?.source === "=lstStatus")).toBe(true);
    expect(sheet.validations.some((v) => v.rule.decimal?.operator === "GreaterThanOrEqualTo")).toBe(true);
    expect(sheet.frozenRows).toBe(6);
    const me = double.state.sheets.find((s) => s.name === "6 M&E")!;
    expect(me.conditionalFormats.map((c) => c.rule.formula1)).toEqual(expect.arrayContaining(['="On track"', '="Off track"']));
  });

  test("reports every stage ready", () => {
    expect(report.status.stages.map((s) => s.status)).toEqual(["ready", "ready", "ready", "ready", "ready", "ready"]);
    expect(report.status.workbook.status).toBe("ready");
    expect(report.status.settings?.country).toBe("Ruritania");
  });

  test("keeps code-like list values as text: the SDG target 8.10 is not the number 8.1", () => {
    const name = double.state.names.find((n) => n.name === "lstSdgTargets")!;
    const [, first, last] = /!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(name.formula)!;
    const column = first.split("$")[0];
    const rows = Array.from({ length: Number(last.split("$")[1]) - Number(first.split("$")[1]) + 1 }, (_, i) => Number(first.split("$")[1]) + i);
    const values = rows.map((r) => double.cell("Lists", `${column}${r}`)?.value);
    expect(values).toContain("8.10");
    expect(values.every((v) => typeof v === "string")).toBe(true);
  });

  test("ID drop-down names keep their structured reference, so they grow with their table", () => {
    expect(double.state.names.find((n) => n.name === "lstGoalIds")?.formula).toBe("=tblGoals[Goal ID]");
  });
});

function readHeaders(double: ExcelDouble, table: string): string[] {
  const t = double.state.tables.find((x) => x.name === table)!;
  const sheet = double.state.sheets.find((s) => s.name === t.sheet)!;
  return Array.from({ length: t.columnCount }, (_, i) => String(sheet.cells[`${columnLetters(t.column + i)}${t.row + 1}`]?.value ?? ""));
}

describe("re-running set-up on a workbook with 5,000 actions", () => {
  test("keeps every typed value, duplicates nothing, and takes at most 3 syncs under 5 MB", async () => {
    const double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    await addActionRows(double, 5000);
    const before = typedCells(double);
    const formatsBefore = double.state.sheets.find((s) => s.name === "3 Plan of Action")!.conditionalFormats.length;
    const sheetsBefore = double.state.sheets.length;
    const namesBefore = double.state.names.length;
    double.stats.reset();
    const report = await p.setUp({ settings });
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(double.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(typedCells(double)).toEqual(before);
    expect(double.state.sheets.length).toBe(sheetsBefore);
    expect(double.state.names.length).toBe(namesBefore);
    expect(double.tableRows("tblActions")).toHaveLength(5000);
    const sheet = double.state.sheets.find((s) => s.name === "3 Plan of Action")!;
    // The Status column's colours, once: a re-run adds no copy.
    expect(sheet.conditionalFormats.length).toBe(formatsBefore);
    expect(sheet.validations.filter((v) => v.rule.list?.source === "=lstStatus")).toHaveLength(1);
  });
});

describe("an older layout", () => {
  test("gets its missing columns, with formulas on every row, and keeps its data", async () => {
    const double = createExcelDouble();
    const headers = KEY_COLUMNS.tblActions.filter((h) => h !== "Committed" && h !== "Funding gap");
    double.seedSheet("3 Plan of Action", { A1: "Plan of Action (2025 layout)" });
    double.seedTable("3 Plan of Action", "tblActions", "A6", [...headers], [
      headers.map((h) => (h === "Action ID" ? "A1" : h === "Budget" ? 5000 : h === "Title" ? "Training" : "")),
      headers.map((h) => (h === "Action ID" ? "A2" : h === "Budget" ? 7000 : h === "Title" ? "Study" : "")),
    ]);
    const before = typedCells(double);
    const report = await planner(double).setUp({ settings });
    const after = typedCells(double);
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    expect(readHeaders(double, "tblActions").slice(-2)).toEqual(["Committed", "Funding gap"]);
    const rows = double.tableRows("tblActions");
    expect(rows).toHaveLength(2);
    expect(String(rows[1][headers.length + 1])).toMatch(/^=IF\(OR\(tblActions\[\[#This Row\],\[Action ID\]\]/);
    expect(report.notices.some((n) => n.message === `Added "Committed", "Funding gap" to the "${actionsCaption}" table.`)).toBe(true);
  });
});

describe("what set-up leaves alone", () => {
  test("a foreign sheet with a stage's name: untouched, reported, stage blocked", async () => {
    const double = createExcelDouble();
    double.seedSheet("2 Priorities", { A1: "Workshop ranking", B3: 17 });
    const report = await planner(double).setUp({ settings });
    expect(double.cell("2 Priorities", "A1")!.value).toBe("Workshop ranking");
    expect(double.cell("2 Priorities", "B3")!.value).toBe(17);
    expect(double.state.tables.some((t) => t.name === "tblGoals")).toBe(false);
    expect(report.notices.find((n) => n.sheet === "2 Priorities")!.message).toMatch(/already exists and holds none of the plan's tables \("Priority goals"[^)]*\), so it was left alone\. Rename that sheet.*then press Set up this stage\.$/);
    expect(report.status.stages[1].status).toBe("blocked");
  });

  test("a protected sheet: nothing written on it, and the user is told how to unprotect", async () => {
    const double = createExcelDouble();
    double.seedSheet("1 Assessment");
    double.protectSheet("1 Assessment");
    const report = await planner(double).setUp({ settings });
    expect(Object.keys(double.state.sheets.find((s) => s.name === "1 Assessment")!.cells)).toHaveLength(0);
    expect(report.notices.find((n) => n.sheet === "1 Assessment")!.message).toMatch(/is protected.*Unprotect Sheet/);
    expect(double.state.tables.some((t) => t.name === "tblGoals")).toBe(true);
  });
});

describe("failures the user must understand", () => {
  test("a cell in edit mode: a plain message, and the workbook unchanged", async () => {
    const double = createExcelDouble();
    double.setCellEditMode(true);
    const error = await planner(double).setUp({ settings }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe("InvalidOperationInCellEditMode");
    expect((error as PlannerError).message).toMatch(/finish typing in a cell\. Press Enter or Esc/);
    expect(double.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("invalid settings are refused before anything is written", async () => {
    const double = createExcelDouble();
    const error = await planner(double).setUp({ settings: { ...settings, startYear: 2030, endYear: 2026 } }).catch((e: unknown) => e);
    expect((error as PlannerError).message).toMatch(/Last year \(2026\) is before the first year \(2030\)/);
    expect(double.stats.syncs).toBe(0);
  });

  test("Excel 2019 (ExcelApi 1.7): set up without drop-downs, and the user is told why", async () => {
    const double = createExcelDouble({ supportedApiVersion: "1.7" });
    const report = await planner(double).setUp({ settings });
    expect(double.state.sheets.every((s) => s.validations.length === 0)).toBe(true);
    expect(double.state.tables.length).toBe(buildWorkbookSpec(settings).sheets.flatMap((x) => x.tables).length);
    expect(report.notices.some((n) => /Drop-down lists and typing rules were not added.*ExcelApi 1\.8/.test(n.message))).toBe(true);
  });
});

test("Excel 2016 (ExcelApi 1.4, the manifest's minimum): every table, no newer feature, five notices", async () => {
  const double = createExcelDouble({ supportedApiVersion: "1.4" });
  const report = await planner(double).setUp({ settings });
  expect(double.state.tables.length).toBe(buildWorkbookSpec(settings).sheets.flatMap((x) => x.tables).length);
  expect(double.state.sheets.every((s) => s.validations.length === 0 && s.conditionalFormats.length === 0 && s.frozenRows === 0)).toBe(true);
  expect(report.notices.filter((n) => n.level === "info").map((n) => n.message)).toEqual([
    expect.stringMatching(/Drop-down lists/),
    expect.stringMatching(/Status colours/),
    expect.stringMatching(/Header rows were not frozen/),
    expect.stringMatching(/Print settings were not added/),
    expect.stringMatching(/Helper columns were hidden without a \+/),
  ]);
  expect(report.status.stages.every((s) => s.status === "ready")).toBe(true);
});

describe("setting up one stage", () => {
  test("creates that stage and what its formulas read, and says nothing of the others", async () => {
    const double = createExcelDouble();
    const report = await planner(double).setUp({ settings, stages: [3] });
    const names = double.state.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Settings", "3 Plan of Action", "4 Capacity & resources", "Lists"]));
    expect(names).not.toContain("2 Priorities");
    expect(names).not.toContain("Dashboard");
    expect(report.status.stages.map((s) => s.status)).toEqual(["missing", "missing", "ready", "needs update", "missing", "missing"]);
  });
});
