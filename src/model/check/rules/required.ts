/**
 * Cells a row cannot do without (required: error) and cells the plan's own formulas and the
 * dashboard need to say anything useful (recommended: warning). IDs are checked in ids.ts.
 */
import type { TableName } from "../../contract";
import type { CheckKey } from "../../i18n/check";
import { isBlank } from "../cells";
import type { RuleGroup } from "../rule";

type Needs = Partial<Record<TableName, Record<string, CheckKey>>>;

/** Column → what belongs there, as the message explains it. */
const REQUIRED: Needs = {
  tblGoals: { Objective: "need.goal.objective" },
  tblActions: { Title: "need.action.title", "Goal ID": "need.action.goal", "Lead agency": "need.action.lead" },
  tblCapacity: { Stakeholder: "need.capacity.stakeholder", "Capacity area": "need.capacity.area" },
  tblFunding: { Source: "need.funding.source" },
  tblWorkplan: { Activity: "need.workplan.activity" },
  tblRisks: { Risk: "need.risk.risk" },
  tblOtherProjects: { Title: "need.project.title" },
  tblIndicators: { Indicator: "need.indicator.name" },
  tblIndicatorValues: { "Indicator ID": "need.values.indicator", Period: "need.values.period" },
};

/** Recommended cells say why they matter: "what (why)". */
const RECOMMENDED: Needs = {
  tblActions: { Start: "need.action.start", End: "need.action.end", Budget: "need.action.budget" },
  tblWorkplan: { "Action ID": "need.workplan.action", Start: "need.workplan.start", End: "need.workplan.end" },
  tblRisks: { Likelihood: "need.risk.likelihood", Impact: "need.risk.impact" },
  tblIndicators: {
    Baseline: "need.indicator.baseline",
    "Baseline year": "need.indicator.baselineYear",
    Target: "need.indicator.target",
    "Target year": "need.indicator.targetYear",
  },
  tblIndicatorValues: { Value: "need.values.value" },
};

export const requiredRules: RuleGroup = {
  rules: [
    { id: "value-required", severity: "error" },
    { id: "value-recommended", severity: "warning" },
  ],
  run(ctx) {
    const w = ctx.words;
    // The columns the explanations name, in the workbook's words.
    const named = { score: w.header("Score"), rating: w.header("Rating"), progress: w.header("Progress") };
    const pass = (rule: string, needs: Needs) => {
      for (const [name, columns] of Object.entries(needs) as [TableName, Record<string, CheckKey>][]) {
        const table = ctx.table(name);
        if (!table) continue;
        for (const row of table.rows) {
          for (const [column, what] of Object.entries(columns)) {
            if (!table.has(column) || !isBlank(row.cell(column))) continue;
            ctx.report(rule, { table: name, row, column }, ctx.t("value-blank", { row: row.label, column: w.header(column), what: ctx.t(what, named) }));
          }
        }
      }
    };
    pass("value-required", REQUIRED);
    pass("value-recommended", RECOMMENDED);
  },
};
