/**
 * Every code the export writes is one of IATI's, from the shared catalogue's code lists (read here
 * from the catalogue itself, not the model's copy): a schema checks structure, not codes.
 */
import lists from "../../../src/model/iati/codelists.json";
import { parseXml, type XmlElement } from "../../../src/hosts/xlsx/package/xml-tree";
import { buildIatiActivities, iatiXml } from "../../../src/model/iati";
import { GCM_VOCABULARY_URI } from "../../../src/model/iati/classifications";
import { sampleData, sampleSettings } from "../../../src/model/sample/sample-text";
import { ORGANISATION_TYPES } from "../../../src/model/settings";
import { catalog, IATI_SETTINGS, planOf } from "./iati-support";
import { SMALL_DATA, SMALL_SETTINGS } from "./small-plan";

const shared = catalog();
const codesOf = (list: string) => (shared.iati[list] as { code: string }[]).map((c) => c.code);
const sdgIndicators = shared.sdgIndicators.items.map((i) => i.code);
const sdgTargets = new Set(sdgIndicators.map((c) => c.split(".").slice(0, 2).join(".")));

test("the model's copy of the code lists is the shared catalogue's", () => {
  for (const [name, value] of Object.entries(lists)) {
    if (name === "about") continue;
    if (name === "sectors") expect(value).toEqual(shared.dacSectorsMigrationRelated);
    else expect([name, value]).toEqual([name, shared.iati[name]]);
  }
  expect(ORGANISATION_TYPES).toEqual(codesOf("OrganisationType"));
});

/** Which list each code-bearing attribute's value must come from, by element (and parent where it matters). */
function listFor(e: XmlElement, parent: XmlElement, attribute: string): string[] | "iso-country" | undefined {
  const key = `${e.local}@${attribute}`;
  const table: Record<string, string> = {
    "activity-status@code": "ActivityStatus",
    "activity-date@type": "ActivityDateType",
    "participating-org@role": "OrganisationRole",
    "participating-org@type": "OrganisationType",
    "reporting-org@type": "OrganisationType",
    "provider-org@type": "OrganisationType",
    "receiver-org@type": "OrganisationType",
    "description@type": "DescriptionType",
    "budget@type": "BudgetType",
    "budget@status": "BudgetStatus",
    "transaction-type@code": "TransactionType",
    "result@type": "ResultType",
    "indicator@measure": "IndicatorMeasure",
    "sector@vocabulary": "SectorVocabulary",
    "tag@vocabulary": "TagVocabulary",
  };
  if (table[key]) return codesOf(table[key]);
  if (key === "reference@vocabulary" && parent.local === "indicator") return codesOf("IndicatorVocabulary");
  if (key === "reference@code") return sdgIndicators;
  if (key === "sector@code") return shared.dacSectorsMigrationRelated.items.map((s) => s.code);
  if (key === "recipient-country@code") return "iso-country";
  if (key === "tag@code") {
    const vocabulary = e.attributes.find((a) => a.local === "vocabulary")?.value;
    if (vocabulary === "3") return [...sdgTargets];
    const uri = e.attributes.find((a) => a.local === "vocabulary-uri")?.value;
    if (vocabulary === "99" && uri === GCM_VOCABULARY_URI) return shared.gcmObjectives.items.map((o) => String(o.number));
  }
  return undefined;
}

const CODED = ["code", "type", "role", "vocabulary", "measure", "status"];

function checkCodes(xml: string): number {
  let checked = 0;
  const walk = (e: XmlElement, parent: XmlElement) => {
    for (const a of e.attributes) {
      if (!CODED.includes(a.local)) continue;
      const list = listFor(e, parent, a.local);
      // An attribute that holds a code but has no list here would go unchecked: none may.
      expect([e.local, a.local, list === undefined ? "no list" : "listed"]).toEqual([e.local, a.local, "listed"]);
      if (list === "iso-country") expect(a.value).toMatch(/^[A-Z]{2}$/);
      else expect([`${e.local}@${a.local}`, list!.includes(a.value) ? "in its list" : a.value]).toEqual([`${e.local}@${a.local}`, "in its list"]);
      checked++;
    }
    e.children.forEach((c) => walk(c, e));
  };
  const root = parseXml(xml);
  walk(root, root);
  return checked;
}

const now = new Date("2026-12-01T12:00:00Z");

test("every code in the sample's export is in its IATI code list", async () => {
  const plan = await planOf({ ...sampleSettings("en"), ...IATI_SETTINGS }, sampleData("en"));
  expect(checkCodes(iatiXml(buildIatiActivities(plan, { now })))).toBeGreaterThan(150);
}, 60000);

test("every code in the small plan's export is in its IATI code list", async () => {
  const plan = await planOf(SMALL_SETTINGS, SMALL_DATA);
  expect(checkCodes(iatiXml(buildIatiActivities(plan, { now })))).toBeGreaterThan(30);
}, 60000);
