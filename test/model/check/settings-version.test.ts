/** The plan's settings as typed in tblSettings, and the contract version the workbook records. */
import { checkPlan } from "../../../src/model/check/check-plan";
import { buildPlan, cleanInput, findingsOf, one, readTable } from "./plan-builder";

const settingsTable = (rows: [string, unknown][]) =>
  readTable("tblSettings", { sheet: "Settings", headers: ["Setting", "Value", "Name", "About"], rows: rows.map(([name, value]) => ({ Setting: name, Value: value as string, Name: name, About: "" })) });

describe("setting-unreadable", () => {
  test("a year typed in words is a warning at its Value cell, naming the default the check used", () => {
    const plan = { ...buildPlan(cleanInput()), tables: { ...buildPlan(cleanInput()).tables, tblSettings: settingsTable([["planStartYear", "twenty twenty-five"], ["planEndYear", 2029]]) } };
    const f = one(plan, "setting-unreadable");
    expect(f).toMatchObject({ severity: "warning", stage: 0, cell: "Settings!B7" });
    expect(f.message).toContain('"twenty twenty-five"');
    expect(f.message).toContain("a year such as 2026");
    expect(f.message).toContain("the check used 2026");
  });

  test("a blank frequency and a share typed as text are reported; readable values are not", () => {
    const tables = { ...buildPlan(cleanInput()).tables, tblSettings: settingsTable([["planFrequency", ""], ["thrOnTrack", "ninety"], ["thrAtRisk", "70%"], ["planCurrency", "EUR"]]) };
    const found = findingsOf({ ...buildPlan(cleanInput()), tables }, "setting-unreadable");
    expect(found.map((f) => f.cell)).toEqual(["Settings!B7", "Settings!B8"]);
    expect(found[0].message).toMatch(/"Reporting frequency".*is blank; expected one of Annual/);
  });

  test("without a settings table the rule is silent (settings-missing speaks)", () => {
    expect(findingsOf(buildPlan(cleanInput()), "setting-unreadable")).toEqual([]);
  });
});

describe("contract version", () => {
  const withVersion = (contractVersion: unknown) => ({ ...buildPlan(cleanInput()), contractVersion });

  test("version 1, or no version name at all, says nothing", () => {
    expect(checkPlan(withVersion(1))).toEqual([]);
    expect(checkPlan(withVersion("=1"))).toEqual([]);
    expect(checkPlan(withVersion(undefined))).toEqual([]);
  });

  test("an older version is a warning telling how to upgrade", () => {
    const f = one(withVersion("0"), "contract-version-older");
    expect(f.severity).toBe("warning");
    expect(f.message).toMatch(/version 0 .*mdContractVersion.* Run mdplan refresh FILE to bring it up to date\.$/);
    expect(one(withVersion("0"), "contract-version-older", "pane").message).toMatch(/ Press "Set up workbook" to bring it up to date\.$/);
  });

  test("a version that is not a number is treated as older", () => {
    expect(one(withVersion("Settings!$B$2"), "contract-version-older").message).toContain('"Settings!$B$2"');
  });

  test("a newer version is an error: the findings may be wrong", () => {
    const f = one(withVersion(2), "contract-version-newer");
    expect(f.severity).toBe("error");
    expect(f.message).toMatch(/version 2 .*newer than version 1.* Update mdplan, then check again\.$/);
    expect(one(withVersion(2), "contract-version-newer", "pane").message).toMatch(/ Update the M&D Planner add-in, then check again\.$/);
  });
});
