/**
 * Workbooks this project did not write (../shared/corpus/real-world, README there): `mdplan
 * check` reads every one. An ordinary workbook gets the one finding that it holds no plan; the
 * plan that openpyxl (pandas' engine) loaded and saved, with absolute relationship targets and a
 * default-namespace drawing part, checks exactly as the sample it came from, and refreshes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { prefixDrawingXml } from "../../src/hosts/xlsx/drawing-prefixes";
import { relativeTarget, sourcePartOf } from "../../src/hosts/xlsx/opc-paths";
import { checkJson } from "../support/check-json";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real-world");
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)) : [];
const OPENPYXL = "31_openpyxl-3.0.9-roundtrip-of-mdplan-sample.xlsx";
const dir = mkdtempSync(join(tmpdir(), "mdplan-real-"));

const check = checkJson;

test("the real-world corpus is there", () => {
  if (!existsSync(CORPUS)) console.warn(`skipped: ${CORPUS} is absent`);
  else expect(files.length).toBeGreaterThanOrEqual(16);
});

test.each(files.filter((f) => f !== OPENPYXL))("%s is read and named as holding no plan", async (name) => {
  const result = await check(join(CORPUS, name));
  expect(result.error).toBeUndefined();
  expect(result.findings.map((f) => f.rule)).toEqual(["no-plan"]);
});

(files.includes(OPENPYXL) ? test : test.skip)("the sample saved by openpyxl checks as the sample does, and refreshes", async () => {
  const sample = join(dir, "sample.xlsx");
  await main(["new", sample, "--sample"]);
  const original = await check(sample);
  const roundTrip = await check(join(CORPUS, OPENPYXL));
  expect(roundTrip.error).toBeUndefined();
  expect(roundTrip.summary).toEqual(original.summary);
  expect(roundTrip.findings.map((f) => f.rule)).toEqual(original.findings.map((f) => f.rule));
  const refreshed = join(dir, "refreshed.xlsx");
  const r = await main(["refresh", join(CORPUS, OPENPYXL), "--output", refreshed]);
  expect(r.out[0]).toMatch(/^Refreshed /);
  expect((await check(refreshed)).summary).toEqual(original.summary);
  // The dashboard's two charts are drawn once, not added beside openpyxl's copies.
  const zip = await JSZip.loadAsync(readFileSync(refreshed));
  expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
});

test("absolute relationship targets become relative to their source part", () => {
  const from = (rels: string, target: string) => relativeTarget(sourcePartOf(rels), target);
  expect(from("xl/_rels/workbook.xml.rels", "/xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
  expect(from("xl/worksheets/_rels/sheet2.xml.rels", "/xl/tables/table3.xml")).toBe("../tables/table3.xml");
  expect(from("xl/drawings/_rels/drawing1.xml.rels", "/xl/charts/chart1.xml")).toBe("../charts/chart1.xml");
  expect(from("_rels/.rels", "/xl/workbook.xml")).toBe("xl/workbook.xml");
});

test("default-namespace drawing XML gets the xdr prefix; other namespaces keep theirs", () => {
  const xml = '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><twoCellAnchor><from><col>0</col></from><a:graphic xmlns:a="x"/><clientData/></twoCellAnchor></wsDr>';
  expect(prefixDrawingXml(xml)).toBe(
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col></xdr:from><a:graphic xmlns:a="x"/><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  expect(prefixDrawingXml('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>')).toBeUndefined();
});
