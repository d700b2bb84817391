/** Excel's date serials at their edges: the 1900 leap-year bug and a day of 2026, both ways. */
import { dayOfSerial, excelDate, FICTITIOUS_LEAP_DAY, isoDate, serialOfDate, serialOfUtc, todaySerial } from "../../src/model/dates";
import JSZip from "jszip";
import { readCellsInBoxes } from "../../src/hosts/xlsx/package/sheet-cells";
import { ZipPackage } from "../../src/hosts/xlsx/package/zip-package";
import { dateToSerial, displayText } from "../../src/excel-double/number-format";
import { calculate } from "../../src/model/calc/calculate";
import { cellKey } from "../../src/model/calc/book";

describe("serials and days, both ways", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [36526, "2000-01-01"],
    [46113, "2026-04-01"],
  ])("serial %i is %s", (serial, iso) => {
    expect(isoDate(serial)).toBe(iso);
    if (serial !== FICTITIOUS_LEAP_DAY) expect(excelDate(iso)).toBe(serial);
  });

  test("serial 60 is the 29 February 1900 Excel shows, which no calendar has", () => {
    expect(dayOfSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(dayOfSerial(60.75)).toEqual({ year: 1900, month: 2, day: 29 });
    // No real day maps to 60: the day before is 59, the day after 61.
    expect(excelDate("1900-02-28")).toBe(59);
    expect(excelDate("1900-03-01")).toBe(61);
  });

  test("serials below 61 are one day less than a plain count from 30 December 1899 (the copies that counted so were off by one)", () => {
    const plain = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(excelDate("1900-01-01")).toBe(plain("1900-01-01") - 1);
    expect(excelDate("1900-02-28")).toBe(plain("1900-02-28") - 1);
    expect(excelDate("2026-04-01")).toBe(plain("2026-04-01"));
    expect(serialOfUtc(Date.UTC(1900, 0, 1, 12))).toBe(1.5);
  });

  test("a Date read by exceljs gives back the serial the file holds, before March 1900 too", () => {
    const exceljsDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));
    for (const serial of [1, 59, 61, 46113, 46113.25]) expect(serialOfDate(exceljsDate(serial))).toBeCloseTo(serial, 9);
  });

  test("today", () => {
    expect(todaySerial(new Date(2026, 3, 1, 23, 59))).toBe(46113);
  });
});

describe("every reader of dates goes through the same serials", () => {
  test("a cell of type d (an ISO date in the file) reads as Excel's serial (the reader's own copy made 1 January 1900 serial 2)", async () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="d"><v>1900-01-01</v></c><c r="B1" t="d"><v>2026-04-01T06:00:00</v></c></row></sheetData></worksheet>`;
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", xml);
    const pkg = await ZipPackage.open(await zip.generateAsync({ type: "uint8array" }));
    const [cells] = await readCellsInBoxes(pkg, "xl/worksheets/sheet1.xml", [{ row: 0, col: 0, rows: 1, cols: 2 }], { sharedStrings: [] });
    expect(cells.map((c) => c?.value)).toEqual([1, 46113.25]);
  });

  test("the Excel double shows serials 59, 60 and 61 as Excel does", () => {
    expect(displayText(59, undefined, "yyyy-mm-dd")).toBe("1900-02-28");
    expect(displayText(60, undefined, "yyyy-mm-dd")).toBe("1900-02-29");
    expect(displayText(61, undefined, "yyyy-mm-dd")).toBe("1900-03-01");
    expect(dateToSerial(1900, 1, 1)).toBe(1);
    expect(dateToSerial(2026, 4, 1)).toBe(46113);
  });

  test("YEAR, MONTH and DAY of serials before March 1900 (the evaluator did not know them)", () => {
    const formulas = ["YEAR(60)*10000+MONTH(60)*100+DAY(60)", "DAY(59)", "DAY(1)", "MONTH(46113)"];
    const book = { sheets: [{ name: "S", known: true, cells: new Map(formulas.map((formula, c) => [cellKey(0, c), { formula }])) }], tables: [], names: [] };
    const results = calculate(book, { today: 46113 });
    expect(formulas.map((_, c) => results.value("S", 0, c))).toEqual([19000229, 28, 1, 4]);
  });
});
