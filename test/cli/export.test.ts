/**
 * `mdplan export FILE --iati OUT.xml [--json OUT.json]`: writes a schema-valid IATI file when the
 * plan's IATI settings are there, and otherwise refuses, writing nothing, naming each setting by
 * its label and the cell or row to fill. Every corpus workbook holding a plan exports too.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { readPlanFromPackage } from "../../src/hosts/xlsx/package/read-plan";
import { buildIatiActivities, iatiSettingsProblems, iatiXml } from "../../src/model/iati";
import { sampleData, sampleSettings } from "../../src/model/sample/sample-text";
import { CORPUS, IATI_SETTINGS, schemaErrors } from "../model/iati/iati-support";

const dir = mkdtempSync(join(tmpdir(), "mdplan-export-"));
const at = (name: string) => join(dir, name);

const BLANK_IATI = { reportingOrgName: "", reportingOrgId: "", reportingOrgType: "", countryCode: "", activityPrefix: "" };

/** The sample with the tests' publisher, or with the IATI settings left blank as a new plan has them. */
async function sampleFile(name: string, withIati: boolean, language: "en" | "fr" = "en"): Promise<string> {
  const settings = { ...sampleSettings(language), language, ...(withIati ? IATI_SETTINGS : BLANK_IATI) };
  writeFileSync(at(name), (await newPlanWorkbook(settings, sampleData(language))).bytes);
  return at(name);
}

test("mdplan --help lists the command and its options", async () => {
  const help = (await main(["--help"])).out.join("\n");
  expect(help).toMatch(/mdplan export FILE --iati OUT\.xml \[--json OUT\.json\]/);
  expect(help).toMatch(/--iati OUT\.xml/);
  expect(help).toMatch(/--json OUT\.json/);
});

test.each([
  [["export"], /export needs one FILE/],
  [["export", "plan.xlsx"], /export needs --iati OUT\.xml/],
  [["export", "plan.xlsx", "--iati"], /--iati needs a value/],
  [["export", "plan.xlsx", "--iati", "a.xml", "--xml", "b"], /unknown option --xml/],
  [["export", "plan.xlsx", "--iati", "./plan.xlsx"], /the output would replace plan\.xlsx/],
  [["export", "plan.xlsx", "--iati", "a.xml", "--json", "plan.xlsx"], /the output would replace plan\.xlsx/],
  [["export", "plan.xlsx", "--iati", "a.xml", "--json", "a.xml"], /--iati and --json name the same file/],
])("%j is a usage error (exit 2)", async (argv, message) => {
  const result = await main(argv);
  expect(result.code).toBe(2);
  expect(result.out.join("\n")).toMatch(message);
});

test("a plan with its IATI settings is written as a schema-valid IATI file, and as JSON", async () => {
  const file = await sampleFile("ready.xlsx", true);
  const result = await main(["export", file, "--iati", at("ready.xml"), "--json", at("ready.json")]);
  expect(result).toEqual({ code: 0, out: [`Wrote ${at("ready.xml")} and ${at("ready.json")}: 7 IATI activities, one per action of ${file}.`] });
  const xml = readFileSync(at("ready.xml"), "utf8");
  expect(schemaErrors(xml)).toBe("");
  const json = JSON.parse(readFileSync(at("ready.json"), "utf8")) as { activities: { identifier: string }[] };
  expect(json.activities.map((a) => a.identifier)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "A7"].map((id) => `XM-EXAMPLE-MOPD-NPA-${id}`));
  // No temporary file is left beside the outputs.
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}, 60000);

test("the sample as mdplan new --sample makes it exports as it comes, under its fictional publisher", async () => {
  const file = at("sample-as-made.xlsx");
  expect((await main(["new", file, "--sample"])).code).toBe(0);
  const result = await main(["export", file, "--iati", at("sample-as-made.xml")]);
  expect(result.code).toBe(0);
  const xml = readFileSync(at("sample-as-made.xml"), "utf8");
  expect(schemaErrors(xml)).toBe("");
  expect(xml).toContain("<iati-identifier>AA-AAA-KESTRELIA-MOP-NPA-A1</iati-identifier>");
  expect(xml).toContain('<recipient-country code="ZZ">');
}, 60000);

test("blank IATI settings: export names each with its cell, and writes nothing", async () => {
  const file = await sampleFile("sample.xlsx", false);
  const result = await main(["export", file, "--iati", at("sample.xml"), "--json", at("sample.json")]);
  expect(result.code).toBe(1);
  expect(result.out).toEqual([
    `mdplan: ${file}: not exported, nothing written. IATI needs these settings in the Settings sheet:`,
    `  Settings!B18  "Reporting organisation" is blank; type it in Settings!B18. The organisation that publishes the plan.`,
    `  Settings!B19  "IATI organisation identifier" is blank; type it in Settings!B19. The reporting organisation's identifier, e.g. XM-DAC-41114.`,
    `  Settings!B20  "Reporting organisation type" is blank; type it in Settings!B20. A code of IATI's OrganisationType list, e.g. 10 (Government).`,
    `  Settings!B21  "Country code" is blank; type it in Settings!B21. The country's ISO 3166-1 two-letter code, e.g. KE.`,
    `  Settings!B22  "Activity identifier prefix" is blank; type it in Settings!B22. Begins with the organisation identifier; each action's identifier is the prefix, a hyphen and its Action ID.`,
  ]);
  expect(existsSync(at("sample.xml"))).toBe(false);
  expect(existsSync(at("sample.json"))).toBe(false);
}, 60000);

test("a French plan's refusal names the settings as its Settings sheet does, with the English beside", async () => {
  const file = await sampleFile("exemple.xlsx", false, "fr");
  const out = (await main(["export", file, "--iati", at("exemple.xml")])).out.join("\n");
  expect(out).toMatch(/"Organisation déclarante" \(Reporting organisation\) is blank; type it in '?[^!]+'?!B18/);
  expect(out).toMatch(/"Code du pays" \(Country code\) is blank/);
  expect(existsSync(at("exemple.xml"))).toBe(false);
}, 60000);

test("a setting typed but unusable is named with its cell and what it must be", async () => {
  const settings = { ...sampleSettings("en"), ...IATI_SETTINGS, reportingOrgType: "99", countryCode: "KEN" };
  writeFileSync(at("typo.xlsx"), (await newPlanWorkbook(settings, sampleData("en"))).bytes);
  const result = await main(["export", at("typo.xlsx"), "--iati", at("typo.xml")]);
  expect(result.code).toBe(1);
  expect(result.out.slice(1)).toEqual([
    `  Settings!B20  "Reporting organisation type" in Settings!B20: Reporting organisation type must be one of IATI's organisation type codes: 10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80, 90 (found "99").`,
    `  Settings!B21  "Country code" in Settings!B21: Country code must be the country's two-letter ISO 3166-1 code such as KE (found "KEN").`,
  ]);
  expect(existsSync(at("typo.xml"))).toBe(false);
}, 60000);

const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)) : [];

test("every corpus workbook holding a plan exports to schema-valid IATI; an older plan's refusal says which rows to add", async () => {
  if (!corpusFiles.length) return console.warn(`skipped: ${CORPUS} is absent`);
  let plans = 0;
  for (const name of corpusFiles) {
    const file = join(CORPUS, name);
    const plan = await readPlanFromPackage(file, readFileSync(file));
    if (!plan.tables.tblActions) {
      const result = await main(["export", file, "--iati", at(`${name}.xml`)]);
      expect([name, result.code, result.out.join("\n")]).toEqual([name, 1, expect.stringMatching(/holds no Plan of Action/)]);
      continue;
    }
    plans++;
    // Made before the IATI settings: its Settings table has no rows for them until it is refreshed.
    expect(iatiSettingsProblems(plan).map((p) => p.kind)).toEqual(["no-row", "no-row", "no-row", "no-row", "no-row"]);
    const result = await main(["export", file, "--iati", at(`${name}.xml`)]);
    expect(result.code).toBe(1);
    expect(result.out[1]).toBe(
      `  Settings!A18  "Reporting organisation" has no row in the Settings table (the workbook was set up before the IATI settings): run mdplan refresh FILE (in Excel: press Set up again under "Settings, lists and dashboard" in the M&D Planner pane), which adds it at the end of the table (Settings!A18); or, by hand, in row 18 of sheet Settings, right below the Settings table, type "Reporting organisation" in column A, its value in column B and "iatiOrgName" in column C; Excel takes the row into the table.`,
    );
    expect(result.out[5]).toMatch(/^ {2}Settings!A22 {2}"Activity identifier prefix" has no row .* row 22 .*"iatiActivityPrefix" in column C; Excel takes the row into the table\.$/);
    expect(existsSync(at(`${name}.xml`))).toBe(false);
    // Refreshed as a planner would, a copy of the real file gets the five rows (or is told what stands in their way).
    const copy = at(`refreshed-${name}`);
    copyFileSync(file, copy);
    const refreshed = await main(["refresh", copy]);
    const after = await readPlanFromPackage(copy, readFileSync(copy));
    const kinds = iatiSettingsProblems(after).map((p) => p.kind);
    if (kinds.includes("no-row")) expect([name, refreshed.out.join("\n")]).toEqual([name, expect.stringMatching(/lacks 5 rows for .* below it/)]);
    else expect([name, kinds]).toEqual([name, ["blank", "blank", "blank", "blank", "blank"]]);
    // With the settings the planner would type, its plan exports as the schema wants.
    const xml = iatiXml(buildIatiActivities({ ...plan, settings: { ...plan.settings, ...IATI_SETTINGS } }, { now: new Date("2026-12-01T12:00:00Z") }));
    expect([name, schemaErrors(xml)]).toEqual([name, ""]);
  }
  expect(plans).toBeGreaterThanOrEqual(1);
}, 300000);
