/** What the last check found, in a sentence: the success message, or what was checked and marked. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CheckReport } from "../../service/planner-service";
import { catalogue, type CheckWords } from "../../model/i18n/pane-check";
import { countBySeverity } from "../state/check-view";
import { useTabWords } from "../words";

export function outcomeText(report: CheckReport, t: CheckWords): { intent: "success" | "error" | "warning" | "info"; title: string; text: string } {
  const scope = { actions: report.summary.actions, goals: report.summary.goals };
  // "No problems found in 0 actions" would praise an empty plan.
  if (!report.findings.length && scope.actions === 0 && scope.goals === 0) {
    return { intent: "info", title: t("outcome.empty.title"), text: t("outcome.empty.text") };
  }
  if (!report.findings.length) return { intent: "success", title: t("outcome.clean.title"), text: t("outcome.clean.text", scope) };
  const counts = countBySeverity(report.findings);
  const intent = counts.error ? "error" : counts.warning ? "warning" : "info";
  const title = t("outcome.found.title", { errors: counts.error, warnings: counts.warning, notes: counts.info });
  // Whole sentences, each its own message, read one after the other.
  const sentences = [t("outcome.found.checked", scope)];
  if (report.marked) sentences.push(t("outcome.found.marked", { count: report.marked }));
  if (report.unmarkedSheets.length) {
    const sheets = report.unmarkedSheets.map((name) => t("outcome.sheetName", { name })).join(", ");
    sentences.push(t("outcome.found.unmarked", { count: report.unmarkedSheets.length, sheets }));
  }
  if (report.findings.some((f) => f.cell)) sentences.push(t("outcome.found.go"));
  return { intent, title, text: sentences.join(" ") };
}

export function CheckOutcome({ report }: { report: CheckReport }) {
  const outcome = outcomeText(report, useTabWords(catalogue));
  return (
    <MessageBar intent={outcome.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.text}
      </MessageBarBody>
    </MessageBar>
  );
}
