/**
 * What the planner should do next, from what the workbook holds: finish setting up, clear what
 * blocks a stage, or, once every stage is ready, fill in the first stage, check, refresh.
 */
import type { WorkbookStatus } from "../../hosts/office/planner-service";
import { sheetNamesOf, stageEntry } from "../../model/registry";

export type NextStep =
  | { kind: "blocked"; stages: number[] }
  | { kind: "finish"; stages: number[] }
  | { kind: "fill"; stage: number; name: string; sheet: string };

/** Undefined until the workbook holds settings: the form itself is the next step then. */
export function nextStep(status: WorkbookStatus | undefined): NextStep | undefined {
  if (!status?.settings) return undefined;
  const blocked = status.stages.filter((s) => s.status === "blocked").map((s) => s.number);
  if (blocked.length) return { kind: "blocked", stages: blocked };
  const unready = status.stages.filter((s) => s.status !== "ready").map((s) => s.number);
  if (unready.length || status.workbook.status !== "ready") return { kind: "finish", stages: unready };
  const first = status.stages[0];
  const entry = first && stageEntry(first.number);
  return { kind: "fill", stage: first?.number ?? 1, name: first?.name ?? "", sheet: entry ? sheetNamesOf(entry)[0] : "" };
}

function stageList(stages: readonly number[]): string {
  if (stages.length === 1) return `Stage ${stages[0]}`;
  return `Stages ${stages.slice(0, -1).join(", ")} and ${stages[stages.length - 1]}`;
}

/** The sentence for a step that is not yet "fill in": what stands between the user and a ready workbook. */
export function unreadyText(step: Extract<NextStep, { kind: "blocked" | "finish" }>): string {
  if (step.kind === "blocked") return `${stageList(step.stages)} ${step.stages.length === 1 ? "is" : "are"} blocked: ${step.stages.length === 1 ? "its card says" : "their cards say"} what is in the way.`;
  if (!step.stages.length) return "The settings, lists or dashboard need setting up: press Edit settings, then Set up workbook.";
  return `${stageList(step.stages)} ${step.stages.length === 1 ? "is" : "are"} not set up yet: press Set up this stage on ${step.stages.length === 1 ? "its card" : "their cards"}.`;
}
