/**
 * What the cached results look like in the package, as Excel reads them: a number (0 too) in
 * <v>, text as t="str", a boolean as t="b", an error as t="e"; and a formula the evaluator
 * cannot be sure of (an unknown function, a cycle, what reads them) with no <v> at all, while
 * the others get theirs.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeCachedResults } from "../../../src/hosts/xlsx/cached-results";

let sheet: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = 4;
  ws.getCell("A2").value = "text";
  ws.getCell("A3").value = 0;
  const formulas: Record<string, string> = {
    B1: "A1*2",
    B2: "A1-4",
    B3: 'A2&" & <more>"',
    B4: '""',
    B5: "A1>3",
    B6: "A1/A3",
    B7: "NOSUCHFUNCTION(A1)",
    B8: "B7+1",
    B9: "B10+1",
    B10: "B9+1",
    B11: "SUM(B1:B2)",
    // A stale result from an earlier save is not kept when the value is not known.
    B12: "B9*2",
  };
  for (const [a, f] of Object.entries(formulas)) ws.getCell(a).value = { formula: f } as ExcelJS.CellFormulaValue;
  ws.getCell("B12").value = { formula: formulas.B12, result: 99 } as ExcelJS.CellFormulaValue;
  const found = writeCachedResults(wb, { today: 46000 });
  expect(found.unknown.map((u) => u.why)).toEqual(["function NOSUCHFUNCTION", "function NOSUCHFUNCTION", "a circular reference", "a circular reference", "a circular reference"]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
});

const cell = (address: string) => new RegExp(`<c r="${address}"[^>]*>[\\s\\S]*?</c>`).exec(sheet)?.[0] ?? "";

test.each([
  ["B1", /^<c r="B1"(?![^>]*\bt=)[^>]*><f>A1\*2<\/f><v>8<\/v><\/c>$/],
  ["B2", /<v>0<\/v>/],
  ["B3", /\bt="str"[^>]*><f>[^<]*<\/f><v>text &amp; &lt;more&gt;<\/v>/],
  ["B4", /\bt="str"[^>]*><f>[^<]*<\/f><v\s*\/?>(<\/v>)?<\/c>$/],
  ["B5", /\bt="b"[^>]*><f>[^<]*<\/f><v>1<\/v>/],
  ["B6", /\bt="e"[^>]*><f>[^<]*<\/f><v>#DIV\/0!<\/v>/],
  ["B11", /<v>8<\/v>/],
])("%s is written as Excel reads it", (address, pattern) => {
  expect(cell(address)).toMatch(pattern);
});

test.each(["B7", "B8", "B9", "B10", "B12"])("%s, not known, has its formula and no value", (address) => {
  expect(cell(address)).toMatch(/<f>/);
  expect(cell(address)).not.toMatch(/<v/);
});
