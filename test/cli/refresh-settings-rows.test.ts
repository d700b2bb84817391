/**
 * `mdplan refresh` on a plan made before the IATI settings: its Settings table gets their rows
 * (labels in the workbook's language, values blank), the table's range in the file grows over
 * them (LibreOffice reads it so), and once the values are typed the plan exports to IATI. A cell
 * typed below the table stops it, with a notice naming that cell, which stays as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { openWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { readPlanFromPackage } from "../../src/hosts/xlsx/package/read-plan";
import { iatiSettingsProblems } from "../../src/model/iati";
import { parseRange, rangeAddress } from "../../src/model/address";
import { sampleData, sampleSettings } from "../../src/model/sample/sample-text";
import { SETTING_FIELDS, settingLabelIn } from "../../src/model/settings";
import { VALUE_FORMAT } from "../../src/model/stages/settings-sheet";
import type { Language } from "../../src/model/i18n/language";
import { recalculate } from "../support/libreoffice";
import { readXlsx } from "../support/xlsx-values";
import { typeOver } from "../support/type-over";
import { escapeXml } from "../../src/model/xml-escape";
import { IATI_SETTINGS, schemaErrors } from "../model/iati/iati-support";

const dir = mkdtempSync(join(tmpdir(), "mdplan-settings-rows-"));
const at = (name: string) => join(dir, name);
const IATI = SETTING_FIELDS.filter((f) => f.optional);

/**
 * A plan as an M&D Planner before the IATI settings wrote it: the sample, its Settings table
 * without their rows (the cells gone, the table's range and filter ending above them). `extra`:
 * cells to type on the Settings sheet, as a planner would.
 */
async function olderPlan(name: string, language: Language, extra: Record<string, string> = {}): Promise<{ file: string; sheet: string; firstBelow: number }> {
  const bytes = (await newPlanWorkbook({ ...sampleSettings(language), language }, sampleData(language))).bytes;
  const zip = await JSZip.loadAsync(bytes);
  const tablePart = await partWith(zip, /^xl\/tables\/[^/]+\.xml$/, /name="tblSettings"/);
  let table = await zip.file(tablePart)!.async("string");
  const ref = /\bref="([^"]+)"/.exec(table)![1];
  const box = parseRange(ref);
  const shorter = rangeAddress(box.row, box.col, box.rows - IATI.length, box.cols);
  table = table.replace(new RegExp(`ref="${ref}"`, "g"), `ref="${shorter}"`);
  zip.file(tablePart, table);
  // The sheet whose relationships name that table part.
  const rels = await partWith(zip, /^xl\/worksheets\/_rels\/.*\.rels$/, tablePart.split("/").pop()!);
  const sheetPart = rels.replace("_rels/", "").replace(/\.rels$/, "");
  const firstBelow = box.row + box.rows - IATI.length; // 0-based: the first IATI row
  let xml = await zip.file(sheetPart)!.async("string");
  for (let r = firstBelow + 1; r <= box.row + box.rows; r++) xml = xml.replace(new RegExp(`<row r="${r}"[^>]*?(/>|>[\\s\\S]*?</row>)`), "");
  const typed = Object.entries(extra)
    .map(([address, value]) => `<row r="${/\d+/.exec(address)![0]}"><c r="${address}" t="inlineStr"><is><t>${value}</t></is></c></row>`)
    .join("");
  xml = xml.replace("</sheetData>", `${typed}</sheetData>`);
  zip.file(sheetPart, xml);
  const file = at(name);
  writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
  const sheet = (await readPlanFromPackage(file, readFileSync(file))).tables.tblSettings!.address.replace(/!.*$/, "").replace(/^'(.*)'$/, "$1");
  expect(iatiSettingsProblems(await readPlanFromPackage(file, readFileSync(file))).map((p) => p.kind)).toEqual(IATI.map(() => "no-row"));
  return { file, sheet, firstBelow };
}

/** The first part whose path matches and whose text holds `needle`. */
async function partWith(zip: JSZip, path: RegExp, needle: string | RegExp): Promise<string> {
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir || !path.test(name)) continue;
    const body = await f.async("string");
    if (typeof needle === "string" ? body.includes(needle) : needle.test(body)) return name;
  }
  throw new Error(`no part ${String(path)} holds ${String(needle)}`);
}

test("mdplan refresh adds the rows to an older plan; once they are typed, the plan exports to IATI; LibreOffice reads the grown table", async () => {
  const { file, sheet, firstBelow } = await olderPlan("older.xlsx", "en");
  const before = await readXlsx(file);
  const refreshed = await main(["refresh", file]);
  expect(refreshed.code).toBe(0);
  expect(refreshed.out[1]).toBe(
    'info: Added 5 rows to the "Settings" table for "Reporting organisation", "IATI organisation identifier", "Reporting organisation type", "Country code", "Activity identifier prefix", which the workbook was set up without.',
  );
  const after = await readXlsx(file);
  const table = after.table("tblSettings");
  expect(table.ref).toBe(rangeAddress(parseRange(before.table("tblSettings").ref).row, 0, firstBelow - parseRange(before.table("tblSettings").ref).row + IATI.length, 4));
  expect(table.rows.slice(-IATI.length).map((r) => [r.Setting, r.Value, r.Name])).toEqual(IATI.map((f) => [settingLabelIn(f.key, "en"), null, f.name]));
  // The columns' formats reach the new rows, as in a row Excel adds: the Value column's, the Name column's text.
  const settingsSheet = (await openWorkbook(file, readFileSync(file))).workbook.getWorksheet(sheet)!;
  expect(IATI.map((_, i) => [settingsSheet.getCell(`B${firstBelow + 1 + i}`).numFmt, settingsSheet.getCell(`C${firstBelow + 1 + i}`).numFmt])).toEqual(IATI.map(() => [VALUE_FORMAT, "@"]));
  // Every cell typed before is where it was.
  for (const [address, cell] of before.cells(sheet)) expect([address, after.cell(sheet, address)?.value]).toEqual([address, cell.value]);
  // Export now names the blank Value cells, not rows to type.
  const problems = iatiSettingsProblems(await readPlanFromPackage(file, readFileSync(file)));
  expect(problems.map((p) => [p.kind, p.where])).toEqual(IATI.map((_, i) => ["blank", `${sheet}!B${firstBelow + 1 + i}`]));
  for (const [i, f] of IATI.entries()) await typeOver(file, sheet, `B${firstBelow + 1 + i}`, escapeXml(IATI_SETTINGS[f.key as keyof typeof IATI_SETTINGS]));
  const exported = await main(["export", file, "--iati", at("older.xml")]);
  expect(exported.code).toBe(0);
  expect(schemaErrors(readFileSync(at("older.xml"), "utf8"))).toBe("");
  // LibreOffice opens the file and reads the table over the new rows.
  const [recalculated] = recalculate([file]);
  const office = (await readXlsx(recalculated)).table("tblSettings");
  expect(parseRange(office.ref).rows).toBe(parseRange(table.ref).rows);
  expect(office.rows.slice(-IATI.length).map((r) => r.Name)).toEqual(IATI.map((f) => f.name));
  expect(office.rows.find((r) => r.Name === "iatiOrgId")?.Value).toBe(IATI_SETTINGS.reportingOrgId);
  // A second refresh adds nothing more.
  const again = await main(["refresh", file]);
  expect(again.out.slice(1).filter((l) => /Settings/.test(l))).toEqual([]);
  expect((await readXlsx(file)).table("tblSettings").rows).toHaveLength(table.rows.length);
}, 180_000);

test("a French plan gets its rows in French", async () => {
  const { file } = await olderPlan("ancien.xlsx", "fr");
  const refreshed = await main(["refresh", file]);
  expect(refreshed.code).toBe(0);
  expect(refreshed.out[1]).toMatch(/^info: 5 lignes ajoutées au tableau « Paramètres » pour « Organisation déclarante », /);
  const rows = (await readXlsx(file)).table("tblSettings").rows.slice(-IATI.length);
  expect(rows.map((r) => [r["Paramètre"], r["Nom"]])).toEqual(IATI.map((f) => [settingLabelIn(f.key, "fr"), f.name]));
  expect(rows.every((r) => String(r["À propos"] ?? "").length > 10)).toBe(true);
}, 120_000);

test("a cell typed below the Settings table: refresh adds no row, names the cell, and leaves it as typed", async () => {
  const probe = await olderPlan("probe.xlsx", "en");
  const note = `C${probe.firstBelow + 3}`;
  const { file, sheet } = await olderPlan("noted.xlsx", "en", { [note]: "ask the ministry" });
  const result = await main(["refresh", file]);
  expect(result.out.slice(1)).toContainEqual(
    `warning: [${sheet}] The "Settings" table on "Settings" lacks 5 rows for "Reporting organisation", "IATI organisation identifier", "Reporting organisation type", "Country code", "Activity identifier prefix", but ${sheet}!${note} below it is not empty, and adding rows would write over it or push it down. Move what is in ${sheet}!${note} elsewhere (cut and paste it), then run mdplan refresh FILE again.`,
  );
  const after = await readXlsx(file);
  expect(after.cell(sheet, note)?.value).toBe("ask the ministry");
  expect(after.table("tblSettings").rows.some((r) => r.Name === "iatiOrgName")).toBe(false);
  // Export says to refresh first.
  const exported = await main(["export", file, "--iati", at("noted.xml")]);
  expect(exported.out[1]).toMatch(/"Reporting organisation" has no row in the Settings table.*mdplan refresh/);
}, 120_000);
