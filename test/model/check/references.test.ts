import { checkPlan } from "../../../src/model/check/check-plan";
import { cleanInput, findingsOf, one, planWith } from "./plan-builder";

describe("references to actions", () => {
  test("an unknown Action ID in funding, workplan, risks, capacity and indicators is an error on that cell", () => {
    const input = cleanInput();
    const plan = planWith({
      tblCapacity: [{ ...input.tblCapacity[0], "Action ID": "A9" }],
      tblFunding: [{ ...input.tblFunding[0], "Action ID": "A9" }],
      tblWorkplan: [{ ...input.tblWorkplan[0], "Action ID": "A9" }],
      tblRisks: [{ ...input.tblRisks[0], "Action ID": "A9" }],
      tblIndicators: [{ ...input.tblIndicators[0], "Action ID": "A9" }, ...input.tblIndicators.slice(1)],
    });
    const found = findingsOf(plan, "action-ref-unknown");
    expect(found.map((f) => [f.severity, f.table, f.column, f.cell])).toEqual([
      ["error", "tblCapacity", "Action ID", "'4 Capacity & resources'!I7"],
      ["error", "tblFunding", "Action ID", "'4 Capacity & resources'!D7"],
      ["error", "tblWorkplan", "Action ID", "'5 Implementation'!B7"],
      ["error", "tblRisks", "Action ID", "'5 Risks'!B7"],
      ["error", "tblIndicators", "Action ID", "'6 M&E'!B7"],
    ]);
    expect(found[1].message).toBe('"Funding sources" row 1 ("EU facility"): Action ID "A9" is not an action in the "Actions" table; expected one of A1, A2, or blank. Correct the ID, or add action A9 in stage 3.');
    expect(found[1].message).toContain('Action ID "A9"');
    expect(found[1].message).toContain("A1, A2");
    expect(found[2].message).toContain("Activity W1");
  });

  test("blank and differently written Action IDs are fine", () => {
    const input = cleanInput();
    const plan = planWith({ tblFunding: [{ ...input.tblFunding[0], "Action ID": null }], tblRisks: [{ ...input.tblRisks[0], "Action ID": " a2 " }] });
    expect(checkPlan(plan)).toEqual([]);
  });

  test("an unknown Goal ID of another project or an indicator is an error", () => {
    const input = cleanInput();
    const f = one(planWith({ tblOtherProjects: [{ ...input.tblOtherProjects[0], "Goal ID": "G7" }] }), "goal-ref-unknown");
    expect(f).toMatchObject({ severity: "error", table: "tblOtherProjects", id: "P1", cell: "'5 Implementation'!E7" });
    expect(f.message).toContain('"G7"');
  });

  test("without tblActions nothing is claimed about the references", () => {
    const plan = planWith({ tblFunding: [{ ...cleanInput().tblFunding[0], "Action ID": "A9" }] }, { omit: ["tblActions"] });
    expect(findingsOf(plan, "action-ref-unknown")).toEqual([]);
  });
});
