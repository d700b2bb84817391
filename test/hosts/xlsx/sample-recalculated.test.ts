/**
 * The sample plan as `mdplan new --sample` writes it, recalculated by LibreOffice: every table
 * and key column of the contract is there, no cell holds a formula error, and every computed
 * figure equals the one worked out from the contract's definitions.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type XlsxBook } from "../../support/xlsx-values";
import { contractTables } from "../../support/contract-doc";
import * as ref from "../../support/contract-reference";
import { GAPS_COLUMN } from "../../../src/model/derived/capacity-matrix";
import { isOngoingStatus } from "../../../src/model/contract";
import { todaySerial } from "../../../src/model/dates";

const thresholds = { onTrack: 0.9, atRisk: 0.7, riskHigh: 16, riskMedium: 11 };
const data = SAMPLE_DATA as Record<string, Record<string, unknown>[]>;
let sample: XlsxBook;
let empty: XlsxBook;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-sample-"));
  const samplePath = join(dir, "sample.xlsx");
  const emptyPath = join(dir, "empty.xlsx");
  writeFileSync(samplePath, (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  writeFileSync(emptyPath, (await newPlanWorkbook({ ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan 2026-2030" })).bytes);
  const [s, e] = recalculate([samplePath, emptyPath]);
  sample = await readXlsx(s);
  empty = await readXlsx(e);
}, 120_000);

const close = (a: unknown, b: unknown) => (typeof b === "number" && typeof a === "number" ? Math.abs(a - b) < 1e-9 : a === b || (b === "" && a === null) || (a === "" && b === null));

describe.each([["sample plan", () => sample], ["empty plan", () => empty]])("%s after LibreOffice recalculation", (_label, book) => {
  test("activities ending within 90 days count the ongoing statuses (the formula is built from ONGOING_STATUSES)", () => {
    const dashboard = book().cells("Dashboard");
    const label = [...dashboard].find(([, c]) => c.value === "Not yet completed");
    expect(label).toBeDefined();
    const row = /\d+$/.exec(label![0])![0];
    const today = todaySerial();
    const rows = book() === sample ? data.tblWorkplan : [];
    const want = rows.filter((w) => isOngoingStatus(w["Status"]) && typeof w["End"] === "number" && w["End"] >= today && w["End"] <= today + 90).length;
    expect(book().cell("Dashboard", `B${row}`)?.value).toBe(want);
  });

  test("has every table and key column of the contract", () => {
    for (const [table, columns] of contractTables()) {
      const t = book().table(table);
      for (const c of columns) expect(t.headers).toContain(c);
    }
    expect(contractTables().size).toBe(15);
  });

  test("holds no formula error anywhere", () => {
    expect(book().errors()).toEqual([]);
  });

  test("records the contract version and settings in defined names", () => {
    expect(book().nameValue("mdContractVersion")).toBe(1);
    expect(book().nameValue("thrOnTrack")).toBe(0.9);
    expect(book().nameValue("riskHigh")).toBe(16);
  });
});

describe("computed columns of the sample plan", () => {
  const rows = (t: string) => sample.table(t).rows;

  test("resource gaps are Needed - Available", () => {
    const got = rows("tblResources").map((r) => r["Gap"]);
    expect(got).toEqual(data.tblResources.map(ref.resourceGap));
  });

  test("capacity gaps are Required - Current, never below 0", () => {
    const got = rows("tblCapacity").map((r) => r["Gap"]);
    expect(got).toEqual(data.tblCapacity.map(ref.capacityGap));
    expect(got).toContain(0); // the Central Bank rates itself above what is required
  });

  test("actions' Committed and Funding gap follow tblFunding", () => {
    const got = rows("tblActions").map((r) => [r["Action ID"], r["Committed"], r["Funding gap"]]);
    const want = data.tblActions.map((a) => [a["Action ID"], ref.committed(String(a["Action ID"]), data.tblFunding), ref.fundingGap(a, data.tblFunding)]);
    expect(got).toEqual(want);
    expect(got.find((r) => r[0] === "A1")).toEqual(["A1", 650000, 200000]); // two sources
    expect(got.find((r) => r[0] === "A3")).toEqual(["A3", 700000, 0]); // over-funded
  });

  test("risk scores and ratings use the plan's thresholds", () => {
    const got = rows("tblRisks").map((r) => [r["Score"], r["Rating"]]);
    expect(got).toEqual(data.tblRisks.map((r) => [ref.riskScore(r), ref.riskRating(r, thresholds)]));
    expect(got.map((g) => g[1])).toEqual(["High", "Medium", "Low", "Low", "Low"]);
  });

  test("indicators' Latest value, Progress and Status follow the contract", () => {
    const got = rows("tblIndicators");
    data.tblIndicators.forEach((ind, i) => {
      const want = ref.indicator(ind, data.tblIndicatorValues, thresholds);
      expect([ind["Indicator ID"], got[i]["Latest value"] ?? ""]).toEqual([ind["Indicator ID"], want.latest]);
      expect(close(got[i]["Progress"], want.progress)).toBe(true);
      expect([ind["Indicator ID"], got[i]["Status"]]).toEqual([ind["Indicator ID"], want.status]);
    });
    expect(new Set(got.map((r) => r["Status"]))).toEqual(new Set(["On track", "At risk", "Off track", "No data"]));
  });

  test("the capacity matrix holds the largest gap per stakeholder and area", () => {
    const matrix = sample.table("tblCapacityMatrix");
    const caps = data.tblCapacity;
    const areas = matrix.headers.filter((h) => h !== "Stakeholder" && h !== GAPS_COLUMN);
    for (const row of matrix.rows) {
      for (const area of areas) {
        const gaps = caps.filter((c) => c["Stakeholder"] === row["Stakeholder"] && c["Capacity area"] === area).map((c) => ref.capacityGap(c) as number);
        expect([row["Stakeholder"], area, row[area]]).toEqual([row["Stakeholder"], area, gaps.length ? Math.max(...gaps) : ""]); // blank: never assessed
      }
    }
    expect(matrix.rows.length).toBe(4);
  });

  test("the dashboard lists every ongoing item with its figures", () => {
    const want = ref.dashboard(data.tblActions, data.tblWorkplan, data.tblOtherProjects);
    const got = rows("tblDashboard");
    expect(got.map((r) => `${r["Source"]}:${r["ID"]}`)).toEqual(want.map((r) => `${r.Source}:${r.ID}`));
    got.forEach((r, i) => {
      for (const key of ["Title", "Goal ID", "Lead", "Start", "End", "Budget", "Status"] as const) expect([r["ID"], key, r[key]]).toEqual([r["ID"], key, want[i][key]]);
      expect(close(r["Progress"], want[i].Progress)).toBe(true);
    });
  });

  test("headline figures are live formulas behind the contract's names", () => {
    const dash = ref.dashboard(data.tblActions, data.tblWorkplan, data.tblOtherProjects);
    const statuses = data.tblIndicators.map((i) => ref.indicator(i, data.tblIndicatorValues, thresholds).status);
    expect(sample.nameValue("kpiOngoing")).toBe(dash.length);
    expect(sample.nameValue("kpiBudget")).toBe(dash.filter((d) => d.Source !== "Activity").reduce((s, d) => s + (d.Budget as number), 0));
    const gap = dash.filter((d) => d.Source === "Action").reduce((s, d) => s + (ref.fundingGap(data.tblActions.find((a) => a["Action ID"] === d.ID)!, data.tblFunding) as number), 0);
    expect(sample.nameValue("kpiFundingGap")).toBe(gap);
    expect(sample.nameValue("kpiOnTrack")).toBe(statuses.filter((s) => s === "On track").length);
    expect(sample.nameValue("kpiAtRisk")).toBe(statuses.filter((s) => s === "At risk").length);
    expect(sample.nameValue("kpiOffTrack")).toBe(statuses.filter((s) => s === "Off track").length);
    expect(sample.nameValue("kpiNoData")).toBe(statuses.filter((s) => s === "No data").length);
  });
});

describe("an empty plan", () => {
  test("computed cells of blank rows are blank, not zeros", () => {
    const actions = empty.table("tblActions").rows;
    expect(actions).toHaveLength(1);
    expect(actions[0]["Committed"] ?? "").toBe("");
    expect(empty.table("tblIndicators").rows[0]["Status"] ?? "").toBe("");
    expect(empty.nameValue("kpiOngoing")).toBe(0);
  });
});
