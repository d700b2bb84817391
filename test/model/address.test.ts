/** The one home of A1 addressing: column letters and sheet-name quoting, at their edges. */
import { columnIndex, columnLetters, looksLikeCellReference, MAX_COLUMNS, parseRange, quoteSheetName, sheetPrefix } from "../../src/model/address";
import { quoteSheetName as doubleQuote, columnLetters as doubleLetters } from "../../src/excel-double/address";
import { columnRef } from "../../src/hosts/xlsx/charts/resolve";

describe("column letters", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s, both ways", (column, letters) => {
    expect(columnLetters(column - 1)).toBe(letters);
    expect(columnIndex(letters)).toBe(column - 1);
    expect(columnIndex(letters.toLowerCase())).toBe(column - 1);
  });

  test("the last column is XFD, the 16,384th", () => {
    expect(MAX_COLUMNS).toBe(16384);
    expect(columnLetters(MAX_COLUMNS - 1)).toBe("XFD");
  });

  test("every column round-trips", () => {
    for (let c = 0; c < MAX_COLUMNS; c++) expect(columnIndex(columnLetters(c))).toBe(c);
  });
});

describe("sheet names in references, quoted as Excel quotes them", () => {
  test.each([
    ["Settings", "Settings"],
    ["Sheet1", "Sheet1"],
    ["tbl_data.2026", "tbl_data.2026"],
    ["Paramètres", "Paramètres"],
    ["A1", "'A1'"],
    ["xfd1048576", "'xfd1048576'"],
    ["R1C1", "'R1C1'"],
    ["rc", "'rc'"],
    ["R", "'R'"],
    ["C12", "'C12'"],
    ["ABC123", "'ABC123'"],
    ["1 Assessment", "'1 Assessment'"],
    ["2026", "'2026'"],
    ["My Sheet", "'My Sheet'"],
    ["It's", "'It''s'"],
    ["Plan (draft)", "'Plan (draft)'"],
    ["4 Capacity & resources", "'4 Capacity & resources'"],
    ["3 Plan d’action", "'3 Plan d’action'"],
  ])("%s is written %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
    expect(sheetPrefix(name)).toBe(`${quoted}!`);
  });

  test("names past the grid's last cell are not references, so stay bare", () => {
    expect(looksLikeCellReference("XFE1")).toBe(false);
    expect(looksLikeCellReference("A1048577")).toBe(false);
    expect(quoteSheetName("XFE1")).toBe("XFE1");
    expect(looksLikeCellReference("A0")).toBe(false);
  });

  test("a quoted name reads back as it was", () => {
    for (const name of ["It's", "A1", "Plan (draft)", "'twas", "1 Assessment"]) {
      expect(parseRange(`${sheetPrefix(name)}$B$2:C3`)).toEqual({ sheet: name, row: 1, col: 1, rows: 2, cols: 2 });
    }
  });

  test("the Excel double and the chart parts quote through the same rule (the model's copy left A1 and R1C1 bare)", () => {
    for (const name of ["A1", "R1C1", "It's", "Settings", "1 Assessment"]) {
      expect(doubleQuote(name)).toBe(quoteSheetName(name));
      expect(columnRef(name, 0, 0, 1)).toBe(`${quoteSheetName(name)}!$A$1`);
    }
    expect(doubleLetters(16383)).toBe("XFD");
  });
});
