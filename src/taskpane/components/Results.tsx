/** The outcome of the last set-up or rebuild: what changed, in counts, then its notices. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SetupReport } from "../../hosts/office/planner-service";
import { REBUILD_ACTIONS } from "../../model/registry";
import type { Operation, RebuildTarget } from "../state/pane-state";
import { NoticeBars } from "./NoticeBars";

export interface ResultSummary {
  intent: "success" | "warning";
  title: string;
  text: string;
}

function changes(report: SetupReport): string {
  return `${report.steps} ${report.steps === 1 ? "change" : "changes"} made in ${report.syncs} ${report.syncs === 1 ? "round trip" : "round trips"} to Excel`;
}

const REBUILT: Record<RebuildTarget, { done: string; what: string; absent: string }> = {
  capacity: {
    done: "Capacity matrix rebuilt",
    what: "The capacity-gap matrix and the funding summaries now list the stakeholders, areas, goals and partners in the workbook",
    absent: `This workbook has no capacity matrix or funding summaries yet: set up stage ${REBUILD_ACTIONS.capacity.part} first.`,
  },
  dashboard: {
    done: "Dashboard refreshed",
    what: "The dashboard now lists every planned, ongoing and delayed action, activity and other project, and the IPTT every indicator",
    absent: "This workbook has no dashboard yet: set up the workbook first.",
  },
};

function rebuildSummary(target: RebuildTarget, report: SetupReport, failed: boolean): ResultSummary {
  const words = REBUILT[target];
  // A rebuild never creates what is missing: no steps means there was nothing to rebuild.
  if (report.steps === 0) return { intent: "warning", title: "Nothing to rebuild", text: words.absent };
  return { intent: failed ? "warning" : "success", title: failed ? `${words.done} with problems` : words.done, text: `${words.what} (${changes(report)}).` };
}

export function resultSummary(operation: Operation, report: SetupReport): ResultSummary {
  const failed = report.notices.some((n) => n.level === "error");
  if (operation.kind === "rebuild") return rebuildSummary(operation.target, report, failed);
  const which = operation.kind === "setup" && operation.stages?.length ? `Stage ${operation.stages.join(", ")}` : "Workbook";
  const title = failed ? `${which} set up with problems` : `${which} set up`;
  const text = report.steps === 0 ? "Nothing needed changing: it was already up to date." : `${changes(report)}.`;
  return { intent: failed ? "warning" : "success", title, text };
}

export function Results({ operation, report }: { operation: Operation; report: SetupReport }) {
  const summary = resultSummary(operation, report);
  return (
    <>
      <MessageBar intent={summary.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{summary.title}</MessageBarTitle>
          {summary.text}
        </MessageBarBody>
      </MessageBar>
      <NoticeBars notices={report.notices} />
    </>
  );
}
