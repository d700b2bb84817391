import { checkPlan } from "../../../src/model/check/check-plan";
import { action, cleanInput, findingsOf, one, planWith } from "./plan-builder";

const goalsAt = (cell: string) => `'2 Priorities'!${cell}`;

describe("goals", () => {
  test("a selected goal without actions is a warning on its Goal ID", () => {
    const goals = [...cleanInput().tblGoals, { "Goal ID": "G4", Objective: "Reintegration", Selected: "Yes" }];
    const f = one(planWith({ tblGoals: goals }), "goal-without-actions");
    expect(f).toMatchObject({ severity: "warning", stage: 2, table: "tblGoals", id: "G4", column: "Goal ID", cell: goalsAt("A10") });
    expect(f.message).toContain("G4");
    expect(f.message).toContain("stage 3");
  });

  test("an unselected goal may have no actions; goal IDs match ignoring case", () => {
    const actions = [action({ "Action ID": "A1", "Goal ID": "g1 ", "Indicator IDs": "I1, I2" }), action({ "Action ID": "A2", "Goal ID": "G2", "Indicator IDs": "I3" })];
    expect(checkPlan(planWith({ tblActions: actions }))).toEqual([]);
  });

  test("more selected goals than the setting allows is a warning", () => {
    const plan = planWith({}, { settings: { maxGoals: 1 } });
    const f = one(plan, "goals-too-many");
    expect(f).toMatchObject({ severity: "warning", id: "G2", column: "Selected", cell: goalsAt("H8") });
    expect(f.message).toContain("2 goals are selected (G1, G2)");
    expect(f.message).toContain("limit of 1");
    expect(findingsOf(planWith({}, { settings: { maxGoals: 2 } }), "goals-too-many")).toEqual([]);
  });

  test("goals without any selected is a warning", () => {
    const goals = cleanInput().tblGoals.map((g) => ({ ...g, Selected: "No" }));
    expect(one(planWith({ tblGoals: goals }), "goals-none-selected")).toMatchObject({ severity: "warning", cell: goalsAt("H7") });
  });
});

describe("IDs", () => {
  test("a repeated Action ID is an error on each repeating row, case and spaces ignored", () => {
    const [a1, a2] = cleanInput().tblActions;
    const plan = planWith({ tblActions: [a1, a2, { ...a2, "Action ID": " a1" }, { ...a2, "Action ID": "A1" }] });
    const found = findingsOf(plan, "id-duplicate");
    expect(found.map((f) => [f.severity, f.id, f.cell])).toEqual([
      ["error", "a1", "'3 Plan of Action'!A9"],
      ["error", "A1", "'3 Plan of Action'!A10"],
    ]);
    expect(found[0].message).toContain('Action ID "a1"');
    expect(found[0].message).toBe(`Action ID "a1" (row 3) repeats A1 of row 1 ('3 Plan of Action'!A7); expected IDs unique in the "Actions" table. Give this row its own ID, e.g. A3, and update the rows that refer to it.`);
    // The pane's reader clicks the finding to go there: the earlier cell in words.
    expect(findingsOf(plan, "id-duplicate", "pane")[0].message).toContain("repeats A1 of row 1 (3 Plan of Action, cell A7);");
  });

  test("Goal, Indicator and Activity IDs must be unique too", () => {
    const input = cleanInput();
    const plan = planWith({
      tblGoals: [...input.tblGoals, { "Goal ID": "G2", Objective: "Again", Selected: "No" }],
      tblIndicators: [...input.tblIndicators, { ...input.tblIndicators[0] }],
      tblWorkplan: [...input.tblWorkplan, { ...input.tblWorkplan[0] }],
    });
    expect(findingsOf(plan, "id-duplicate").map((f) => [f.table, f.id])).toEqual([
      ["tblGoals", "G2"],
      ["tblWorkplan", "W1"],
      ["tblIndicators", "I1"],
    ]);
  });

  test("a row without its ID is an error suggesting a free one", () => {
    const [a1, a2] = cleanInput().tblActions;
    const f = one(planWith({ tblActions: [a1, { ...a2, "Action ID": null }] }), "id-missing");
    expect(f).toMatchObject({ severity: "error", column: "Action ID", cell: "'3 Plan of Action'!A8" });
    expect(f.message).toContain("A2");
  });
});
