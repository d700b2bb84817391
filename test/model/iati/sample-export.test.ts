/**
 * The sample plan, with the IATI settings filled, exports to a file the IATI 2.03 schema accepts,
 * in English, French and Spanish alike: the same codes whatever the workbook's language.
 */
import { buildIatiActivities, iatiJson, iatiSettingsProblems, iatiXml } from "../../../src/model/iati";
import { fromXml } from "./read-back";
import { sampleData, sampleSettings } from "../../../src/model/sample/sample-text";
import type { Language } from "../../../src/model/i18n/language";
import { parseXml, type XmlElement } from "../../../src/hosts/xlsx/package/xml-tree";
import { IATI_SETTINGS, planOf, schemaErrors } from "./iati-support";

const now = new Date("2026-12-01T12:00:00Z");

let englishJson: string;
async function sampleXml(language: Language): Promise<string> {
  const plan = await planOf({ ...sampleSettings(language), ...IATI_SETTINGS, language }, sampleData(language));
  expect(iatiSettingsProblems(plan)).toEqual([]);
  const file = buildIatiActivities(plan, { now });
  if (language === "en") englishJson = iatiJson(file);
  return iatiXml(file);
}

/** Every code-bearing attribute, element by element, in document order. */
function codes(xml: string): string[] {
  const out: string[] = [];
  const walk = (e: XmlElement, path: string) => {
    for (const a of e.attributes) if (["code", "type", "role", "vocabulary", "measure", "status", "ascending", "percentage"].includes(a.local)) out.push(`${path}/${e.local}@${a.local}=${a.value}`);
    e.children.forEach((c) => walk(c, `${path}/${e.local}`));
  };
  walk(parseXml(xml), "");
  return out;
}

let english: string;
beforeAll(async () => {
  english = await sampleXml("en");
}, 60000);

test("the sample's export is valid against the IATI 2.03 schema", () => {
  expect(schemaErrors(english)).toBe("");
  const root = parseXml(english);
  // One activity per action of the sample's Plan of Action (A1 to A7).
  expect(root.children.map((a) => a.children.find((c) => c.local === "iati-identifier")?.text)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "A7"].map((id) => `XM-EXAMPLE-MOPD-NPA-${id}`));
});

test.each(["fr", "es"] as const)("the sample in %s exports the same codes as in English, and is valid", async (language) => {
  const xml = await sampleXml(language);
  expect(schemaErrors(xml)).toBe("");
  expect(codes(xml)).toEqual(codes(english));
  expect(xml).toContain(`xml:lang="${language}"`);
}, 60000);

test("the sample's JSON holds the content of its XML", () => {
  expect(JSON.stringify(JSON.parse(englishJson))).toBe(JSON.stringify(fromXml(english)));
});
