/**
 * How the sheets look and print when the Office host sets them up (through the Excel double,
 * which keeps what Excel would show): print settings, hidden Lists, frozen ID columns, headers
 * coloured by role and wrapped, helper columns hidden in a group, guidance merged and wrapped;
 * the same syncs as before; and what an older Excel leaves out, said once.
 */
import { createExcelDouble, type ExcelDouble, type SheetState } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
/** Excel keeps a header or footer, its three sections together, to 255 characters. */
const MAX_FOOTER_CHARS = 255;
import { rangeAddress, cellAddress } from "../../../src/model/address";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../../src/model/settings";
import { HEADER_ROW_HEIGHT, roleLook, titleRowsRef, wraps } from "../../../src/model/spec/looks";
import type { SheetSpec } from "../../../src/model/spec/types";
import { buildWorkbookSpec } from "../../../src/model/workbook";

const settings: PlanSettings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Jobs & Skills Plan 2026-2030" };

function planner(double: ExcelDouble) {
  return createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
}

function sheetOf(double: ExcelDouble, name: string): SheetState {
  const sheet = double.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The stored format of a cell (the double's defaults are not stored: a look left out reads undefined). */
function formatAt(double: ExcelDouble, sheet: string, row: number, col: number) {
  return double.cell(sheet, cellAddress(row, col))?.format ?? {};
}

function expectPrinted(sheet: SheetState, spec: SheetSpec): void {
  expect([sheet.name, sheet.pageLayout.orientation]).toEqual([spec.name, "Landscape"]);
  expect([sheet.name, sheet.pageLayout.zoom]).toEqual([spec.name, { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
  expect([sheet.name, sheet.pageLayout.printTitleRows]).toEqual([spec.name, titleRowsRef(spec.print!) ?? null]);
  expect(sheet.pageLayout.headersFooters).toMatchObject({ leftFooter: "&9Jobs && Skills Plan 2026-2030", centerFooter: "&9Page &P of &N", rightFooter: "&9&D" });
}

describe("a set-up in Excel on the web (every API set)", () => {
  let double: ExcelDouble;
  let report: Awaited<ReturnType<ReturnType<typeof planner>["setUp"]>>;
  const spec = buildWorkbookSpec(settings);
  beforeAll(async () => {
    double = createExcelDouble();
    report = await planner(double).setUp({ settings });
  });

  test("takes the syncs it took before the looks: two (events.test.ts counts them exactly)", () => {
    expect(report.syncs).toBe(2);
  });

  test("every sheet people read prints landscape, one page wide, its header row repeated, the plan's title in the footer", () => {
    const printed = spec.sheets.filter((s) => s.print);
    expect(printed.length).toBeGreaterThan(5);
    for (const s of printed) expectPrinted(sheetOf(double, s.name), s);
    // A stage sheet repeats its header row (row 6).
    expect(sheetOf(double, "3 Plan of Action").pageLayout.printTitleRows).toBe("$6:$6");
  });

  test("the Lists sheet is hidden, and left with Excel's print defaults", () => {
    const lists = sheetOf(double, "Lists");
    expect(lists.visibility).toBe("Hidden");
    expect(lists.pageLayout.orientation).toBe("Portrait");
    expect(double.state.sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name)).toEqual(["Lists"]);
  });

  test("frozen rows and the ID column of one-table sheets, as the model says", () => {
    expect(spec.sheets.some((s) => s.freezeCols)).toBe(true);
    for (const s of spec.sheets) {
      const sheet = sheetOf(double, s.name);
      expect([s.name, sheet.frozenRows, sheet.frozenColumns]).toEqual([s.name, s.freezeRows, s.freezeCols ?? 0]);
    }
  });

  test("headers: blue where people type, grey where the workbook works a figure out, wrapped, bold, named font, two lines tall", () => {
    let input = 0;
    let calculated = 0;
    for (const s of spec.sheets) {
      for (const placed of s.tables) {
        expect([s.name, sheetOf(double, s.name).rowHeights[placed.row]]).toEqual([s.name, HEADER_ROW_HEIGHT]);
        placed.table.columns.forEach((column, i) => {
          const look = roleLook(placed.table, column);
          const f = formatAt(double, s.name, placed.row, placed.col + i);
          expect([placed.table.name, column.header, f.fillColor, f.fontColor]).toEqual([placed.table.name, column.header, look.header.fill, look.header.font]);
          expect([column.header, f.wrapText, f.verticalAlignment, f.fontName, f.bold]).toEqual([column.header, true, "Top", "Calibri", true]);
          if (look.header.fill === "#4472C4") input++;
          if (look.header.fill === "#595959") calculated++;
        });
      }
    }
    expect(input).toBeGreaterThan(20);
    expect(calculated).toBeGreaterThan(5);
    // Plan of Action: Title is typed, Committed worked out.
    const actions = spec.sheets.flatMap((s) => s.tables).find((t) => t.table.name === "tblActions")!;
    const at = (h: string) => formatAt(double, "3 Plan of Action", actions.row, actions.col + actions.table.columns.findIndex((c) => c.header === h));
    expect(at("Title").fillColor).toBe("#4472C4");
    expect(at("Committed").fillColor).toBe("#595959");
  });

  test("bodies: worked-out columns grey, typed ones left to the table style, long text wrapped", () => {
    let wrapped = 0;
    for (const s of spec.sheets) {
      for (const placed of s.tables) {
        placed.table.columns.forEach((column, i) => {
          const f = formatAt(double, s.name, placed.row + 1, placed.col + i);
          expect([placed.table.name, column.header, f.fillColor]).toEqual([placed.table.name, column.header, roleLook(placed.table, column).bodyFill]);
          if (wraps(placed.table, column)) {
            expect([column.header, f.wrapText, f.verticalAlignment]).toEqual([column.header, true, "Top"]);
            wrapped++;
          }
        });
      }
    }
    expect(wrapped).toBeGreaterThan(3);
  });

  test("helper columns are hidden in an outline group; no other column is hidden", () => {
    let helpers = 0;
    for (const s of spec.sheets) {
      const sheet = sheetOf(double, s.name);
      const expected = s.tables.flatMap((p) => p.table.columns.flatMap((c, i) => (roleLook(p.table, c).hidden ? [p.col + i] : [])));
      helpers += expected.length;
      expect([s.name, sheet.hiddenColumns]).toEqual([s.name, expected]);
      expect([s.name, Object.keys(sheet.columnOutline).map(Number)]).toEqual([s.name, expected]);
      for (const c of expected) expect(sheet.columnOutline[c]).toBe(1);
    }
    expect(helpers).toBeGreaterThanOrEqual(5);
  });

  test("guidance paragraphs are merged across their columns, wrapped, from the top, in rows tall enough", () => {
    let spans = 0;
    for (const s of spec.sheets) {
      const sheet = sheetOf(double, s.name);
      for (const c of s.cells.filter((x) => x.span)) {
        spans++;
        if (c.span!.cols > 1) expect(sheet.merged).toContain(rangeAddress(c.row, c.col, 1, c.span!.cols));
        expect(sheet.rowHeights[c.row]).toBe(Math.min(409, c.span!.height));
        expect(formatAt(double, s.name, c.row, c.col)).toMatchObject({ wrapText: true, verticalAlignment: "Top", italic: true, fontName: "Calibri" });
      }
      expect(sheet.merged.length).toBe(s.cells.filter((x) => x.span && x.span.cols > 1).length);
    }
    expect(spans).toBeGreaterThanOrEqual(15);
  });

  test("every styled text cell names its font", () => {
    for (const s of spec.sheets) {
      for (const c of s.cells.filter((x) => x.style)) expect([s.name, c.row, c.col, formatAt(double, s.name, c.row, c.col).fontName]).toEqual([s.name, c.row, c.col, "Calibri"]);
    }
  });
});

test("an empty sheet of the plan's name gets the same looks as a new one", async () => {
  const double = createExcelDouble();
  double.seedSheet("3 Plan of Action");
  await planner(double).setUp({ settings });
  const spec = buildWorkbookSpec(settings).sheets.find((s) => s.name === "3 Plan of Action")!;
  const sheet = sheetOf(double, "3 Plan of Action");
  expectPrinted(sheet, spec);
  expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([spec.freezeRows, spec.freezeCols ?? 0]);
  expect(sheet.tabColor).toBe(spec.tabColor.toUpperCase());
  expect(sheet.merged.length).toBeGreaterThan(0);
});

test("a plan title too long for Excel's footer is shortened, a doubled & never cut in half", async () => {
  const double = createExcelDouble();
  const title = `${"Plan national de migration & développement ".repeat(6)}&&&&`;
  await planner(double).setUp({ settings: { ...settings, title } });
  const footers = sheetOf(double, "3 Plan of Action").pageLayout.headersFooters;
  const stored = `&L${footers.leftFooter}&C${footers.centerFooter}&R${footers.rightFooter}`;
  expect(stored.length).toBeLessThanOrEqual(MAX_FOOTER_CHARS);
  expect(footers.leftFooter).toMatch(/^&9Plan national de migration && développement .*…$/);
  expect(/(&*)…$/.exec(footers.leftFooter)![1].length % 2).toBe(0);
});

test("a rebuild marks the derived table's new columns as worked out, wrapped, two lines tall", async () => {
  const double = createExcelDouble();
  const p = planner(double);
  await p.setUp({ settings });
  const rows = ["Ministry of Labour", "Statistics Office", "Diaspora Agency"].flatMap((s) =>
    ["Data", "Policy", "Outreach", "Finance"].map((a, i) => ({ Stakeholder: s, "Capacity area": a, Level: "Individual", Current: 1 + (i % 3), Required: 5 })),
  );
  await fillTables(double, { tblCapacity: rows });
  const before = double.state.tables.find((t) => t.name === "tblCapacityMatrix")!.columnCount;
  const report = await p.refresh(["tblCapacityMatrix"]);
  expect(report.syncs).toBeLessThanOrEqual(4);
  const t = double.state.tables.find((x) => x.name === "tblCapacityMatrix")!;
  expect(t.columnCount).toBeGreaterThan(before);
  for (let i = 0; i < t.columnCount; i++) {
    expect([i, formatAt(double, t.sheet, t.row, t.column + i)]).toEqual([i, expect.objectContaining({ fillColor: "#595959", fontColor: "#FFFFFF", wrapText: true })]);
  }
  expect(sheetOf(double, t.sheet).rowHeights[t.row]).toBe(HEADER_ROW_HEIGHT);
});

describe("older versions of Excel", () => {
  test("ExcelApi 1.8 (Excel 2019): no page layout call (the double refuses one), the rest of the looks, and one notice each for print and groups", async () => {
    const double = createExcelDouble({ supportedApiVersion: "1.8" });
    const report = await planner(double).setUp({ settings });
    const fresh = createExcelDouble().state.sheets[0].pageLayout;
    expect(double.state.sheets.every((s) => JSON.stringify(s.pageLayout) === JSON.stringify(fresh))).toBe(true);
    const notices = report.notices.map((n) => n.message);
    expect(notices.filter((m) => /Print settings were not added.*ExcelApi 1\.9/.test(m))).toHaveLength(1);
    expect(notices.filter((m) => /Helper columns were hidden without a \+.*ExcelApi 1\.10/.test(m))).toHaveLength(1);
    const me = sheetOf(double, "6 M&E");
    expect(me.hiddenColumns.length).toBeGreaterThan(0);
    expect(me.columnOutline).toEqual({});
    expect(sheetOf(double, "Lists").visibility).toBe("Hidden");
    expect(sheetOf(double, "3 Plan of Action").merged.length).toBeGreaterThan(0);
    expect(report.syncs).toBe(2);
  });

  test("ExcelApi 1.9: printed as on the web, helper columns hidden without a group, and only the group's notice", async () => {
    const double = createExcelDouble({ supportedApiVersion: "1.9" });
    const report = await planner(double).setUp({ settings });
    expect(sheetOf(double, "3 Plan of Action").pageLayout.orientation).toBe("Landscape");
    const me = sheetOf(double, "6 M&E");
    expect(me.hiddenColumns.length).toBeGreaterThan(0);
    expect(me.columnOutline).toEqual({});
    const notices = report.notices.map((n) => n.message);
    expect(notices.some((m) => /Print settings/.test(m))).toBe(false);
    expect(notices.filter((m) => /Helper columns were hidden without a \+/.test(m))).toHaveLength(1);
  });
});
