/**
 * Issue 14: a French or Spanish plan's drop-downs hold its own words, and its formulas count
 * « En cours », not "Ongoing". The rules read every plan in English, so an English value typed in
 * such a plan must not pass for the real one: it is flagged at its cell, quoted as typed, with the
 * values the workbook's drop-down offers.
 */
import { KEY_COLUMNS, type TableName } from "../../../src/model/contract";
import { checkPlan, summarise } from "../../../src/model/check/check-plan";
import type { PlanTables } from "../../../src/model/check/plan-tables";
import type { Language } from "../../../src/model/i18n/language";
import { toLanguage } from "../../../src/model/i18n/workbook/terms";
import { action, buildPlan, cleanInput, type PlanInput, type Row, type TableLayout, type Value } from "./plan-builder";

/** The clean plan as a workbook in that language writes it: headers and drop-down values in its terms. */
function planIn(language: Language, a2: Record<string, Value> = {}): PlanTables {
  const term = toLanguage(language);
  const [a1] = cleanInput().tblActions;
  const input: PlanInput = { ...cleanInput(), tblActions: [a1, action({ "Action ID": "A2", "Goal ID": "G2", "Indicator IDs": "I3" })] };
  const translated = (rows: Row[]): Row[] =>
    rows.map((r) => r && Object.fromEntries(Object.entries(r).map(([h, v]) => [term("headers", h), typeof v === "string" ? term("values", v) : v])));
  const tables = Object.fromEntries(
    Object.entries(input).map(([name, given]) => {
      const layout: TableLayout = Array.isArray(given) ? { rows: given } : (given as TableLayout);
      const rows = translated(layout.rows);
      // A2's spoilt cells stay as typed: that is the point.
      if (name === "tblActions") rows[1] = { ...rows[1], ...Object.fromEntries(Object.entries(a2).map(([h, v]) => [term("headers", h), v])) };
      const headers = layout.headers ?? KEY_COLUMNS[name as TableName];
      return [name, { ...layout, rows, headers: headers.map((h) => term("headers", h)) }];
    }),
  );
  return { ...buildPlan(tables), language };
}

const at = (cell: string) => `'3 Plan of Action'!${cell}`;

describe.each([
  ["fr", "«\u00a0", "\u00a0»"],
  ["es", "«", "»"],
] as const)("an English value typed in a %s plan", (language, open, close) => {
  const term = toLanguage(language);
  const q = (text: string) => `${open}${text}${close}`;

  test("the plan in its own words is clean", () => {
    expect(checkPlan(planIn(language))).toEqual([]);
  });

  test("Status Ongoing is an error at its cell, quoted as typed, naming the drop-down's values and the one to type", () => {
    const findings = checkPlan(planIn(language, { Status: "Ongoing" }));
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["status-invalid", "error", at("M8")]]);
    const message = findings[0].message;
    expect(message).toContain(q("Ongoing"));
    expect(message).toContain(q(term("headers", "Status")));
    expect(message).toContain(["Planned", "Ongoing", "Delayed", "Completed", "Cancelled"].map((v) => term("values", v)).join(", "));
    expect(message).toContain(q(term("values", "Ongoing")));
    expect(message).not.toContain(q(term("values", "Ongoing")) + ",");
  });

  test("in English findings the value is still quoted as typed and the fix names the workbook's word", () => {
    const [f] = checkPlan(planIn(language, { Status: " ongoing " }), "en");
    expect(f).toMatchObject({ rule: "status-invalid", cell: at("M8") });
    expect(f.message).toContain('"ongoing", in English');
    expect(f.message).toContain(`Type "${term("values", "Ongoing")}"`);
  });

  test("Endorsed Yes is an error, and reads as off the list rather than as not endorsed", () => {
    const plan = planIn(language, { Endorsed: "Yes", Status: term("values", "Ongoing") });
    const findings = checkPlan(plan);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["yes-no-invalid", at("L8")]]);
    expect(findings[0].message).toContain(q("Yes"));
    expect(findings[0].message).toContain(q(term("values", "Yes")));
  });

  test("an English value of another list is off this one, quoted as typed", () => {
    const f = checkPlan(planIn(language, { Status: "Yes" })).find((x) => x.rule === "status-invalid");
    expect(f).toMatchObject({ cell: at("M8") });
    expect(f?.message).not.toContain(q(term("values", "Yes")));
    expect(f?.message).toContain(q("Yes"));
  });

  test("an English status is not under way: no endorsement warning on top of the list error", () => {
    const findings = checkPlan(planIn(language, { Status: "Ongoing", Endorsed: null }));
    expect(findings.map((f) => f.rule)).toEqual(["status-invalid"]);
  });

  test("a goal selected with an English Yes is not counted, as the workbook's formulas do not", () => {
    const plan = planIn(language);
    const goals = plan.tables.tblGoals!;
    const selected = goals.headers.find((h) => h === term("headers", "Selected"))!;
    goals.rows[0].cells[selected] = { ...goals.rows[0].cells[selected], value: "Yes" };
    expect(summarise(plan, checkPlan(plan)).goals).toBe(1);
    expect(checkPlan(plan).map((f) => [f.rule, f.cell])).toContainEqual(["yes-no-invalid", goals.rows[0].cells[selected].address]);
    // Action A1 serves G1: the finding quotes what G1's Selected holds as typed, not as « Oui ».
    const served = checkPlan(plan).find((f) => f.rule === "action-goal-not-selected");
    expect(served).toMatchObject({ id: "A1", cell: at("C7") });
    expect(served?.message).toContain(q("Yes"));
  });
});

test("an English plan reads the same values as before", () => {
  const plan = planIn("en", { Status: " ongoing ", Endorsed: "yes" });
  expect(checkPlan(plan)).toEqual([]);
  expect(checkPlan({ ...plan, language: undefined })).toEqual([]);
});
