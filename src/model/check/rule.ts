/** The shape of a rule group: the rules it reports, with their severities, and how. */
import type { CheckContext } from "./context";
import type { Severity } from "./plan-tables";

export interface RuleDef {
  id: string;
  severity: Severity;
}

export interface RuleGroup {
  rules: readonly RuleDef[];
  run(ctx: CheckContext): void;
}
