/**
 * An action's results: one per indicator, its type from Level, its periods the plan's reporting
 * periods with the IPTT's target and the actual reported in Indicator values.
 */
import { sameText } from "../check/cells";
import type { IatiDimension, IatiIndicator, IatiPeriod, IatiResult } from "./activity";
import { code } from "./codelists";
import { periodTarget, type DatedPeriod } from "./periods";
import type { IndicatorRow, ValueRow } from "./plan-rows";

const RESULT_TYPE: Readonly<Record<string, string>> = { output: code("ResultType", "1"), outcome: code("ResultType", "2"), impact: code("ResultType", "3") };
const OTHER_RESULT = code("ResultType", "9");
const UNIT = code("IndicatorMeasure", "1");
const PERCENTAGE = code("IndicatorMeasure", "2");
const SDG_INDICATORS = code("IndicatorVocabulary", "9");

/** The plan's Unit is free text: "%", "% of monthly income", "percent", in any of the three languages. */
const isPercentage = (unit: string) => /%|\bper ?cent\b|\bpourcentage\b|\bporcentaje\b/i.test(unit);

/** An SDG indicator code as the UN numbers them: 10.7.1, 10.c.1, 17.18.1. */
const SDG_INDICATOR_CODE = /^\d{1,2}\.(?:\d{1,2}|[a-z])\.\d{1,2}$/i;

/** A total row: Sex and Age group both blank or Total (the workbook's Total row flag). */
const isTotal = (v: ValueRow) => (v.sex === "" || sameText(v.sex, "Total")) && (v.ageGroup === "" || sameText(v.ageGroup, "Total"));

function dimensions(v: ValueRow): IatiDimension[] {
  const out: IatiDimension[] = [];
  if (v.sex !== "" && !sameText(v.sex, "Total")) out.push({ name: "sex", value: v.sex });
  if (v.ageGroup !== "" && !sameText(v.ageGroup, "Total")) out.push({ name: "age", value: v.ageGroup });
  return out;
}

function period(indicator: IndicatorRow, p: DatedPeriod, values: ValueRow[]): IatiPeriod | undefined {
  const here = values.filter((v) => v.periodKey === p.key);
  const totals = here.filter(isTotal);
  const actuals: IatiPeriod["actuals"] = [];
  // The IPTT adds up a second total row for a period (the check flags it): so does the export.
  if (totals.length) actuals.push({ value: totals.reduce((sum, v) => sum + v.value, 0), dimensions: [] });
  for (const v of here) if (!isTotal(v)) actuals.push({ value: v.value, dimensions: dimensions(v) });
  const target = periodTarget(indicator, p.year);
  if (target === undefined && !actuals.length) return undefined;
  return { start: p.start, end: p.end, ...(target === undefined ? {} : { target }), actuals };
}

/** values: the indicator's own rows of Indicator values. */
export function resultOf(indicator: IndicatorRow, periods: DatedPeriod[], values: ValueRow[]): IatiResult {
  const direction = indicator.direction.toLowerCase();
  const title = indicator.name || indicator.id;
  const iati: IatiIndicator = {
    measure: isPercentage(indicator.unit) ? PERCENTAGE : UNIT,
    ...(direction === "increase" ? { ascending: true } : direction === "decrease" ? { ascending: false } : {}),
    title,
    ...(SDG_INDICATOR_CODE.test(indicator.code) ? { reference: { vocabulary: SDG_INDICATORS, code: indicator.code } } : {}),
    ...(indicator.baselineYear !== undefined && indicator.baselineYear > 0
      ? { baseline: { year: indicator.baselineYear, ...(indicator.baseline === undefined ? {} : { value: indicator.baseline }) } }
      : {}),
    periods: periods.map((p) => period(indicator, p, values)).filter((p): p is IatiPeriod => p !== undefined),
  };
  return { type: RESULT_TYPE[indicator.level.toLowerCase()] ?? OTHER_RESULT, title, indicators: [iati] };
}
