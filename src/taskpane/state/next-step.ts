/**
 * What the planner should do next, from what the workbook holds: finish setting up, clear what
 * blocks a stage, or, once every stage is ready, fill in the first stage, check, refresh.
 */
import type { WorkbookStatus } from "../../service/planner-service";
import type { Language } from "../../model/i18n/language";
import type { StatusWords } from "../../model/i18n/pane-status";
import { sheetNamesOf, stageEntry } from "../../model/registry";
import type { PaneWords } from "../words";

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

/** "1", "1 and 2", "1, 2 and 3" in the words' language (Intl.ListFormat; a comma list where a webview lacks it). */
function stageList(stages: readonly number[], language: Language): string {
  const numbers = stages.map(String);
  if (typeof Intl.ListFormat !== "function") return numbers.join(", ");
  // British English lists without the serial comma, as the pane's English does.
  return new Intl.ListFormat(language === "en" ? "en-GB" : language, { type: "conjunction" }).format(numbers);
}

/**
 * The sentence for a step that is not yet "fill in": what stands between the user and a ready
 * workbook. The buttons it names are the first screen's (pane), as they read there.
 */
export function unreadyText(step: Extract<NextStep, { kind: "blocked" | "finish" }>, t: StatusWords, pane: PaneWords): string {
  const values = { count: step.stages.length, stages: stageList(step.stages, t.language) };
  if (step.kind === "blocked") return t("next.blocked", values);
  if (!step.stages.length) return t("next.workbook", { edit: pane("settings.edit"), setUp: pane("settings.setUp") });
  return t("next.finish", { ...values, button: t("card.setUp") });
}
