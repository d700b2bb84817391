import { checkPlan } from "../../../src/model/check/check-plan";
import { date, cleanInput, err, findingsOf, one, planWith, type Row } from "./plan-builder";

const me = (cell: string) => `'6 M&E'!${cell}`;
const values = (cell: string) => `'6 Indicator values'!${cell}`;

function withIndicator(changes: Record<string, unknown>) {
  const [i1, ...rest] = cleanInput().tblIndicators;
  return planWith({ tblIndicators: [{ ...i1, ...changes } as Row, ...rest] });
}

function withValues(...rows: Row[]) {
  return planWith({ tblIndicatorValues: [...cleanInput().tblIndicatorValues, ...rows] });
}

describe("indicators", () => {
  test("a Target equal to the Baseline is a warning on Target", () => {
    const f = one(withIndicator({ Baseline: 50, Target: 50 }), "indicator-target-equals-baseline");
    // Target is the 14th key column: N.
    expect(f).toMatchObject({ severity: "warning", stage: 6, id: "I1", column: "Target", cell: me("N7") });
    expect(f.message).toContain("I1");
    expect(f.message).toContain("Target 50 equals its Baseline 50");
    expect(findingsOf(withIndicator({ Baseline: 50, Target: 60 }), "indicator-target-equals-baseline")).toEqual([]);
  });

  test("a Target year before the Baseline year is an error", () => {
    const f = one(withIndicator({ "Baseline year": 2028, "Target year": 2025 }), "indicator-years-order");
    expect(f).toMatchObject({ severity: "error", column: "Target year", cell: me("O7") });
  });

  test("an indicator naming an action that does not list it is an info", () => {
    const f = one(withIndicator({ "Action ID": "A2" }), "indicator-action-link");
    expect(f).toMatchObject({ severity: "info", id: "I1", column: "Action ID", cell: me("B7") });
    expect(f.message).toContain('"I3"');
  });

  test("a list value outside its list is a warning", () => {
    const f = one(withIndicator({ Direction: "Up" }), "value-not-in-list");
    expect(f).toMatchObject({ severity: "warning", column: "Direction", cell: me("H7") });
    expect(f.message).toContain('"Up"');
    expect(f.message).toContain("Increase, Decrease");
  });

  test("a calculated column showing an error is an error pointing to the restore", () => {
    const f = one(withIndicator({ Progress: err("#REF!") }), "cell-error");
    expect(f).toMatchObject({ severity: "error", id: "I1", column: "Progress", cell: me("Q7") });
    expect(f.message).toContain("#REF!");
    expect(f.message).toMatch(/ Restore it: run mdplan refresh FILE\.$/);
    expect(one(withIndicator({ Progress: err("#REF!") }), "cell-error", "pane").message).toMatch(/ Restore it: open stage 6 and press "Set up this stage"\.$/);
  });

  test("an error value typed in a text column is an error too", () => {
    const f = one(withIndicator({ Indicator: err("#N/A") }), "cell-error");
    expect(f).toMatchObject({ column: "Indicator", cell: me("E7") });
    expect(f.message).toContain("Retype");
  });
});

describe("indicator values", () => {
  test("values for an unknown indicator are an error", () => {
    const f = one(withValues({ "Indicator ID": "I9", Period: "2026", Value: 3 }), "values-indicator-unknown");
    expect(f).toMatchObject({ severity: "error", table: "tblIndicatorValues", column: "Indicator ID", cell: values("A10") });
    expect(f.message).toContain('"I9"');
  });

  test("a second total row for the same indicator and period is an error on the repeat", () => {
    const f = one(withValues({ "Indicator ID": "i1", Period: " 2026 ", Sex: "total", "Age group": "Total", Value: 5 }), "values-total-duplicate");
    expect(f).toMatchObject({ severity: "error", column: "Period", cell: values("B10") });
    expect(f.message).toContain("i1");
    expect(f.message).toContain(values("B7"));
  });

  test("periods ending in the same month count as one", () => {
    const f = one(withValues({ "Indicator ID": "I1", Period: "2027-03", Value: 5 }), "values-total-duplicate");
    expect(f.message).toContain("2027-Q1 and 2027-03");
  });

  test("disaggregated rows and other periods are not duplicates", () => {
    const plan = withValues({ "Indicator ID": "I1", Period: "2026", Sex: "Male", Value: 150 }, { "Indicator ID": "I1", Period: 2027, Value: 140 });
    // (Whether the values by sex add up is another rule's business: see disaggregation.test.ts.)
    expect(checkPlan(plan).filter((f) => f.rule !== "values-sex-not-total")).toEqual([]);
  });

  test("a malformed period is an error; a period Excel turned into a date says so", () => {
    expect(one(withValues({ "Indicator ID": "I2", Period: "Q1 2027", Value: 1 }), "values-period-invalid").message).toContain('"Q1 2027"');
    const f = one(withValues({ "Indicator ID": "I2", Period: date("2027-03-01"), Value: 1 }), "values-period-invalid");
    expect(f.message).toContain("Excel turned it into the date 2027-03-01");
  });
});
