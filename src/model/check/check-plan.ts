/**
 * The plan check: runs every rule group over the plan's tables and returns findings sorted the
 * way a person works through the workbook (stage, table, row, column). Pure: the hosts read the
 * tables (PlanTables) and show the findings.
 */
import type { Language } from "../i18n/language";
import { inEnglish, workbookLanguage } from "./english-tables";
import { checkWords, type MessageHost } from "./words";
import { numberOf, yesNoOf } from "./cells";
import { CheckContext, type Draft } from "./context";
import type { Finding, PlanTables, Severity } from "./plan-tables";
import type { RuleDef, RuleGroup } from "./rule";
import { actionEndorsedRules } from "./rules/action-endorsed";
import { actionGoalRules } from "./rules/action-goals";
import { actionIndicatorRules } from "./rules/action-indicators";
import { budgetRules } from "./rules/budgets";
import { cellErrorRules } from "./rules/cell-errors";
import { dateRules } from "./rules/dates";
import { goalRules } from "./rules/goals";
import { idRules } from "./rules/ids";
import { indicatorValueRules } from "./rules/indicator-values";
import { indicatorRules } from "./rules/indicators";
import { listRules } from "./rules/lists";
import { numberRules } from "./rules/numbers";
import { periodRules } from "./rules/periods";
import { rangeRules } from "./rules/ranges";
import { referenceRules } from "./rules/references";
import { requiredRules } from "./rules/required";
import { structureRules } from "./rules/structure";
import { settingsRules } from "./rules/settings";
import { derivedTableRules } from "./rules/derived-tables";
import { disaggregationRules } from "./rules/disaggregation";
import { dataSourceRules } from "./rules/data-sources";

export type { Finding, PlanTables, Severity } from "./plan-tables";
export type { RuleDef } from "./rule";
export type { MessageHost } from "./words";

/** In this order, so findings on the same cell read from the most basic problem on. */
const GROUPS: readonly RuleGroup[] = [
  structureRules,
  settingsRules,
  idRules,
  requiredRules,
  cellErrorRules,
  numberRules,
  rangeRules,
  dateRules,
  listRules,
  referenceRules,
  goalRules,
  actionGoalRules,
  actionIndicatorRules,
  actionEndorsedRules,
  periodRules,
  budgetRules,
  indicatorRules,
  indicatorValueRules,
  disaggregationRules,
  dataSourceRules,
  derivedTableRules,
];

/** Every rule the check can report, for documentation and the pane's help. */
export const RULES: readonly RuleDef[] = GROUPS.flatMap((g) => g.rules);

const SEVERITIES: ReadonlyMap<string, Severity> = new Map(RULES.map((r) => [r.id, r.severity]));

/**
 * The findings, in the language asked or else the workbook's own (a French plan's findings are
 * French): their cells and rule ids are the same in every language. The host is who reads them:
 * a fix names the pane's button for the pane's user, mdplan's command for everyone else.
 */
export function checkPlan(data: PlanTables, language?: Language, host: MessageHost = "cli"): Finding[] {
  const ctx = new CheckContext(inEnglish(data), SEVERITIES, checkWords(findingsLanguage(data, language), host));
  for (const group of GROUPS) group.run(ctx);
  const sorted = ctx.drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.stage - b.d.stage || a.d.order - b.d.order || a.d.row - b.d.row || a.d.col - b.d.col || a.i - b.i);
  return sorted.map(({ d }) => toFinding(d));
}

/** The language asked for, else the workbook's (planLanguage); English where it holds none we write. */
export function findingsLanguage(data: PlanTables, asked?: Language): Language {
  return asked ?? workbookLanguage(data);
}

function toFinding(d: Draft): Finding {
  const { order: _order, row: _row, col: _col, ...finding } = d;
  return finding;
}

export interface PlanSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Goals with Selected = Yes. */
  goals: number;
  /** Non-blank rows of tblActions. */
  actions: number;
  /** Sum of the actions' Budget cells that hold numbers (text and errors are left out, as Excel does). */
  totalBudget: number;
}

export function summarise(data: PlanTables, findings: readonly Finding[]): PlanSummary {
  // Through the English view, as the rules read it: a French plan's Selected and Budget are « Sélectionné » and « Budget ».
  const ctx = new CheckContext(inEnglish(data), SEVERITIES);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const goals = ctx.table("tblGoals", "Selected")?.rows.filter((g) => yesNoOf(g.cell("Selected")) === "Yes").length ?? 0;
  const actions = ctx.table("tblActions")?.rows ?? [];
  const totalBudget = actions.reduce((sum, a) => sum + (numberOf(a.cell("Budget")) ?? 0), 0);
  return { errors: count("error"), warnings: count("warning"), infos: count("info"), goals, actions: actions.length, totalBudget };
}
