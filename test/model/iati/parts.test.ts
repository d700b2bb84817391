/** The export's parts on their own: XML escaping and numbers, periods and budgets, statuses, classifications, identifiers. */
import { decimal, serialize } from "../../../src/model/iati/xml";
import { budgetByYear, periodTarget, reportingPeriods, roundTo } from "../../../src/model/iati/periods";
import { activityStatus } from "../../../src/model/iati/status";
import { gcmObjectives, sdgTargets, sectorsOf, tagsOf } from "../../../src/model/iati/classifications";
import { activityIdentifier, buildIatiActivities } from "../../../src/model/iati";
import { planOf } from "./iati-support";
import { SMALL_DATA, SMALL_SETTINGS } from "./small-plan";
import { parseXml } from "../../../src/hosts/xlsx/package/xml-tree";
import type { IndicatorRow } from "../../../src/model/iati/plan-rows";

describe("XML", () => {
  test("what the serializer writes parses back to the values given, whatever they hold", () => {
    const nasty = 'Ministère <"A&B">\t\n]]> \u0001 😀';
    const xml = serialize({ name: "root", attributes: [["name", nasty], ["skipped", undefined]], children: [{ name: "narrative", text: nasty }, undefined] });
    const root = parseXml(xml);
    const clean = nasty.replace("\u0001", "");
    expect(root.attributes.find((a) => a.local === "name")?.value).toBe(clean);
    expect(root.attributes.some((a) => a.local === "skipped")).toBe(false);
    expect(root.children[0].text).toBe(clean);
  });

  test("numbers are written as xsd:decimal, never in exponent form", () => {
    expect(decimal(1e21)).toBe("1000000000000000000000");
    expect(decimal(1e-7)).toBe("0.0000001");
    expect(decimal(-2.5)).toBe("-2.5");
    expect(decimal(504.11)).toBe("504.11");
    expect(() => decimal(NaN)).toThrow();
  });
});

describe("periods and budgets", () => {
  test("reporting periods have their first and last days, by frequency", () => {
    expect(reportingPeriods({ startYear: 2026, endYear: 2026, frequency: "Quarterly" }).map((p) => [p.label, p.start, p.end])).toEqual([
      ["2026-Q1", "2026-01-01", "2026-03-31"],
      ["2026-Q2", "2026-04-01", "2026-06-30"],
      ["2026-Q3", "2026-07-01", "2026-09-30"],
      ["2026-Q4", "2026-10-01", "2026-12-31"],
    ]);
    expect(reportingPeriods({ startYear: 2028, endYear: 2028, frequency: "Monthly" })[1]).toMatchObject({ label: "2028-02", start: "2028-02-01", end: "2028-02-29" });
    expect(reportingPeriods({ startYear: 2027, endYear: 2027, frequency: "Semi-annual" }).map((p) => p.end)).toEqual(["2027-06-30", "2027-12-31"]);
  });

  test("a budget is shared by the days in each year, and its slices add up to it", () => {
    expect(budgetByYear("2026-07-01", "2027-06-30", 1000)).toEqual([
      { start: "2026-07-01", end: "2026-12-31", value: 504.11 },
      { start: "2027-01-01", end: "2027-06-30", value: 495.89 },
    ]);
    const slices = budgetByYear("2025-01-15", "2029-12-31", 2000000.01);
    expect(slices).toHaveLength(5);
    expect(roundTo(slices.reduce((s, b) => s + b.value, 0), 2)).toBe(2000000.01);
    expect(budgetByYear("2027-01-01", "2026-01-01", 10)).toEqual([]);
  });

  test("a period's target is the IPTT's: proportional to the years passed, rounded as the IPTT rounds", () => {
    const indicator = (o: Partial<IndicatorRow>): IndicatorRow => ({ id: "I1", actionId: "A1", level: "", name: "", code: "", unit: "", direction: "", baseline: 0, baselineYear: 2025, target: 5000, targetYear: 2028, ...o });
    expect([2025, 2026, 2027, 2028, 2029].map((y) => periodTarget(indicator({}), y))).toEqual([0, 1667, 3333, 5000, 5000]);
    expect(periodTarget(indicator({ baseline: 7.5, target: 3, baselineYear: 2024 }), 2026)).toBe(5.3);
    expect(periodTarget(indicator({ target: undefined }), 2026)).toBeUndefined();
    expect(periodTarget(indicator({ baselineYear: 2028 }), 2026)).toBe(5000);
  });
});

test("every work status has its activity status", () => {
  expect(["Planned", "Ongoing", "Delayed", "Completed", "Cancelled", "", "Paused"].map(activityStatus)).toEqual(["1", "2", "2", "3", "5", "1", "1"]);
});

describe("classifications", () => {
  test("15190 always; other migration-related DAC sectors the action names; shares add up to 100", () => {
    expect(sectorsOf("")).toEqual([{ vocabulary: "1", code: "15190", percentage: 100 }]);
    expect(sectorsOf("24050 Remittances; 16020, 99999, 15190").map((s) => [s.code, s.percentage])).toEqual([
      ["15190", 33.33],
      ["24050", 33.33],
      ["16020", 33.34],
    ]);
  });

  test("SDG targets and GCM objectives as goals write them", () => {
    expect(sdgTargets("10.7, 10.C; 17.18")).toEqual(["10.7", "10.c", "17.18"]);
    expect(sdgTargets("")).toEqual([]);
    expect(gcmObjectives("6 Recruitment and decent work")).toEqual([6]);
    expect(gcmObjectives("6, 20 Remittances; 99")).toEqual([6, 20]);
    expect(gcmObjectives("Objective 10.7")).toEqual([]);
    expect(tagsOf({ id: "G1", objective: "", gcm: "23 International cooperation", sdgTarget: "" })).toEqual([
      { vocabulary: "99", vocabularyUri: "https://undocs.org/A/RES/73/195", code: "23", name: expect.stringMatching(/^GCM objective 23: /) },
    ]);
  });
});

test("an activity's identifier is the prefix, one hyphen and the Action ID", () => {
  expect(activityIdentifier("XM-DAC-1-NPA", "A1")).toBe("XM-DAC-1-NPA-A1");
  expect(activityIdentifier("XM-DAC-1-NPA-", " A2 ")).toBe("XM-DAC-1-NPA-A2");
});

describe("an action's own sectors", () => {
  test("a Sector column the planner adds to the actions gives its migration-related DAC codes beside 15190", async () => {
    const plan = await planOf(SMALL_SETTINGS, SMALL_DATA);
    const actions = plan.tables.tblActions!;
    // As a planner would type it in a column of their own: the contract allows extra columns.
    actions.headers.push("DAC sector");
    actions.rows[0].cells["DAC sector"] = { kind: "text", value: "24050 Remittances, 16020 Employment", address: "x" };
    actions.rows[1].cells["DAC sector"] = { kind: "number", value: 12345, address: "y" };
    const [a1, a2] = buildIatiActivities(plan, { now: new Date("2026-12-01T00:00:00Z") }).activities;
    expect(a1.sectors.map((s) => [s.code, s.percentage])).toEqual([
      ["15190", 33.33],
      ["24050", 33.33],
      ["16020", 33.34],
    ]);
    expect(a2.sectors.map((s) => s.code)).toEqual(["15190"]);
  }, 60000);
});

describe("transactions, as the reporting organisation sees them", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  const flows = (activity: { transactions: { type: string; value: number; providerOrg?: { name: string; ref?: string }; receiverOrg?: { name: string; ref?: string } }[] }) =>
    activity.transactions.map((t) => [t.type, t.value, t.providerOrg?.ref ?? t.providerOrg?.name, t.receiverOrg?.ref ?? t.receiverOrg?.name]);

  test("the plan's owner receives the partners' funding and gives its own to the lead agency", async () => {
    const [a1, a2] = buildIatiActivities(await planOf(SMALL_SETTINGS, SMALL_DATA), { now }).activities;
    // Incoming commitments (11) before incoming funds (1); the Ministry of Finance's nil disbursement is none.
    expect(flows(a1)).toEqual([
      ["11", 600, "European Union", "XM-EXAMPLE-RPO"],
      ["11", 200, "Ministry of Finance", "XM-EXAMPLE-RPO"],
      ["1", 200, "European Union", "XM-EXAMPLE-RPO"],
    ]);
    expect(flows(a2)).toEqual([
      ["2", 300, "XM-EXAMPLE-RPO", "Central Bank"],
      ["3", 100, "XM-EXAMPLE-RPO", "Central Bank"],
    ]);
  }, 60000);

  test("a donor publishing reports its own funding as outgoing and leaves the other partners' flows to them", async () => {
    // The European Union names itself as reporting organisation, by its IATI identifier in the Partner column.
    const settings = { ...SMALL_SETTINGS, reportingOrgName: "European Union", reportingOrgId: "XI-IATI-EC_INTPA", reportingOrgType: "40", activityPrefix: "XI-IATI-EC_INTPA-RUR" };
    const data = { ...SMALL_DATA, tblFunding: SMALL_DATA.tblFunding!.map((r) => (r.Partner === "European Union" ? { ...r, Partner: "xi-iati-ec_intpa" } : r)) };
    const [a1, a2] = buildIatiActivities(await planOf(settings, data), { now }).activities;
    expect(flows(a1)).toEqual([
      ["2", 600, "XI-IATI-EC_INTPA", "Ministry of Labour"],
      ["3", 200, "XI-IATI-EC_INTPA", "Ministry of Labour"],
    ]);
    // The Ministry of Finance still funds A1, as a participating organisation.
    expect(a1.participatingOrgs.map((o) => [o.role, o.ref ?? o.name])).toEqual([
      ["4", "Ministry of Labour"],
      ["1", "XI-IATI-EC_INTPA"],
      ["1", "Ministry of Finance"],
    ]);
    // An action the donor does not fund: the Planning Office's money is not the donor's to report, given or received.
    expect(flows(a2)).toEqual([]);
    expect(a2.participatingOrgs.map((o) => [o.role, o.name])).toEqual([
      ["4", "Central Bank"],
      ["1", 'Planning Office <Ruritania> & "Partners"'],
    ]);
  }, 60000);
});
