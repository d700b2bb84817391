/**
 * The plan's rows an export reads, typed, from the tables as the check reads them in the contract's
 * English. Figures count as the workbook's formulas count them: a number typed as text is left out
 * of sums there (the check says so), so it is left out here too.
 */
import { isoDate } from "../dates";
import { dateFromText, dateOf, normHeader, numberOf, readDate, splitIds, textOf } from "../check/cells";
import { periodKey } from "../check/rules/indicator-values";
import type { PlanTables, ReadCell, ReadTable } from "../check/plan-tables";

export interface ActionRow {
  id: string;
  title: string;
  goalId: string;
  lead: string;
  start?: string;
  end?: string;
  budget?: number;
  status: string;
  indicatorIds: string[];
  /** What a column the planner added (Sector, DAC sector) says, as typed. */
  sectorText: string;
}

export interface GoalRow {
  id: string;
  objective: string;
  gcm: string;
  sdgTarget: string;
}

export interface FundingRow {
  source: string;
  /** Domestic or External, in the contract's English. */
  kind: string;
  partner: string;
  actionId: string;
  committed?: number;
  disbursed?: number;
}

export interface IndicatorRow {
  id: string;
  actionId: string;
  level: string;
  name: string;
  code: string;
  unit: string;
  direction: string;
  baseline?: number;
  baselineYear?: number;
  target?: number;
  targetYear?: number;
}

export interface ValueRow {
  indicatorId: string;
  /** year × 100 + the period's last month, as the workbook's Period key. */
  periodKey: number;
  sex: string;
  ageGroup: string;
  value: number;
}

export interface PlanRows {
  actions: ActionRow[];
  goals: GoalRow[];
  funding: FundingRow[];
  indicators: IndicatorRow[];
  values: ValueRow[];
}

/** A column a planner may add to the actions: no contract header, so the usual names in the three languages. */
const SECTOR_HEADERS = ["sector", "sectors", "dac sector", "dac sectors", "secteur", "secteurs", "secteur cad", "sector cad", "sectores"];

type Row = (header: string) => ReadCell | undefined;

function rows(table: ReadTable | undefined): Row[] {
  if (!table) return [];
  const byHeader = new Map(table.headers.map((h) => [normHeader(h), h]));
  return table.rows.map((r) => (header: string) => {
    const h = byHeader.get(normHeader(header));
    return h === undefined ? undefined : r.cells[h];
  });
}

/** A date as the person meant it: a date cell, or a date typed as text (which the check flags). */
function dateText(cell: ReadCell | undefined): string | undefined {
  const serial = dateOf(cell);
  if (serial !== undefined) return isoDate(serial);
  const read = readDate(cell);
  return read.status === "text-date" ? dateFromText(textOf(cell)) : undefined;
}

const integer = (cell: ReadCell | undefined) => {
  const n = numberOf(cell);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
};

export function planRows(plan: PlanTables): PlanRows {
  const t = plan.tables;
  const actions = rows(t.tblActions)
    .map((r): ActionRow => ({
      id: textOf(r("Action ID")),
      title: textOf(r("Title")),
      goalId: textOf(r("Goal ID")),
      lead: textOf(r("Lead agency")),
      start: dateText(r("Start")),
      end: dateText(r("End")),
      budget: numberOf(r("Budget")),
      status: textOf(r("Status")),
      indicatorIds: splitIds(textOf(r("Indicator IDs"))),
      sectorText: SECTOR_HEADERS.map((h) => textOf(r(h))).filter(Boolean).join(", "),
    }))
    .filter((a) => a.id !== "");
  const goals = rows(t.tblGoals)
    .map((r): GoalRow => ({ id: textOf(r("Goal ID")), objective: textOf(r("Objective")), gcm: textOf(r("GCM objective")), sdgTarget: textOf(r("SDG target")) }))
    .filter((g) => g.id !== "");
  const funding = rows(t.tblFunding)
    .map((r): FundingRow => ({
      source: textOf(r("Source")),
      kind: textOf(r("Kind")),
      partner: textOf(r("Partner")),
      actionId: textOf(r("Action ID")),
      committed: numberOf(r("Committed")),
      disbursed: numberOf(r("Disbursed")),
    }))
    .filter((f) => f.actionId !== "");
  const indicators = rows(t.tblIndicators)
    .map((r): IndicatorRow => ({
      id: textOf(r("Indicator ID")),
      actionId: textOf(r("Action ID")),
      level: textOf(r("Level")),
      name: textOf(r("Indicator")),
      code: textOf(r("Code")),
      unit: textOf(r("Unit")),
      direction: textOf(r("Direction")),
      baseline: numberOf(r("Baseline")),
      baselineYear: integer(r("Baseline year")),
      target: numberOf(r("Target")),
      targetYear: integer(r("Target year")),
    }))
    .filter((i) => i.id !== "");
  const values: ValueRow[] = [];
  for (const r of rows(t.tblIndicatorValues)) {
    const key = periodKey(r("Period"));
    const value = numberOf(r("Value"));
    const indicatorId = textOf(r("Indicator ID"));
    if (key === undefined || value === undefined || indicatorId === "") continue;
    values.push({ indicatorId, periodKey: key, sex: textOf(r("Sex")), ageGroup: textOf(r("Age group")), value });
  }
  return { actions, goals, funding, indicators, values };
}
