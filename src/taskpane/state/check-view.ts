/**
 * What the "Check" tab shows of its state: the findings filtered, counted and grouped, and the
 * words around them, in the pane's language (the tab's catalogue, model/i18n/pane-check, passed in
 * as `t`). Pure functions, tested without React or Excel, in the tab's own chunk (the state and its
 * reducer, check-state.ts, live with the pane: a check outlives a tab switch).
 */
import type { CheckWords, PaneCheckKey } from "../../model/i18n/pane-check";
import { messages as paneKeys, type PaneKey } from "../../model/i18n/pane/en";
import type { Finding, Severity } from "../../model/check/plan-tables";
import { PART_ORDER } from "../../model/registry";
import type { PaneWords } from "../words";
import type { CheckFailure, CheckState, SeverityFilter, StageFilter } from "./check-state";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Handbook order, the workbook-wide findings last (the registry's order). */
export const STAGE_ORDER: readonly number[] = PART_ORDER;

const WORDS: Record<Severity, { count: PaneCheckKey; heading: PaneCheckKey }> = {
  error: { count: "severity.error.count", heading: "severity.error.heading" },
  warning: { count: "severity.warning.count", heading: "severity.warning.heading" },
  info: { count: "severity.info.count", heading: "severity.info.heading" },
};

/** "1 error", "3 warnings", "0 notes". */
export function severityCount(severity: Severity, count: number, t: CheckWords): string {
  return t(WORDS[severity].count, { count });
}

export function severityHeading(severity: Severity, t: CheckWords): string {
  return t(WORDS[severity].heading);
}

/** "Errors (3)", "Stage 2: Priorities (4)": a filter's option or a group's heading with its count. */
export function withCount(label: string, count: number, t: CheckWords): string {
  return t("withCount", { label, count });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function countByStage(findings: readonly Finding[]): Map<number, number> {
  const counts = new Map<number, number>(STAGE_ORDER.map((n) => [n, 0]));
  for (const f of findings) counts.set(f.stage, (counts.get(f.stage) ?? 0) + 1);
  return counts;
}

/** A finding with its place in the report, which keys it (findings have no id of their own). */
export interface Indexed {
  finding: Finding;
  index: number;
}

export function visibleFindings(state: Pick<CheckState, "report" | "stage" | "severity">): Indexed[] {
  const findings = state.report?.findings ?? [];
  return findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => (state.stage === "all" || finding.stage === state.stage) && (state.severity === "all" || finding.severity === state.severity));
}

export interface FindingGroup {
  severity: Severity;
  /** Every finding of this severity, however many are shown. */
  count: number;
  byStage: { stage: number; items: Indexed[] }[];
}

/**
 * By severity (errors, then warnings, then notes), then by stage (1 to 6, then the workbook); the
 * report's order within. What stops the plan comes first, whichever stage it is in: a stage-3
 * error must not wait below stage-2 warnings. `all` counts each severity when `items` is a slice.
 */
export function groupFindings(items: readonly Indexed[], all: readonly Indexed[] = items): FindingGroup[] {
  // A stage number the pane does not know of still shows, after the known ones.
  const unknown = [...new Set(items.map((i) => i.finding.stage))].filter((s) => !STAGE_ORDER.includes(s)).sort((a, b) => a - b);
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const mine = items.filter((i) => i.finding.severity === severity);
    const byStage = [...STAGE_ORDER, ...unknown].map((stage) => ({ stage, items: mine.filter((i) => i.finding.stage === stage) })).filter((g) => g.items.length > 0);
    if (byStage.length) groups.push({ severity, count: all.filter((i) => i.finding.severity === severity).length, byStage });
  }
  return groups;
}

/** The findings in the order the list shows them, so "the first 200" are the most serious. */
export function bySeverityFirst(items: readonly Indexed[]): Indexed[] {
  return groupFindings(items).flatMap((g) => g.byStage.flatMap((s) => s.items));
}

const isPaneKey = (key: string): key is PaneKey => key in paneKeys;

/** The stages' names in the pane's language (the pane area's "stage.N.name"), by number. */
export function stageNames(words: PaneWords): ReadonlyMap<number, string> {
  const names = new Map<number, string>();
  for (const stage of STAGE_ORDER) {
    const key = `stage.${stage}.name`;
    if (isPaneKey(key)) names.set(stage, words(key));
  }
  return names;
}

/** "Stage 3: Plan of Action", or "Workbook" for findings about the whole workbook. */
export function stageTitle(stage: number, names: ReadonlyMap<number, string>, t: CheckWords): string {
  if (stage === 0) return t("stage.workbook");
  const name = names.get(stage);
  return name ? t("stage.named", { stage, name }) : t("stage.unnamed", { stage });
}

export function clearedText(count: number, t: CheckWords): string {
  return count === 0 ? t("cleared.none") : t("cleared.some", { count });
}

/** A failure in words: the service's as it said it; anything else in the tab's sentence around its message. */
export function failureText(failure: CheckFailure, t: CheckWords): string {
  return failure.kind === "service" ? failure.message : t("failure.unexpected", { what: failure.what });
}

/** The select's value for a filter, and back. */
export function stageFilterValue(filter: StageFilter): string {
  return filter === "all" ? "all" : String(filter);
}

export function parseStageFilter(value: string): StageFilter {
  const n = Number(value);
  return value === "all" || !Number.isInteger(n) ? "all" : n;
}

export function parseSeverityFilter(value: string): SeverityFilter {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : "all";
}
