/** The shape of a rule group: what it reports (for documentation and severities) and how. */
import type { CheckContext } from "./context";
import type { Severity } from "./plan-tables";
import { REBUILD_ACTIONS } from "../registry";

export interface RuleDef {
  id: string;
  severity: Severity;
  /** The stage the rule is about, or 0 when it applies to tables of every stage. */
  stage: number;
  summary: string;
}

export interface RuleGroup {
  rules: readonly RuleDef[];
  run(ctx: CheckContext): void;
}

/** The two ways to bring back what the add-in laid out, named in every structural fix. */
export function restoreHint(stage: number): string {
  const where = stage > 0 ? `open stage ${stage} in the add-in and press "Set up this stage"` : `press "${REBUILD_ACTIONS.dashboard.label}" in the add-in`;
  return `${where}, or run mdplan refresh FILE`;
}
