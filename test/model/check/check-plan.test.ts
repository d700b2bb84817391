import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkPlan, RULES, summarise } from "../../../src/model/check/check-plan";
import { KEY_COLUMNS, TABLE_NAMES } from "../../../src/model/contract";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { capacityMatrixTable } from "../../../src/model/derived/capacity-matrix";
import { dashboardRows } from "../../../src/model/derived/dashboard";
import { action, buildPlan, cleanInput, err, planWith, type Row, type Value } from "./plan-builder";

describe("RULES", () => {
  test("ids are unique and every rule has a severity", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(["error", "warning", "info"]).toContain(r.severity);
  });

  test("every rule is exercised by a test", () => {
    const tests = readdirSync(__dirname)
      .filter((f) => f.endsWith(".test.ts") && f !== "check-plan.test.ts")
      .map((f) => readFileSync(join(__dirname, f), "utf8"))
      .join("\n");
    expect(RULES.map((r) => r.id).filter((id) => !tests.includes(`"${id}"`))).toEqual([]);
  });
});

describe("checkPlan", () => {
  test("findings come sorted by stage, table, row and column, with the severity of their rule", () => {
    const [a1, a2] = cleanInput().tblActions;
    const plan = planWith(
      {
        tblActions: [a1, { ...a2, Budget: "lots", "Goal ID": "G9" }, action({ "Action ID": "A3", "Goal ID": "G1", "Indicator IDs": "I1", Title: null })],
        tblRisks: [{ ...cleanInput().tblRisks[0], Likelihood: 9 }],
      },
      { settingsFound: false },
    );
    const findings = checkPlan(plan);
    expect(findings.map((f) => [f.stage, f.table, f.rule, f.cell])).toEqual([
      [0, "tblSettings", "settings-missing", undefined],
      [0, "tblDashboard", "dashboard-out-of-date", "Dashboard!A6"],
      [2, "tblGoals", "goal-without-actions", "'2 Priorities'!A8"],
      [3, "tblActions", "action-goal-unknown", "'3 Plan of Action'!C8"],
      [3, "tblActions", "number-invalid", "'3 Plan of Action'!I8"],
      [3, "tblActions", "value-required", "'3 Plan of Action'!B9"],
      [5, "tblRisks", "rating-range", "'5 Risks'!E7"],
    ]);
    const severity = new Map(RULES.map((r) => [r.id, r.severity]));
    for (const f of findings) expect(f.severity).toBe(severity.get(f.rule));
  });

  test("the sample plan has only the warning it is meant to show", () => {
    // The derived tables as the sample workbook holds them.
    const matrix = capacityMatrixTable(SAMPLE_DATA.tblCapacity!);
    const dashboard = dashboardRows({ actions: SAMPLE_DATA.tblActions!, workplan: SAMPLE_DATA.tblWorkplan!, otherProjects: SAMPLE_DATA.tblOtherProjects! });
    const input = { ...(SAMPLE_DATA as Record<string, Row[]>), tblCapacityMatrix: { headers: matrix.table.columns.map((c) => c.header), rows: matrix.rows }, tblDashboard: dashboard };
    const plan = buildPlan(input, { settings: SAMPLE_SETTINGS });
    expect(checkPlan(plan).map((f) => [f.rule, f.id])).toEqual([["action-not-endorsed", "A4"]]);
  });

  test("junk in every cell of every table never crashes, and every finding points somewhere", () => {
    const junk: Value[] = ["", " ", "lots", "1500", "31/03/2027", -3, 0, 2027, 1e9, true, err("#N/A"), err("#REF!"), "G1", "a1", "I1, I9"];
    const input: Record<string, Row[]> = {};
    TABLE_NAMES.forEach((name, t) => {
      input[name] = junk.map((_, r) => Object.fromEntries(KEY_COLUMNS[name].map((h, c) => [h, junk[(r + c + t) % junk.length]])));
    });
    const findings = checkPlan(buildPlan(input, { settings: { startYear: Number.NaN } }));
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) {
      expect(f.cell).toMatch(/^('.+'|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+$/);
      expect(f.message.length).toBeGreaterThan(20);
    }
  });
});

describe("summarise", () => {
  test("counts findings by severity, selected goals, actions and the numeric budget total", () => {
    const [a1, a2] = cleanInput().tblActions;
    const plan = planWith({ tblActions: [a1, null, { ...a2, Budget: "1500" }, action({ "Action ID": "A3", "Goal ID": "G1", "Indicator IDs": "I1", Budget: 150000, Endorsed: "No" })] });
    const findings = checkPlan(plan);
    // Warnings: A3 not endorsed, and A3 not yet on the dashboard.
    expect(summarise(plan, findings)).toEqual({ errors: 1, warnings: 2, infos: 0, goals: 2, actions: 3, totalBudget: 1000000 });
  });

  test("works on a plan without tables", () => {
    const plan = buildPlan({}, { omit: [...TABLE_NAMES] });
    expect(summarise(plan, checkPlan(plan))).toMatchObject({ errors: TABLE_NAMES.length, goals: 0, actions: 0, totalBudget: 0 });
  });
});
