import { checkPlan } from "../../../src/model/check/check-plan";
import { KEY_COLUMNS } from "../../../src/model/contract";
import { action, buildPlan, cleanInput, date, findingsOf, one, planWith } from "./plan-builder";

describe("the clean plan", () => {
  test("has nothing to flag", () => {
    expect(checkPlan(buildPlan(cleanInput()))).toEqual([]);
  });
});

describe("missing tables and columns", () => {
  test("a missing table is an error naming it by caption and Excel name, and the way to restore it; its rules are skipped", () => {
    const plan = buildPlan(cleanInput(), { omit: ["tblGoals"] });
    const f = one(plan, "table-missing");
    expect(f).toMatchObject({ severity: "error", stage: 2, table: "tblGoals" });
    // The code name where the planner types it back (Table Name); mdplan's command for mdplan's reader.
    expect(f.message).toBe(
      'The "Priority goals" table (normally on the sheet "2 Priorities") is missing, so its checks were skipped; expected an Excel table named tblGoals. If you renamed it, name it tblGoals again (Table Design > Table Name); otherwise run mdplan refresh FILE.',
    );
    // The pane's reader gets the pane's button, and no command line.
    const pane = checkPlan(plan, undefined, "pane").find((x) => x.rule === "table-missing")!;
    expect(pane.message).toMatch(/; otherwise open stage 2 and press "Set up this stage"\.$/);
    expect(pane.message).not.toMatch(/mdplan/);
    // Actions refer to goals, but without the goals table nothing is claimed about them.
    expect(findingsOf(plan, "action-goal-unknown")).toEqual([]);
    expect(findingsOf(plan, "goal-without-actions")).toEqual([]);
  });

  test("every contract table can be missing at once without a crash", () => {
    const plan = { tables: {}, settings: buildPlan({}).settings, settingsFound: true };
    const findings = checkPlan(plan);
    expect(findings.filter((f) => f.rule === "table-missing")).toHaveLength(Object.keys(KEY_COLUMNS).length);
    expect(findings.every((f) => f.rule === "table-missing")).toBe(true);
  });

  test("a workbook with none of the tables and no settings is no plan: one finding says so and how to add one", () => {
    const findings = checkPlan({ tables: {}, settings: buildPlan({}).settings, settingsFound: false });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "no-plan", severity: "error" });
    expect(findings[0].message).toBe('No M&D plan in this workbook (none of its tables, such as "Priority goals" and "Actions", and no "Settings" table). To add one, run mdplan refresh FILE.');
    const [pane] = checkPlan({ tables: {}, settings: buildPlan({}).settings, settingsFound: false }, undefined, "pane");
    expect(pane.message).toBe('No M&D plan in this workbook (none of its tables, such as "Priority goals" and "Actions", and no "Settings" table). To add one, press "Set up workbook".');
  });

  test("a missing key column is an error at the table's header; rules needing it are skipped", () => {
    const headers = KEY_COLUMNS.tblActions.filter((h) => h !== "Goal ID" && h !== "Budget");
    const input = { ...cleanInput(), tblActions: { headers, at: "C", rows: [action({ "Action ID": "A1", "Goal ID": "G9", Budget: "lots", "Indicator IDs": "I1, I2" })] } };
    const plan = buildPlan(input);
    const missing = findingsOf(plan, "column-missing");
    expect(missing.map((f) => f.column)).toEqual(["Goal ID", "Budget"]);
    expect(missing[0]).toMatchObject({ severity: "error", stage: 3, table: "tblActions", cell: "'3 Plan of Action'!C6" });
    expect(missing[0].message).toBe(
      'The "Actions" table has no column "Goal ID" (headers found: Action ID, Title, National development goal, Lead agency, Partners, Start, End, Funding source, Indicator IDs, Endorsed, Status, Committed, Funding gap), so checks that need it were skipped; expected a header "Goal ID". If you renamed it, type the header back as "Goal ID"; otherwise run mdplan refresh FILE.',
    );
    expect(findingsOf(plan, "action-goal-unknown")).toEqual([]);
    expect(findingsOf(plan, "number-invalid")).toEqual([]);
    // Goals can no longer be matched to actions: no false "goal without actions".
    expect(findingsOf(plan, "goal-without-actions")).toEqual([]);
  });

  test("a plan read without settings warns that the defaults were used", () => {
    const f = one(buildPlan(cleanInput(), { settingsFound: false }), "settings-missing");
    expect(f).toMatchObject({ severity: "warning", stage: 0 });
    expect(f.message).toContain("2026 to 2030");
  });

  test("a table keyed by another spelling of its name is found", () => {
    const plan = buildPlan(cleanInput());
    plan.tables["TBLACTIONS"] = plan.tables["tblActions"];
    delete plan.tables["tblActions"];
    expect(checkPlan(plan)).toEqual([]);
  });
});

describe("columns are found through their headers", () => {
  // A user moved Budget to the front, inserted a Notes column, retyped two headers and left blank rows.
  const headers = ["  budget", "Notes", ...KEY_COLUMNS.tblActions.filter((h) => h !== "Budget").map((h) => (h === "Goal ID" ? "GOAL ID " : h))];
  const rows = [
    null,
    action({ "Action ID": "A1", "Goal ID": "G1", "Indicator IDs": "I1, I2", Notes: "moved columns" }),
    null,
    null,
    action({ "Action ID": "A2", "Goal ID": "g9", "Indicator IDs": "I3", Budget: "lots" }),
  ];
  const plan = planWith({}, {});
  plan.tables["tblActions"] = buildPlan({ tblActions: { headers, at: "C", rows } }).tables["tblActions"];

  test("addresses follow the headers as written, blank rows are skipped", () => {
    const findings = checkPlan(plan);
    const goal = findings.find((f) => f.rule === "action-goal-unknown");
    // Row 5 of the body (sheet row 11); Goal ID is the 5th column from C (budget, Notes, Action ID, Title, GOAL ID): G.
    expect(goal).toMatchObject({ id: "A2", column: "Goal ID", cell: "'3 Plan of Action'!G11" });
    const budget = findings.find((f) => f.rule === "number-invalid");
    expect(budget).toMatchObject({ id: "A2", column: "Budget", cell: "'3 Plan of Action'!C11" });
    expect(findings.filter((f) => f.rule === "value-required")).toEqual([]);
    expect(findings.filter((f) => f.table === "tblActions").map((f) => f.rule)).toEqual(["number-invalid", "action-goal-unknown"]);
  });

  test("a row that only has formulas showing blank or 0 is blank", () => {
    const p = planWith({ tblActions: [...cleanInput().tblActions, { Committed: 0, "Funding gap": "" }] });
    expect(checkPlan(p)).toEqual([]);
  });

  test("a start column other than A and a quoted sheet name give sheet-qualified addresses", () => {
    const p = buildPlan({ ...cleanInput(), tblWorkplan: { at: "M", rows: [{ "Activity ID": "W1", "Action ID": "A1", Activity: "x", Start: "soon", End: date("2026-01-01") }] } });
    expect(one(p, "date-invalid").cell).toBe("'5 Implementation'!P7");
  });
});
