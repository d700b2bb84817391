/**
 * Parts the plan never needs are never parsed, so what exceljs cannot read in them stops neither
 * a check nor a refresh: a table filtered by icon (an <iconFilter>, as Excel writes it) and a
 * note whose VML holds HTML line breaks (<br>, not well-formed XML), both in a real workbook
 * (Microsoft's "Simple monthly budget" template, ../shared/corpus/real-world). Before the file
 * host read packages itself, both made mdplan call the file unreadable.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { checkJson } from "../support/check-json";

const BUDGET = join(__dirname, "..", "..", "..", "shared", "corpus", "real-world", "03_simple-monthly-budget.xlsx");
const dir = mkdtempSync(join(tmpdir(), "mdplan-odd-"));

async function oddWorkbook(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(BUDGET));
  const table = await zip.file("xl/tables/table1.xml")!.async("string");
  zip.file("xl/tables/table1.xml", table.replace('<autoFilter ref="B4:C7"/>', '<autoFilter ref="B4:C7"><filterColumn colId="1"><iconFilter iconSet="3Arrows" iconId="2"/></filterColumn></autoFilter>'));
  zip.file(
    "xl/comments1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Planner</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Two lines</t></r></text></comment></commentList></comments>',
  );
  zip.file(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><v:textbox><div style="text-align:left"><font face="Tahoma">line one<br>line two</font></div></v:textbox><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
  );
  const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
    ),
  );
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheet.replace("<tableParts", '<legacyDrawing r:id="rId9"/><tableParts'));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>'),
  );
  const path = join(dir, "budget-odd.xlsx");
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return path;
}

test("a workbook with an icon filter and a note holding <br> is checked and refreshed, its parts kept byte for byte", async () => {
  const path = await oddWorkbook();
  const checked = await checkJson(path);
  expect(checked.error).toBeUndefined();
  expect(checked.findings.map((f) => f.rule)).toEqual(["no-plan"]);

  const out = join(dir, "budget-odd-refreshed.xlsx");
  const r = await main(["refresh", path, "--output", out]);
  expect([r.code, r.out[0]]).toEqual([0, `Refreshed ${path} into ${out}.`]);
  const before = await JSZip.loadAsync(readFileSync(path));
  const after = await JSZip.loadAsync(readFileSync(out));
  for (const part of ["xl/tables/table1.xml", "xl/drawings/vmlDrawing1.vml", "xl/comments1.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"]) {
    expect([part, await after.file(part)?.async("string")]).toEqual([part, await before.file(part)!.async("string")]);
  }
  expect((await checkJson(out)).summary.errors).toBe(0);
});
