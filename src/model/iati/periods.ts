/** Dates and amounts by period: the plan's reporting periods, an action's budget by year. */
import { planPeriods, type Period } from "../derived/iptt";
import type { Frequency, PlanSettings } from "../settings";
import type { IndicatorRow } from "./plan-rows";

const MONTHS: Record<Frequency, number> = { Annual: 12, "Semi-annual": 6, Quarterly: 3, Monthly: 1 };

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export interface DatedPeriod extends Period {
  start: string;
  end: string;
}

/** The plan's reporting periods (the IPTT's columns) with their first and last days. */
export function reportingPeriods(settings: Pick<PlanSettings, "startYear" | "endYear" | "frequency">): DatedPeriod[] {
  const months = MONTHS[settings.frequency];
  return planPeriods(settings).map((p) => {
    const last = p.key % 100;
    return { ...p, start: iso(p.year, last - months + 1, 1), end: iso(p.year, last, lastDay(p.year, last)) };
  });
}

/**
 * A period's target as the IPTT computes it: the baseline moved toward the target in proportion
 * to the years passed, rounded as the IPTT rounds (whole numbers unless the baseline or target
 * has decimals, then up to 2). Undefined where the IPTT's cell is blank.
 */
export function periodTarget(indicator: IndicatorRow, year: number): number | undefined {
  const { baseline, target, baselineYear, targetYear } = indicator;
  if (baseline === undefined || target === undefined || baselineYear === undefined || targetYear === undefined) return undefined;
  const share = targetYear === baselineYear ? 1 : Math.min(1, Math.max(0, (year - baselineYear) / (targetYear - baselineYear)));
  const whole = (x: number) => x === Math.trunc(x);
  const digits = whole(baseline) && whole(target) ? 0 : whole(baseline * 10) && whole(target * 10) ? 1 : 2;
  return roundTo(baseline + (target - baseline) * share, digits);
}

/** Excel's ROUND: halves away from zero. */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  const scaled = Math.abs(value) * scale;
  // The epsilon keeps 2.675 (stored as 2.67499…) rounding up, as Excel shows and rounds it.
  const rounded = Math.round(scaled + 1e-9 * Math.max(1, scaled)) / scale;
  return Math.sign(value) * rounded;
}

const DAY = 86400000;
const dayOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;

/**
 * An action's budget in one slice per calendar year of its period (IATI: a budget period is at
 * most a year), shared in proportion to the days in each year; cents are rounded and the last
 * year takes what rounding leaves, so the slices add up to the budget.
 */
export function budgetByYear(start: string, end: string, budget: number): { start: string; end: string; value: number }[] {
  const first = dayOf(start);
  const last = dayOf(end);
  if (!(last >= first)) return [];
  const days = last - first + 1;
  const slices: { start: string; end: string; value: number }[] = [];
  let given = 0;
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const from = year === firstYear ? start : iso(year, 1, 1);
    const to = year === lastYear ? end : iso(year, 12, 31);
    const share = (dayOf(to) - dayOf(from) + 1) / days;
    const value = year === lastYear ? roundTo(budget - given, 2) : roundTo(budget * share, 2);
    given += value;
    slices.push({ start: from, end: to, value });
  }
  return slices;
}
