/**
 * The plan as IATI activities: one per Plan of Action action. Reads the plan's tables in the
 * contract's English (inEnglish), so a French or Spanish plan gives the same codes as an English one;
 * the texts stay as typed, in the plan's language (each activity's xml:lang).
 */
import { idKey, sameText } from "../check/cells";
import { inEnglish, workbookLanguage } from "../check/english-tables";
import type { PlanTables } from "../check/plan-tables";
import type { PlanSettings } from "../settings";
import type { IatiActivities, IatiActivity, IatiOrg } from "./activity";
import { code } from "./codelists";
import { sectorsOf, tagsOf } from "./classifications";
import { budgetByYear, reportingPeriods } from "./periods";
import { planRows, type ActionRow, type FundingRow, type GoalRow, type IndicatorRow, type PlanRows, type ValueRow } from "./plan-rows";
import { resultOf } from "./results";
import { isPublisher, publishesAsDonor, transactionsOf } from "./transactions";
import { activityStatus } from "./status";

const FUNDING = code("OrganisationRole", "1");
const ACCOUNTABLE = code("OrganisationRole", "2");
const IMPLEMENTING = code("OrganisationRole", "4");
const PLANNED_START = code("ActivityDateType", "1");
const PLANNED_END = code("ActivityDateType", "3");
const GENERAL = code("DescriptionType", "1");
const OBJECTIVES = code("DescriptionType", "2");
const ORIGINAL = code("BudgetType", "1");
const INDICATIVE = code("BudgetStatus", "1");

export interface ExportOptions {
  /** When the export is made: generated-datetime, and the date the funding figures are reported at. */
  now: Date;
}

/** prefix-A1: IATI separates the organisation's part from the activity's own by a hyphen. */
export function activityIdentifier(prefix: string, actionId: string): string {
  const p = prefix.trim();
  return `${p.endsWith("-") ? p : `${p}-`}${actionId.trim()}`;
}

/** The funders of an action, once each, by partner (or by source where no partner is named). */
function funders(funding: FundingRow[]): string[] {
  const names: string[] = [];
  for (const f of funding) {
    const name = f.partner || f.source;
    if (name && !names.some((n) => sameText(n, name))) names.push(name);
  }
  return names;
}

/** Rows by ID (as Excel's lookups match them), so a plan of 10,000 actions is read once, not once per action. */
function byId<T>(items: T[], id: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = idKey(id(item));
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

interface Indexed {
  goals: Map<string, GoalRow[]>;
  funding: Map<string, FundingRow[]>;
  indicatorsByAction: Map<string, IndicatorRow[]>;
  indicatorsById: Map<string, IndicatorRow[]>;
  order: Map<IndicatorRow, number>;
  values: Map<string, ValueRow[]>;
}

function indexed(rows: PlanRows): Indexed {
  return {
    goals: byId(rows.goals, (g) => g.id),
    funding: byId(rows.funding, (f) => f.actionId),
    indicatorsByAction: byId(rows.indicators, (i) => i.actionId),
    indicatorsById: byId(rows.indicators, (i) => i.id),
    order: new Map(rows.indicators.map((i, n) => [i, n])),
    values: byId(rows.values, (v) => v.indicatorId),
  };
}

/** The action's indicators: those whose Action ID names it and those its Indicator IDs list, in the indicators' order. */
function indicatorsOf(action: ActionRow, index: Indexed): IndicatorRow[] {
  const found = new Set(index.indicatorsByAction.get(idKey(action.id)) ?? []);
  for (const id of action.indicatorIds) for (const i of index.indicatorsById.get(idKey(id)) ?? []) found.add(i);
  return [...found].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** What every activity of the file shares. */
interface FileContext {
  settings: PlanSettings;
  language: string;
  now: Date;
  reportingOrg: Required<IatiOrg>;
  asDonor: boolean;
}

function activity(action: ActionRow, index: Indexed, { settings, language, now, reportingOrg, asDonor }: FileContext): IatiActivity {
  const today = now.toISOString().slice(0, 10);
  const goal = index.goals.get(idKey(action.goalId))?.[0];
  const funding = index.funding.get(idKey(action.id)) ?? [];
  const participating: (IatiOrg & { role: string })[] = [];
  if (action.lead) participating.push({ role: IMPLEMENTING, name: action.lead });
  for (const name of funders(funding)) participating.push({ role: FUNDING, ...(isPublisher(name, reportingOrg) ? reportingOrg : { name }) });
  // IATI asks for at least one: with neither lead nor funder, the publisher answers for its plan.
  if (!participating.length) participating.push({ role: ACCOUNTABLE, ...reportingOrg });
  // A plan's action without dates runs over the plan's period, as its dashboard reads it.
  const start = action.start ?? `${settings.startYear}-01-01`;
  const end = action.end ?? `${settings.endYear}-12-31`;
  const indicators = indicatorsOf(action, index);
  const periods = reportingPeriods(settings);
  return {
    identifier: activityIdentifier(settings.activityPrefix, action.id),
    language,
    currency: settings.currency,
    lastUpdatedDateTime: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    reportingOrg,
    title: action.title || action.id,
    descriptions: [{ type: GENERAL, text: action.title || action.id }, ...(goal?.objective ? [{ type: OBJECTIVES, text: goal.objective }] : [])],
    participatingOrgs: participating,
    status: activityStatus(action.status),
    dates: [
      { type: PLANNED_START, isoDate: start },
      { type: PLANNED_END, isoDate: end },
    ],
    recipientCountry: { code: settings.countryCode.trim().toUpperCase(), name: settings.country },
    sectors: sectorsOf(action.sectorText),
    tags: tagsOf(goal),
    budgets:
      // A nil or negative budget is no plan of spending: IATI's budgets are what is to be spent.
      action.budget === undefined || action.budget <= 0
        ? []
        : budgetByYear(start, end, action.budget).map((b) => ({ type: ORIGINAL, status: INDICATIVE, periodStart: b.start, periodEnd: b.end, value: b.value, valueDate: b.start })),
    transactions: transactionsOf(action, funding, reportingOrg, asDonor, today),
    results: indicators.map((i) => resultOf(i, periods, index.values.get(idKey(i.id)) ?? [])),
  };
}

/** The activities of a plan whose IATI settings are complete (iatiSettingsProblems finds none). */
export function buildIatiActivities(plan: PlanTables, options: ExportOptions): IatiActivities {
  const rows = planRows(inEnglish(plan));
  const index = indexed(rows);
  const settings = plan.settings;
  const reportingOrg = { name: settings.reportingOrgName.trim(), ref: settings.reportingOrgId.trim(), type: settings.reportingOrgType.trim() };
  const context: FileContext = { settings, language: workbookLanguage(plan), now: options.now, reportingOrg, asDonor: publishesAsDonor(rows.funding, reportingOrg) };
  return {
    version: "2.03",
    generatedDateTime: options.now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    activities: rows.actions.map((a) => activity(a, index, context)),
  };
}
