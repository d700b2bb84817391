/**
 * The outcome of the last set-up or rebuild: what is ready now, in the planner's words, then its
 * notices; how many changes it took (a developer's figure) is one click away.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SetupReport } from "../../hosts/office/planner-service";
import { REBUILD_ACTIONS, sheetNamesOf, stageEntry } from "../../model/registry";
import type { Operation, RebuildTarget } from "../state/pane-state";
import { Details } from "./Details";
import { NoticeBars } from "./NoticeBars";

export interface ResultSummary {
  intent: "success" | "warning";
  title: string;
  text: string;
  /** The technical detail, for whoever asks: changes and round trips. */
  detail: string;
}

/** "125 changes made in 2 round trips to Excel". */
export function changes(report: SetupReport): string {
  return `${report.steps} ${report.steps === 1 ? "change" : "changes"} made in ${report.syncs} ${report.syncs === 1 ? "round trip" : "round trips"} to Excel`;
}

const REBUILT: Record<RebuildTarget, { done: string; what: string; absent: string }> = {
  capacity: {
    done: "Capacity matrix rebuilt",
    what: "The capacity-gap matrix and the funding summaries now list the stakeholders, areas, goals and partners in the workbook.",
    absent: `This workbook has no capacity matrix or funding summaries yet: set up stage ${REBUILD_ACTIONS.capacity.part} first.`,
  },
  dashboard: {
    done: "Dashboard refreshed",
    what: "The Dashboard sheet now lists every planned, ongoing and delayed action, activity and other project, and the IPTT every indicator.",
    absent: "This workbook has no dashboard yet: set up the workbook first.",
  },
};

function rebuildSummary(target: RebuildTarget, report: SetupReport, failed: boolean): ResultSummary {
  const words = REBUILT[target];
  // A rebuild never creates what is missing: no steps means there was nothing to rebuild.
  if (report.steps === 0) return { intent: "warning", title: "Nothing to rebuild", text: words.absent, detail: `${changes(report)}.` };
  return { intent: failed ? "warning" : "success", title: failed ? `${words.done} with problems` : words.done, text: words.what, detail: `${changes(report)}.` };
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(" and ");
}

/** What a set-up made ready, by sheet: the user goes to a sheet, not to a count of changes. */
function setupText(operation: Extract<Operation, { kind: "setup" }>, report: SetupReport): string {
  if (report.steps === 0) return "Nothing needed changing: it was already up to date.";
  const only = operation.stages?.length === 1 ? stageEntry(operation.stages[0]) : undefined;
  if (only) {
    const sheets = sheetNamesOf(only);
    return `${sheets.length === 1 ? "Its sheet" : "Its sheets"} ${quoted(sheets)} ${sheets.length === 1 ? "is" : "are"} in the workbook.`;
  }
  const ready = report.status.stages.filter((s) => s.status === "ready").length;
  const all = report.status.stages.length;
  return ready === all ? `The settings, the dashboard and the sheets of all ${all} stages are in the workbook.` : `${ready} of ${all} stages are ready; the others say what is in the way.`;
}

export function resultSummary(operation: Operation, report: SetupReport): ResultSummary {
  const failed = report.notices.some((n) => n.level === "error");
  if (operation.kind === "rebuild") return rebuildSummary(operation.target, report, failed);
  const which = operation.kind === "setup" && operation.stages?.length ? `Stage ${operation.stages.join(", ")}` : "Workbook";
  const title = failed ? `${which} set up with problems` : `${which} set up`;
  const text = operation.kind === "setup" ? setupText(operation, report) : "";
  return { intent: failed ? "warning" : "success", title, text, detail: `${changes(report)}.` };
}

export function Results({ operation, report }: { operation: Operation; report: SetupReport }) {
  const summary = resultSummary(operation, report);
  return (
    <>
      <MessageBar intent={summary.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{summary.title}</MessageBarTitle>
          {summary.text}
          <Details>{summary.detail}</Details>
        </MessageBarBody>
      </MessageBar>
      <NoticeBars notices={report.notices} />
    </>
  );
}
