import { cleanInput, findingsOf, one, planWith } from "./plan-builder";

test("a matrix that matches the capacity assessment raises nothing", () => {
  expect(findingsOf(planWith({}), "capacity-matrix-out-of-date")).toEqual([]);
  expect(findingsOf(planWith({}), "dashboard-out-of-date")).toEqual([]);
});

test("a stakeholder or an area added after the matrix was built: a warning at the matrix with the fix", () => {
  const capacity = [
    ...(cleanInput().tblCapacity as Record<string, unknown>[]),
    { Stakeholder: "Central Bank", "Capacity area": "Engage stakeholders", Level: "Individual", Current: 1, Required: 3 },
  ];
  const f = one(planWith({ tblCapacity: capacity as never }), "capacity-matrix-out-of-date");
  expect(f).toMatchObject({ severity: "warning", stage: 4, table: "tblCapacityMatrix", cell: "'4 Capacity matrix'!A6" });
  expect(f.message).toMatch(/lacks the stakeholder\(s\) .*Central Bank.* and lacks the capacity area\(s\) .*Engage stakeholders/);
  expect(f.message).toBe('The capacity-gap matrix lacks the stakeholder(s) Central Bank and lacks the capacity area(s) Engage stakeholders in the "Capacity assessment" table. Run mdplan refresh FILE.');
  expect(one(planWith({ tblCapacity: capacity as never }), "capacity-matrix-out-of-date", "pane").message).toMatch(/ in the "Capacity assessment" table\. Press "Build capacity matrix" \(stage 4\)\.$/);
});

test("an item finished or added since the dashboard was refreshed: a warning naming it", () => {
  const actions = (cleanInput().tblActions as Record<string, unknown>[]).map((a) => (a["Action ID"] === "A2" ? { ...a, Status: "Completed" } : a));
  const f = one(planWith({ tblActions: actions as never }), "dashboard-out-of-date");
  expect(f.message).toMatch(/still lists the item\(s\) .*Action A2.* no longer found/);
  expect(f.message).toMatch(/ Run mdplan refresh FILE\.$/);
  expect(one(planWith({ tblActions: actions as never }), "dashboard-out-of-date", "pane").message).toMatch(/ among the planned, ongoing and delayed items\. Press "Refresh dashboard"\.$/);
});
