import { checkPlan } from "../../../src/model/check/check-plan";
import { action, cleanInput, date, err, findingsOf, one, planWith, type Value } from "./plan-builder";

/** The clean plan with action A2 changed; A2 is body row 2 (sheet row 8) of tblActions from column A. */
function withA2(changes: Record<string, Value>, settings = {}) {
  const [a1] = cleanInput().tblActions;
  return planWith({ tblActions: [a1, action({ "Action ID": "A2", "Goal ID": "G2", "Indicator IDs": "I3", ...changes })] }, { settings });
}
const at = (cell: string) => `'3 Plan of Action'!${cell}`;

function expectNames(message: string, ...parts: string[]) {
  for (const p of parts) expect(message).toContain(p);
}

describe("an action's goal", () => {
  test("an unknown Goal ID is an error on the action's Goal ID cell", () => {
    const f = one(withA2({ "Goal ID": "G9" }), "action-goal-unknown");
    expect(f).toMatchObject({ severity: "error", stage: 3, table: "tblActions", id: "A2", column: "Goal ID", cell: at("C8") });
    expectNames(f.message, "A2", "Goal ID", '"G9"', "G1, G2, G3");
  });

  test("Goal IDs match ignoring case and spaces", () => {
    expect(checkPlan(withA2({ "Goal ID": " g2 " }))).toEqual([]);
  });

  test("a goal that is not selected is an error", () => {
    const f = one(withA2({ "Goal ID": "G3" }), "action-goal-not-selected");
    expect(f).toMatchObject({ severity: "error", id: "A2", column: "Goal ID", cell: at("C8") });
    expectNames(f.message, "A2", "G3", '"No"', "Selected");
  });
});

describe("required cells", () => {
  test("Title and Lead agency are required", () => {
    const found = findingsOf(withA2({ Title: null, "Lead agency": "   " }), "value-required");
    expect(found.map((f) => [f.severity, f.column, f.cell])).toEqual([
      ["error", "Title", at("B8")],
      ["error", "Lead agency", at("E8")],
    ]);
    expectNames(found[0].message, "A2", "Title", "blank");
  });

  test("a blank Goal ID is required, not unknown", () => {
    const plan = withA2({ "Goal ID": null });
    expect(one(plan, "value-required").column).toBe("Goal ID");
    expect(findingsOf(plan, "action-goal-unknown")).toEqual([]);
  });
});

describe("Start and End", () => {
  test("a date typed as text is an error with the fix", () => {
    for (const typed of ["31/03/2027", "2027-03-31"]) {
      const f = one(withA2({ End: typed }), "date-text");
      expect(f).toMatchObject({ severity: "error", id: "A2", column: "End", cell: at("H8") });
      expectNames(f.message, "A2", "End", `"${typed}"`, "2027-03-31", "etype it as a date");
    }
  });

  test("words, a year alone and error values are not dates", () => {
    expect(one(withA2({ Start: "next year" }), "date-invalid").message).toContain('"next year"');
    const year = one(withA2({ Start: 2027 }), "date-invalid");
    expect(year.cell).toBe(at("G8"));
    expectNames(year.message, "A2", "Start", "2027", "a year alone is not a date");
    expect(one(withA2({ Start: err("#REF!") }), "date-invalid").message).toContain("#REF!");
  });

  test("a serial number in range is a date", () => {
    expect(checkPlan(withA2({ Start: date("2026-03-01"), End: date("2026-03-01") }))).toEqual([]);
  });

  test("End before Start is an error on End", () => {
    const f = one(withA2({ Start: date("2027-06-30"), End: date("2026-01-01") }), "date-order");
    expect(f).toMatchObject({ severity: "error", column: "End", cell: at("H8") });
    expectNames(f.message, "A2", "2026-01-01", "2027-06-30");
  });

  test("dates outside the plan period are warnings on each date", () => {
    const found = findingsOf(withA2({ Start: date("2024-05-01"), End: date("2031-01-01") }), "action-outside-plan");
    expect(found.map((f) => [f.severity, f.column, f.cell])).toEqual([
      ["warning", "Start", at("G8")],
      ["warning", "End", at("H8")],
    ]);
    expectNames(found[0].message, "A2", "Start", "2024-05-01", "2026-01-01 to 2030-12-31");
    expect(findingsOf(withA2({ Start: date("2024-05-01") }, { startYear: 2024 }), "action-outside-plan")).toEqual([]);
  });
});

describe("Budget", () => {
  test("words are an error", () => {
    const f = one(withA2({ Budget: "lots" }), "number-invalid");
    expect(f).toMatchObject({ severity: "error", id: "A2", column: "Budget", cell: at("I8") });
    expectNames(f.message, "A2", "Budget", '"lots"', "0 or more");
  });

  test("error values are errors", () => {
    for (const e of ["#REF!", "#N/A"]) expect(one(withA2({ Budget: err(e) }), "number-invalid").message).toContain(e);
  });

  test("a negative amount is an error", () => {
    const f = one(withA2({ Budget: -5 }), "number-negative");
    expect(f).toMatchObject({ severity: "error", cell: at("I8") });
    expectNames(f.message, "A2", "Budget", "-5", "0 or more");
  });

  test("a number stored as text is an error with its fix", () => {
    const f = one(withA2({ Budget: "1500" }), "number-text");
    expect(f).toMatchObject({ severity: "error", column: "Budget", cell: at("I8") });
    expectNames(f.message, "A2", "Budget", '"1500"', "retype it as a number", "Data > Text to Columns");
  });

  test("a blank budget is a warning; 0 is fine", () => {
    expect(one(withA2({ Budget: null }), "value-recommended")).toMatchObject({ severity: "warning", column: "Budget" });
    expect(checkPlan(withA2({ Budget: 0 }))).toEqual([]);
  });
});

describe("Indicator IDs", () => {
  test("an unknown indicator is an error naming it", () => {
    const f = one(withA2({ "Indicator IDs": "I3, I9" }), "action-indicator-unknown");
    expect(f).toMatchObject({ severity: "error", id: "A2", column: "Indicator IDs", cell: at("K8") });
    expectNames(f.message, "A2", "Indicator IDs", '"I9"', "I1, I2, I3");
  });

  test("spaces around IDs and their case do not matter", () => {
    expect(checkPlan(withA2({ "Indicator IDs": " i3 ,I1 " }))).toEqual(expect.not.arrayContaining([expect.objectContaining({ rule: "action-indicator-unknown" })]));
  });

  test("IDs separated by semicolons get a hint", () => {
    expect(one(withA2({ "Indicator IDs": "I3; I1" }), "action-indicator-unknown").message).toContain("Separate IDs with commas");
  });

  test("an action without indicators is a warning", () => {
    const f = one(withA2({ "Indicator IDs": null }), "action-no-indicators");
    expect(f).toMatchObject({ severity: "warning", cell: at("K8") });
  });
});

describe("Endorsed and Status", () => {
  test("work under way without endorsement is a warning on Endorsed", () => {
    const f = one(withA2({ Status: "Delayed", Endorsed: "No" }), "action-not-endorsed");
    expect(f).toMatchObject({ severity: "warning", column: "Endorsed", cell: at("L8") });
    expectNames(f.message, "A2", "Delayed", '"No"');
    expect(one(withA2({ Status: "Ongoing", Endorsed: null }), "action-not-endorsed").message).toContain("blank");
    expect(checkPlan(withA2({ Status: "Planned", Endorsed: "No" }))).toEqual([]);
  });

  test("a Status outside the list is an error; case does not matter", () => {
    const f = one(withA2({ Status: "In progress" }), "status-invalid");
    expect(f).toMatchObject({ severity: "error", column: "Status", cell: at("M8") });
    expectNames(f.message, "A2", "Status", '"In progress"', "Planned, Ongoing, Delayed, Completed, Cancelled");
    expect(checkPlan(withA2({ Status: " ongoing " }))).toEqual([]);
  });

  test("Yes/No columns accept only Yes or No", () => {
    const f = one(withA2({ Endorsed: "Y" }), "yes-no-invalid");
    expect(f).toMatchObject({ severity: "error", column: "Endorsed", cell: at("L8") });
    expectNames(f.message, "A2", "Endorsed", '"Y"', "Yes, No");
    expect(one(withA2({ Endorsed: true }), "yes-no-invalid").message).toContain("Type Yes instead of TRUE");
  });
});
