/** Indicators picked from the catalogue land in tblIndicators as text, with the next free IDs. */
import { createExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { nextIds } from "../../../src/hosts/office/add-indicators";
import { SDG_INDICATORS } from "../../../src/model/catalog/catalog";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { toLanguage } from "../../../src/model/i18n/workbook/terms";

const settings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };

async function planner() {
  const double = createExcelDouble();
  const p = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await p.setUp({ settings });
  return { double, p };
}

const column = (rows: unknown[][], headers: string[], h: string) => rows.map((r) => r[headers.indexOf(h)]);

async function headers(double: ReturnType<typeof createExcelDouble>): Promise<string[]> {
  return double.run(async (ctx) => {
    const h = ctx.workbook.tables.getItem("tblIndicators").getHeaderRowRange().load("values");
    await ctx.sync();
    return h.values[0] as string[];
  });
}

test("into an empty table: the empty first row is used, IDs start at I1, code and name filled", async () => {
  const { double, p } = await planner();
  const picked = SDG_INDICATORS.filter((i) => ["10.7.1", "10.c.1"].includes(i.code));
  expect(await p.addIndicators(picked)).toEqual(["I1", "I2"]);
  const rows = double.tableRows("tblIndicators");
  const h = await headers(double);
  expect(rows).toHaveLength(2);
  expect(column(rows, h, "Code")).toEqual(["10.7.1", "10.c.1"]);
  expect(column(rows, h, "Indicator")).toEqual(picked.map((i) => i.name));
  expect(column(rows, h, "Name source")).toEqual(["UN global SDG indicator framework", "UN global SDG indicator framework"]);
  expect(String(column(rows, h, "Status")[1])).toMatch(/^=IF\(tblIndicators\[\[#This Row\],\[Indicator ID\]\]/);
});

test("after existing indicators: the next free IDs, nothing typed overwritten", async () => {
  const { double, p } = await planner();
  await fillTables(double, { tblIndicators: [{ "Indicator ID": "I1", Indicator: "Mine" }, { "Indicator ID": "I7", Indicator: "Also mine" }] });
  expect(await p.addIndicators([SDG_INDICATORS[0]])).toEqual(["I8"]);
  const h = await headers(double);
  expect(column(double.tableRows("tblIndicators"), h, "Indicator")).toEqual(["Mine", "Also mine", SDG_INDICATORS[0].name]);
});

test("a name that looks like a formula is written as text", async () => {
  const { double, p } = await planner();
  await p.addIndicators([{ code: "X.1", name: '=HYPERLINK("http://example.invalid","click")', source: "test" }]);
  const h = await headers(double);
  const sheet = double.state.sheets.find((s) => s.name === "6 M&E")!;
  const cell = Object.values(sheet.cells).find((c) => String(c.value).includes("HYPERLINK"));
  expect(cell?.formula).toBeUndefined();
  expect(cell?.value).toBe('=HYPERLINK("http://example.invalid","click")');
  expect(h).toContain("Name source");
});

test("nextIds skips taken IDs and ignores other shapes", () => {
  expect(nextIds(["I1", "i2", "X9", ""], 2)).toEqual(["I3", "I4"]);
  expect(nextIds([], 1)).toEqual(["I1"]);
});

test("into a French plan: the workbook's own headers and formulas", async () => {
  const double = createExcelDouble();
  const p = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await p.setUp({ settings: { ...settings, language: "fr" } });
  const fr = toLanguage("fr");
  const picked = SDG_INDICATORS.filter((i) => ["10.7.1"].includes(i.code));
  expect(await p.addIndicators(picked)).toEqual(["I1"]);
  const rows = double.tableRows("tblIndicators");
  const h = await headers(double);
  expect(h).toContain(fr("headers", "Indicator ID"));
  expect(column(rows, h, fr("headers", "Indicator ID"))).toEqual(["I1"]);
  expect(column(rows, h, fr("headers", "Code"))).toEqual(["10.7.1"]);
  expect(column(rows, h, fr("headers", "Indicator"))).toEqual([picked[0].name]);
  // The calculated Status follows the French columns.
  expect(String(column(rows, h, fr("headers", "Status"))[0])).toContain(`tblIndicators[[#This Row],[${fr("headers", "Indicator ID")}]]`);
});
