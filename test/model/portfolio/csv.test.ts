/** The CSV files for BI tools: RFC 4180, UTF-8 with a BOM, numbers as they are, dates in ISO form. */
import { csvField, toCsv } from "../../../src/model/portfolio/csv";
import { portfolioColumn } from "../../../src/model/portfolio/tables";
import { excelDate } from "../../../src/model/dates";

test("a field is quoted only when it holds a comma, a quote or a line break, its quotes doubled", () => {
  expect(csvField("plain")).toBe("plain");
  expect(csvField("ILO, employers")).toBe('"ILO, employers"');
  expect(csvField('the "fee" cap')).toBe('"the ""fee"" cap"');
  expect(csvField("two\nlines")).toBe('"two\nlines"');
  expect(csvField(null)).toBe("");
  expect(csvField(true)).toBe("TRUE");
});

test("the bytes: BOM, CRLF after every line, numbers unformatted, dates ISO", () => {
  const columns = ["Country", "Budget", "Start", "Progress"].map(portfolioColumn);
  const text = toCsv(columns, [
    { Country: "Sénégal", Budget: 1234567.5, Start: excelDate("2026-01-15"), Progress: 0.375 },
    { Country: "A, B", Budget: null, Start: "soon", Progress: null },
  ]);
  const bytes = Buffer.from(text, "utf8");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8")).toBe('Country,Budget,Start,Progress\r\nSénégal,1234567.5,2026-01-15,0.375\r\n"A, B",,soon,\r\n');
});
