/**
 * Cells a row cannot do without (required: error) and cells the plan's own formulas and the
 * dashboard need to say anything useful (recommended: warning). IDs are checked in ids.ts.
 */
import type { TableName } from "../../contract";
import { isBlank } from "../cells";
import type { RuleGroup } from "../rule";

type Needs = Partial<Record<TableName, Record<string, string>>>;

/** Column → what belongs there, as the message explains it. */
const REQUIRED: Needs = {
  tblGoals: { Objective: "the goal's objective" },
  tblActions: { Title: "the action's title", "Goal ID": "the ID of the selected goal it serves (stage 2)", "Lead agency": "the agency that leads the action" },
  tblCapacity: { Stakeholder: "the stakeholder assessed", "Capacity area": "the capacity area assessed" },
  tblFunding: { Source: "the funding source" },
  tblWorkplan: { Activity: "what the activity does" },
  tblRisks: { Risk: "the risk (the event that could happen)" },
  tblOtherProjects: { Title: "the project's title" },
  tblIndicators: { Indicator: "the indicator's name" },
  tblIndicatorValues: { "Indicator ID": "the ID of the indicator reported on (stage 6)", Period: "the period reported, e.g. 2027 or 2027-Q1" },
};

/** Recommended cells say why they matter: "what (why)". */
const RECOMMENDED: Needs = {
  tblActions: {
    Start: "the start date (the plan period check and the dashboard need it)",
    End: "the end date (the plan period check and the dashboard need it)",
    Budget: "the action's budget, 0 if none (the funding gap and the dashboard total need it)",
  },
  tblWorkplan: {
    "Action ID": "the ID of the action it belongs to (the action's progress on the dashboard needs it)",
    Start: "the start date (the dashboard needs it)",
    End: "the end date (the dashboard needs it)",
  },
  tblRisks: { Likelihood: "a likelihood from 1 to 5 (Score and Rating need it)", Impact: "an impact from 1 to 5 (Score and Rating need it)" },
  tblIndicators: {
    Baseline: "the baseline value (Progress needs it)",
    "Baseline year": "the baseline's year (the expected progress needs it)",
    Target: "the target value (Progress needs it)",
    "Target year": "the target's year (the expected progress needs it)",
  },
  tblIndicatorValues: { Value: "the value reported (a row without one does not count)" },
};

export const requiredRules: RuleGroup = {
  rules: [
    { id: "value-required", severity: "error", stage: 0, summary: "A required cell is blank (e.g. an action's Title, Goal ID or Lead agency)." },
    { id: "value-recommended", severity: "warning", stage: 0, summary: "A cell the calculations need is blank (dates, budget, ratings, baseline and target)." },
  ],
  run(ctx) {
    const pass = (rule: string, needs: Needs) => {
      for (const [name, columns] of Object.entries(needs) as [TableName, Record<string, string>][]) {
        const table = ctx.table(name);
        if (!table) continue;
        for (const row of table.rows) {
          for (const [column, what] of Object.entries(columns)) {
            if (!table.has(column) || !isBlank(row.cell(column))) continue;
            ctx.report(rule, { table: name, row, column }, `${row.label}: ${column} is blank; expected ${what}. Fill it in.`);
          }
        }
      }
    };
    pass("value-required", REQUIRED);
    pass("value-recommended", RECOMMENDED);
  },
};
