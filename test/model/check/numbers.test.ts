import { checkPlan } from "../../../src/model/check/check-plan";
import { cleanInput, date, findingsOf, one, planWith, type Row } from "./plan-builder";

const impl = (cell: string) => `'5 Implementation'!${cell}`;

function withActivity(changes: Record<string, unknown>) {
  return planWith({ tblWorkplan: [{ ...cleanInput().tblWorkplan[0], ...changes } as Row] });
}
function withRisk(changes: Record<string, unknown>) {
  return planWith({ tblRisks: [{ ...cleanInput().tblRisks[0], ...changes } as Row] });
}

describe("Percent complete", () => {
  test("60 typed for 60 % is an error that says what was meant", () => {
    const f = one(withActivity({ "Percent complete": 60 }), "percent-range");
    expect(f).toMatchObject({ severity: "error", stage: 5, id: "W1", column: "Percent complete", cell: impl("J7") });
    expect(f.message).toContain("W1");
    expect(f.message).toContain("6000 %");
    expect(f.message).toContain("60%");
  });

  test("a share as text is a number stored as text", () => {
    expect(one(withActivity({ "Percent complete": "60%" }), "number-text").cell).toBe(impl("J7"));
  });

  test("0 % and 100 % are fine", () => {
    expect(checkPlan(withActivity({ "Percent complete": 0 }))).toEqual([]);
    expect(checkPlan(withActivity({ "Percent complete": 1 }))).toEqual([]);
  });
});

describe("ratings", () => {
  test("Likelihood and Impact outside 1-5 or not whole are errors", () => {
    const found = findingsOf(withRisk({ Likelihood: 6, Impact: 2.5 }), "rating-range");
    expect(found.map((f) => [f.severity, f.column, f.cell])).toEqual([
      ["error", "Likelihood", "'5 Risks'!E7"],
      ["error", "Impact", "'5 Risks'!F7"],
    ]);
    expect(found[0].message).toContain("R1");
    expect(found[0].message).toContain("Likelihood is 6");
  });

  test("Current and Required of capacity are ratings too", () => {
    const row = { ...cleanInput().tblCapacity[0], Current: 0 } as Row;
    expect(one(planWith({ tblCapacity: [row] }), "rating-range")).toMatchObject({ column: "Current", cell: "'4 Capacity & resources'!D7" });
  });

  test("a rating typed as words is not a number", () => {
    expect(one(withRisk({ Impact: "high" }), "number-invalid").message).toContain("a whole number from 1 to 5");
  });
});

describe("years and money elsewhere", () => {
  test("a Baseline year that is not a year is an error", () => {
    const [i1, ...rest] = cleanInput().tblIndicators;
    const f = one(planWith({ tblIndicators: [{ ...i1, "Baseline year": 24 }, ...rest] }), "year-range");
    expect(f).toMatchObject({ severity: "error", column: "Baseline year", cell: "'6 M&E'!M7" });
  });

  test("a negative Disbursed is an error; disbursing more than committed is a warning", () => {
    const base = cleanInput().tblFunding[0] as Record<string, unknown>;
    expect(one(planWith({ tblFunding: [{ ...base, Disbursed: -1 } as Row] }), "number-negative").column).toBe("Disbursed");
    const f = one(planWith({ tblFunding: [{ ...base, Disbursed: 450000 } as Row] }), "disbursed-over-committed");
    expect(f).toMatchObject({ severity: "warning", column: "Disbursed", cell: "'4 Capacity & resources'!G7" });
    expect(f.message).toContain("450000");
  });

  test("activities costing more than their action is a warning on the action's Budget", () => {
    const f = one(withActivity({ Budget: 900000 }), "activities-over-budget");
    expect(f).toMatchObject({ severity: "warning", stage: 3, id: "A1", column: "Budget", cell: "'3 Plan of Action'!I7" });
    expect(f.message).toContain("850000");
    expect(f.message).toContain("900000");
  });

  test("an activity outside its action's dates is a warning", () => {
    const f = one(withActivity({ End: date("2028-06-30") }), "activity-outside-action");
    expect(f).toMatchObject({ severity: "warning", id: "W1", column: "End", cell: impl("E7") });
    expect(f.message).toContain("2028-06-30");
    expect(f.message).toContain("2027-12-31");
  });
});
