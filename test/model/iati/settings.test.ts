/**
 * The IATI settings as plan settings: blank is allowed and reads as blank (the check's setting rule
 * leaves it be); what is typed is validated in the three languages; the Settings sheet lists them
 * last, labelled in the workbook's language, with no defined name; the pane's draft keeps them as text.
 */
import JSZip from "jszip";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { checkPlan } from "../../../src/model/check/check-plan";
import { DEFAULT_SETTINGS, IATI_SETTING_KEYS, SETTING_FIELDS, parseSettingValue, validateSettings, type PlanSettings } from "../../../src/model/settings";
import { settingsSheet } from "../../../src/model/stages/settings-sheet";
import { sampleData, sampleSettings } from "../../../src/model/sample/sample-text";
import { draftFrom, settingsFrom } from "../../../src/taskpane/state/settings-draft";
import { IATI_SETTINGS, planOf } from "./iati-support";

const good: PlanSettings = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan", ...IATI_SETTINGS };
const field = (key: string) => SETTING_FIELDS.find((f) => f.key === key)!;

test("blank IATI settings are no problem; typed ones are", () => {
  expect(validateSettings({ ...DEFAULT_SETTINGS, country: "R", title: "P" })).toEqual([]);
  expect(validateSettings(good)).toEqual([]);
  const problems = validateSettings({ ...good, reportingOrgId: "XM DAC 1", reportingOrgType: "12", countryCode: "Kenya", activityPrefix: "GB-GOV-1-NPA" });
  expect(problems.map((p) => p.key)).toEqual(["reportingOrgId", "reportingOrgType", "countryCode"]);
  expect(validateSettings({ ...good, activityPrefix: "GB-GOV-1-NPA" })).toEqual([
    { key: "activityPrefix", message: 'Activity identifier prefix must begin with the IATI organisation identifier XM-EXAMPLE-MOPD, as IATI requires (found "GB-GOV-1-NPA").' },
  ]);
  expect(validateSettings({ ...good, activityPrefix: "XM-EXAMPLE-MOPD NPA" })[0].key).toBe("activityPrefix");
});

test.each([
  ["fr", /Le code du pays doit être son code ISO 3166-1 à deux lettres, comme SN \(valeur trouvée : « Kenya »\)\./],
  ["es", /El código del país debe ser su código ISO 3166-1 de dos letras, como EC \(valor encontrado: «Kenya»\)\./],
] as const)("the problems speak %s", (language, message) => {
  expect(validateSettings({ ...good, countryCode: "Kenya" }, language)[0].message).toMatch(message);
});

test("cells read back: blank as blank, a type as its code, a country code in capitals", () => {
  expect(parseSettingValue(field("reportingOrgName"), "")).toBe("");
  expect(parseSettingValue(field("reportingOrgName"), null)).toBe("");
  expect(parseSettingValue(field("reportingOrgType"), 10)).toBe("10");
  expect(parseSettingValue(field("reportingOrgType"), "40 Multilateral")).toBe("40");
  expect(parseSettingValue(field("countryCode"), " ke ")).toBe("KE");
  // The plan's own settings still say blank is unreadable (the check then names the cell).
  expect(parseSettingValue(field("country"), "")).toBeUndefined();
});

test("the Settings sheet lists them last, in the workbook's language, without defined names", () => {
  const { sheet, names } = settingsSheet({ ...good, language: "fr" });
  const rows = sheet.tables[0].rows!;
  expect(rows.slice(-5).map((r) => [r.Setting, r.Name])).toEqual([
    ["Organisation déclarante", "iatiOrgName"],
    ["Identifiant IATI de l'organisation", "iatiOrgId"],
    ["Type d'organisation déclarante", "iatiOrgType"],
    ["Code du pays", "iatiCountryCode"],
    ["Préfixe des identifiants d'activité", "iatiActivityPrefix"],
  ]);
  expect(rows.slice(-5).map((r) => r.Value)).toEqual(IATI_SETTING_KEYS.map((k) => good[k]));
  // The settings before them keep their rows, so older workbooks' names still point at them.
  expect(rows.slice(0, 11).map((r) => r.Name)).toEqual(SETTING_FIELDS.slice(0, 11).map((f) => f.name));
  expect(names.map((n) => n.name)).not.toEqual(expect.arrayContaining(["iatiOrgName"]));
  expect(names).toHaveLength(12);
});

test("a new workbook holds the rows blank and no defined name for them, and its check says nothing of them", async () => {
  const fresh = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };
  const bytes = (await newPlanWorkbook(fresh, {})).bytes;
  const workbook = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  expect(workbook).toContain('name="planCountry"');
  expect(workbook).not.toMatch(/name="iati/);
  const plan = await planOf(fresh, {});
  expect(IATI_SETTING_KEYS.map((k) => plan.settings[k])).toEqual(["", "", "", "", ""]);
  expect(checkPlan(plan).filter((f) => f.rule === "setting-unreadable")).toEqual([]);
}, 60000);

test("the sample carries a fictional publisher that passes the settings' own rules", async () => {
  const plan = await planOf(sampleSettings("en"), sampleData("en"));
  expect(validateSettings(plan.settings)).toEqual([]);
  expect(plan.settings.reportingOrgName).toMatch(/fictional/);
  expect(checkPlan(plan).filter((f) => f.rule === "setting-unreadable")).toEqual([]);
}, 60000);

test("the pane's draft keeps them as typed text, country code in capitals", () => {
  const back = settingsFrom({ ...draftFrom(good), countryCode: " zz ", reportingOrgType: " 10 " });
  expect(IATI_SETTING_KEYS.map((k) => back[k])).toEqual([IATI_SETTINGS.reportingOrgName, IATI_SETTINGS.reportingOrgId, "10", "ZZ", IATI_SETTINGS.activityPrefix]);
});
