/**
 * A workbook set up before the IATI settings, set up again from the pane through Microsoft's
 * office.js client in front of the double: the Settings table gets their rows (labels in the
 * workbook's language, the values typed in the pane), in as many syncs as any re-run; a cell typed
 * below the table stops it, with a notice naming that cell, which is left as it was.
 */
import { createExcelDouble, type ExcelDouble } from "../../../src/excel-double";
import { cellAddress } from "../../../src/model/address";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS, SETTING_FIELDS, settingLabelIn, type PlanSettings } from "../../../src/model/settings";
import { VALUE_FORMAT } from "../../../src/model/stages/settings-sheet";
import type { Language } from "../../../src/model/i18n/language";

const IATI = SETTING_FIELDS.filter((f) => f.optional);
const base: PlanSettings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "National M&D Plan 2026-2030" };

function planner(double: ExcelDouble, language: Language = "en") {
  return createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double), { language });
}

/** Set up, then its Settings table's IATI rows deleted, as a workbook made before them has none. */
async function olderWorkbook(settings: PlanSettings): Promise<{ double: ExcelDouble; sheet: string; firstBelow: number }> {
  const double = createExcelDouble();
  await planner(double).setUp({ settings });
  const where = await double.run(async (ctx) => {
    const table = ctx.workbook.tables.getItem("tblSettings");
    const body = table.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = table.worksheet.load("name");
    await ctx.sync();
    body.getRow(body.rowCount - IATI.length).getResizedRange(IATI.length - 1, 0).delete("Up");
    await ctx.sync();
    return { sheet: sheet.name, firstBelow: body.rowIndex + body.rowCount - IATI.length };
  });
  const names = double.tableRows("tblSettings").map((r) => r[2]);
  expect(names).not.toContain("iatiOrgName");
  return { double, ...where };
}

const a1 = (row: number, col: number) => cellAddress(row, col);

describe.each(["en", "fr"] as const)("a %s workbook set up before the IATI settings", (language) => {
  const settings = { ...base, language };
  test("set up again: the rows appear at the end of the Settings table, labelled, with what the pane holds, in no more syncs than a plain re-run", async () => {
    const { double: fresh, sheet, firstBelow } = await olderWorkbook(settings);
    // A re-run with nothing to add, for comparison: the same workbook with its rows.
    const complete = createExcelDouble();
    await planner(complete).setUp({ settings });
    const rerun = await planner(complete, language).setUp({ settings });

    const typed = { ...settings, reportingOrgName: "Ministry of Planning", countryCode: "KE", reportingOrgType: "10" };
    const report = await planner(fresh, language).setUp({ settings: typed });
    const rows = fresh.tableRows("tblSettings");
    const added = rows.slice(-IATI.length);
    expect(added.map((r) => [r[0], r[2]])).toEqual(IATI.map((f) => [settingLabelIn(f.key, language), f.name]));
    expect(added.map((r) => r[1])).toEqual(["Ministry of Planning", "", 10, "KE", ""]);
    // The About column too, as a new plan has it.
    expect(added.every((r) => String(r[3]).length > 10)).toBe(true);
    // Formats of the table's columns reach the new rows: the Value column's, and the Name column's text.
    expect(fresh.cell(sheet, a1(firstBelow, 1))!.numberFormat).toBe(VALUE_FORMAT);
    expect(fresh.cell(sheet, a1(firstBelow + 4, 2))!.numberFormat).toBe("@");
    expect(report.notices.map((n) => n.message)).toContainEqual(expect.stringMatching(language === "en" ? /^Added 5 rows to the "Settings" table for "Reporting organisation", / : /^5 lignes ajoutées au tableau « Paramètres » pour « Organisation déclarante », /));
    expect(report.notices.some((n) => /no row|pas de ligne/.test(n.message))).toBe(false);
    expect(report.syncs).toBeLessThanOrEqual(rerun.syncs);
    expect(report.syncs).toBeLessThanOrEqual(3);
    // Read back as the plan's settings, and a second run adds nothing more.
    expect(report.status.settings).toMatchObject({ reportingOrgName: "Ministry of Planning", countryCode: "KE", reportingOrgType: "10" });
    const again = await planner(fresh, language).setUp({ settings: typed });
    expect(fresh.tableRows("tblSettings")).toHaveLength(rows.length);
    expect(again.notices.filter((n) => n.table === "tblSettings")).toEqual([]);
  });
});

test("a cell typed below the Settings table stops the rows: the notice names it, and it stays as typed", async () => {
  const { double, sheet, firstBelow } = await olderWorkbook(base);
  const note = a1(firstBelow + 2, 1);
  await double.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(note).values = [["ask the ministry"]];
    await ctx.sync();
  });
  const before = double.tableRows("tblSettings");
  const report = await planner(double).setUp({ settings: { ...base, reportingOrgId: "XM-DAC-41114" } });
  expect(double.tableRows("tblSettings")).toEqual(before);
  expect(double.cell(sheet, note)!.value).toBe("ask the ministry");
  const messages = report.notices.map((n) => n.message);
  expect(messages).toContainEqual(expect.stringContaining(`but Settings!${note} below it is not empty, and adding rows would write over it or push it down. Move what is in Settings!${note} elsewhere (cut and paste it), then press Set up this stage.`));
  expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^"IATI organisation identifier" has no row .* so "XM-DAC-41114" was not saved\\. .*Or type the row yourself at Settings!A${firstBelow + 1}, right below the table`)));
  // Once the cell is moved away, the next set-up adds the rows.
  await double.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(note).values = [[""]];
    await ctx.sync();
  });
  await planner(double).setUp({ settings: { ...base, reportingOrgId: "XM-DAC-41114" } });
  expect(double.tableRows("tblSettings").slice(-IATI.length).map((r) => r[1])).toEqual(["", "XM-DAC-41114", "", "", ""]);
});

test("the syncs stay as few with thousands of rows typed in the plan's tables", async () => {
  const { double } = await olderWorkbook(base);
  await double.run(async (ctx) => {
    const table = ctx.workbook.tables.getItem("tblActions");
    const header = table.getHeaderRowRange().load("values");
    await ctx.sync();
    const headers = header.values[0] as string[];
    const rows = Array.from({ length: 3000 }, (_, i) => headers.map((h) => (h === "Action ID" ? `A${i + 1}` : h === "Title" ? `Action ${i + 1}` : "")));
    table.getDataBodyRange().values = [rows[0]];
    table.rows.add(null as unknown as number, rows.slice(1));
    await ctx.sync();
  });
  const report = await planner(double).setUp({ settings: { ...base, countryCode: "KE" } });
  expect(report.syncs).toBeLessThanOrEqual(3);
  expect(double.tableRows("tblActions")).toHaveLength(3000);
  expect(double.tableRows("tblSettings").slice(-IATI.length).map((r) => r[1])).toEqual(["", "", "", "KE", ""]);
});

test("the double, like Excel, refuses rows.add that would push a cell below the table down", async () => {
  const { double, sheet, firstBelow } = await olderWorkbook(base);
  const far = a1(firstBelow + 40, 0);
  const error = await double
    .run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange(far).values = [["far below"]];
      ctx.workbook.tables.getItem("tblSettings").rows.add(null as unknown as number, [["a", "b", "c", "d"]]);
      await ctx.sync();
    })
    .catch((e: unknown) => e);
  expect((error as { code?: string }).code).toBe("InvalidArgument");
  expect(double.cell(sheet, far)!.value).toBe("far below");
  // And rows of the wrong width, as Excel does.
  const wide = await double
    .run(async (ctx) => {
      ctx.workbook.tables.getItem("tblSettings").rows.add(null as unknown as number, [["a", "b", "c"]]);
      await ctx.sync();
    })
    .catch((e: unknown) => e);
  expect((wide as { code?: string }).code).toBe("InvalidArgument");
});
