/** What the last check found, in a sentence: the success message, or what was checked and marked. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CheckReport } from "../../hosts/office/planner-service";
import { checkedScope, countBySeverity, severityCount } from "../state/check-view";

export function outcomeText(report: CheckReport): { intent: "success" | "error" | "warning" | "info"; title: string; text: string } {
  const scope = checkedScope(report);
  // "No problems found in 0 actions" would praise an empty plan.
  if (!report.findings.length && report.summary.actions === 0 && report.summary.goals === 0) {
    return { intent: "info", title: "Nothing to check yet", text: "The plan has no goals or actions yet: fill in the stages, starting with stage 1, then check again." };
  }
  if (!report.findings.length) return { intent: "success", title: "No problems found", text: `No problems found in ${scope}.` };
  const counts = countBySeverity(report.findings);
  const intent = counts.error ? "error" : counts.warning ? "warning" : "info";
  const title = `${severityCount("error", counts.error)}, ${severityCount("warning", counts.warning)} and ${severityCount("info", counts.info)}`;
  const marked = report.marked ? ` ${report.marked === 1 ? "1 cell is" : `${report.marked} cells are`} marked in the workbook.` : "";
  const go = report.findings.some((f) => f.cell) ? " Select a finding to go to its cell." : "";
  const sheets = report.unmarkedSheets.map((s) => `"${s}"`).join(", ");
  const unmarked = sheets ? ` Cells on the protected sheet${report.unmarkedSheets.length > 1 ? "s" : ""} ${sheets} were not marked: unprotect (Review > Unprotect Sheet) and check again to see them.` : "";
  return { intent, title, text: `Checked ${scope}.${marked}${unmarked}${go}` };
}

export function CheckOutcome({ report }: { report: CheckReport }) {
  const outcome = outcomeText(report);
  return (
    <MessageBar intent={outcome.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.text}
      </MessageBarBody>
    </MessageBar>
  );
}
