/** The outcome of the last set-up: what changed, in counts, then its notices. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SetupReport } from "../../hosts/office/planner-service";
import type { Operation } from "../state/pane-state";
import { NoticeBars } from "./NoticeBars";

export function resultSummary(operation: Operation, report: SetupReport): { title: string; text: string } {
  const which = operation.kind === "setup" && operation.stages?.length ? `Stage ${operation.stages.join(", ")}` : "Workbook";
  const failed = report.notices.some((n) => n.level === "error");
  const title = failed ? `${which} set up with problems` : `${which} set up`;
  const text =
    report.steps === 0
      ? "Nothing needed changing: it was already up to date."
      : `${report.steps} ${report.steps === 1 ? "change" : "changes"} made in ${report.syncs} ${report.syncs === 1 ? "round trip" : "round trips"} to Excel.`;
  return { title, text };
}

export function Results({ operation, report }: { operation: Operation; report: SetupReport }) {
  const summary = resultSummary(operation, report);
  const failed = report.notices.some((n) => n.level === "error");
  return (
    <>
      <MessageBar intent={failed ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{summary.title}</MessageBarTitle>
          {summary.text}
        </MessageBarBody>
      </MessageBar>
      <NoticeBars notices={report.notices} />
    </>
  );
}
