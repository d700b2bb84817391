/** The shape of a rule group: what it reports (for documentation and severities) and how. */
import type { CheckContext } from "./context";
import type { Severity } from "./plan-tables";

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
