/**
 * What a planner adds to the plan's own sheets survives `mdplan refresh`: a chart of their own on
 * the Dashboard (beside the plan's two, which are drawn anew), a note on a Plan of Action cell,
 * and the macros of a plan kept in an .xlsm. The workbooks are made as Excel would save them;
 * LibreOffice then opens the refreshed files and finds the chart and the note.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { escapeXml } from "../../src/model/xml-escape";
import { checkJson } from "../support/check-json";
import { convert } from "../support/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "mdplan-additions-"));
const XLSM = join(__dirname, "..", "..", "..", "shared", "corpus", "real-world", "17_57181.xlsm");
const NOTE = "Check the budget with the Ministry of Labour";

async function sample(name: string): Promise<{ path: string; zip: JSZip }> {
  const path = join(dir, name);
  await main(["new", path, "--sample"]);
  return { path, zip: await JSZip.loadAsync(readFileSync(path)) };
}

const str = async (zip: JSZip, part: string) => (await zip.file(part)?.async("string")) ?? "";

/** The worksheet part of a sheet of the sample (exceljs's layout: xl/workbook.xml, relative targets). */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const wb = await str(zip, "xl/workbook.xml");
  const id = new RegExp(`<sheet [^>]*name="${escapeXml(sheet)}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await str(zip, "xl/_rels/workbook.xml.rels");
  return `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

async function addUserChart(zip: JSZip): Promise<void> {
  const dashboard = await sheetPart(zip, "Dashboard");
  const rels = await str(zip, relsOf(dashboard));
  const drawing = `xl/drawings/${/Target="\.\.\/drawings\/([^"]+)"/.exec(rels)![1]}`;
  const chart = (await str(zip, "xl/charts/chart1.xml")).replace("Budget under way by priority goal", "My own chart");
  zip.file("xl/charts/chart90.xml", chart);
  const drawingRels = await str(zip, relsOf(drawing));
  zip.file(relsOf(drawing), drawingRels.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart90.xml"/></Relationships>'));
  const xml = await str(zip, drawing);
  const first = /<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/.exec(xml)![0];
  const mine = first.replace(/name="[^"]*"/, 'name="My chart"').replace(/descr="[^"]*"/, 'descr="My own chart"').replace(/r:id="[^"]*"/, 'r:id="rId90"').replace(/<xdr:col>0<\/xdr:col>/g, "<xdr:col>5</xdr:col>").replace(/<xdr:col>3<\/xdr:col>/g, "<xdr:col>9</xdr:col>");
  zip.file(drawing, xml.replace("</xdr:wsDr>", `${mine}</xdr:wsDr>`));
  const types = await str(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/charts/chart90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
}

async function addNote(zip: JSZip, sheet: string, cell: string, row: number, col: number): Promise<string> {
  const part = await sheetPart(zip, sheet);
  zip.file(
    "xl/comments90.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Amina Diallo</author></authors><commentList><comment ref="${cell}" authorId="0"><text><r><t>${NOTE}</t></r></text></comment></commentList></comments>`,
  );
  zip.file(
    "xl/drawings/vmlDrawing90.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 6, 2, 4, 15, 10, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape></xml>`,
  );
  const rels = await str(zip, relsOf(part));
  zip.file(
    relsOf(part),
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments90.xml"/><Relationship Id="rId92" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing90.vml"/></Relationships>',
    ),
  );
  const xml = await str(zip, part);
  zip.file(part, xml.replace("<tableParts", '<legacyDrawing r:id="rId92"/><tableParts'));
  let types = await str(zip, "[Content_Types].xml");
  if (!types.includes('Extension="vml"')) types = types.replace("<Override", '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override');
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/comments90.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>'));
  return part;
}

async function save(zip: JSZip, path: string): Promise<void> {
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

async function refresh(path: string): Promise<JSZip> {
  const out = path.replace(/(\.\w+)$/, "-refreshed$1");
  const r = await main(["refresh", path, "--output", out]);
  expect(r.out[0]).toBe(`Refreshed ${path} into ${out}.`);
  expect(r.code).toBe(0);
  return JSZip.loadAsync(readFileSync(out));
}

async function chartTitles(zip: JSZip): Promise<string[]> {
  const parts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
  const titles = await Promise.all(parts.map(async (p) => [...(await str(zip, p)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])[0] ?? ""));
  return titles.sort();
}

test("a chart of the planner's own on the Dashboard and a note on a Plan of Action cell survive a refresh", async () => {
  const { path, zip } = await sample("additions.xlsx");
  const before = await checkJson(path);
  await addUserChart(zip);
  const sheet = await addNote(zip, "3 Plan of Action", "B7", 6, 1);
  await save(zip, path);
  const original = await JSZip.loadAsync(readFileSync(path));

  const out = await refresh(path);
  // Their parts come back byte for byte; the plan's two charts are drawn once, not doubled.
  for (const part of ["xl/charts/chart90.xml", "xl/comments90.xml", "xl/drawings/vmlDrawing90.vml"]) expect([part, await str(out, part)]).toEqual([part, await str(original, part)]);
  expect(await chartTitles(out)).toEqual(["Budget under way by priority goal", "Indicators by status", "My own chart"]);
  const sheetXml = await str(out, sheet);
  const legacy = /<legacyDrawing r:id="([^"]+)"\/>/.exec(sheetXml);
  expect(legacy).not.toBeNull();
  const rels = await str(out, relsOf(sheet));
  expect(rels).toMatch(new RegExp(`Id="${legacy![1]}"[^>]*Target="../drawings/vmlDrawing90.vml"`));
  expect(rels).toContain('Target="../comments90.xml"');
  expect((await checkJson(path.replace(".xlsx", "-refreshed.xlsx"))).summary).toEqual(before.summary);

  // LibreOffice reads the note and all three charts of the refreshed file.
  const [ods] = convert([path.replace(".xlsx", "-refreshed.xlsx")], "fods");
  const flat = readFileSync(ods, "utf8");
  expect(flat).toContain(NOTE);
  expect(flat.match(/<draw:object\b/g)?.length).toBe(3);
}, 180_000);

test("a plan kept in a macro workbook (.xlsm) refreshes into one, its VBA project byte for byte", async () => {
  const { zip } = await sample("macro-source.xlsx");
  const vba = await (await JSZip.loadAsync(readFileSync(XLSM))).file("xl/vbaProject.bin")!.async("uint8array");
  zip.file("xl/vbaProject.bin", vba);
  let types = await str(zip, "[Content_Types].xml");
  types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  types = types.replace("<Override", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override');
  zip.file("[Content_Types].xml", types);
  const rels = await str(zip, "xl/_rels/workbook.xml.rels");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rId900" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  const path = join(dir, "plan.xlsm");
  await save(zip, path);

  const out = await refresh(path);
  expect(Buffer.compare(Buffer.from(await out.file("xl/vbaProject.bin")!.async("uint8array")), Buffer.from(vba))).toBe(0);
  expect(await str(out, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  expect(await str(out, "xl/_rels/workbook.xml.rels")).toContain('Id="rId900"');
  const refreshed = path.replace(".xlsm", "-refreshed.xlsm");
  expect((await checkJson(refreshed)).summary.errors).toBe(0);
  // LibreOffice opens it as a macro workbook and keeps the macros when it saves it again.
  const [again] = convert([refreshed], "xlsm");
  expect(Object.keys((await JSZip.loadAsync(readFileSync(again))).files)).toContain("xl/vbaProject.bin");
}, 180_000);

test("a dynamic-array formula on a plan sheet, which the rewrite would turn into a legacy one, is refused and the file left as it was", async () => {
  const { path, zip } = await sample("dynamic.xlsx");
  const part = await sheetPart(zip, "3 Plan of Action");
  const xml = await str(zip, part);
  // Excel marks a spilling formula's cell with cell metadata (cm) pointing into metadata.xml.
  const marked = xml.replace(/<c r="B7"([^>]*)>/, '<c r="B7"$1 cm="1">');
  expect(marked).not.toBe(xml);
  zip.file(part, marked);
  await save(zip, path);
  const bytes = readFileSync(path);
  const r = await main(["refresh", path]);
  expect(r.code).toBe(1);
  expect(r.out.join("\n")).toMatch(/B7 on the plan sheet "3 Plan of Action" \(xl\/worksheets\/sheet\d+\.xml\) holds a dynamic-array formula or a picture in a cell.*Nothing was written/);
  expect(Buffer.compare(readFileSync(path), bytes)).toBe(0);
});
