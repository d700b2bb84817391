/**
 * The outcome of the last set-up or rebuild: what is ready now, in the planner's words, then its
 * notices; how many changes it took (a developer's figure) is one click away. In the results
 * chunk with its words (lazy-views.tsx): nothing shows it before the workbook has answered.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SetupReport } from "../../service/planner-service";
import { REBUILD_ACTIONS, sheetNamesOf, stageEntry } from "../../model/registry";
import type { Operation, RebuildTarget } from "../state/pane-state";
import { catalogue, type PaneResultsKey, type ResultsWords } from "../../model/i18n/pane-results";
import { useTabWords } from "../words";
import { Details } from "./Details";
import { NoticeBars } from "./NoticeBars";

export interface ResultSummary {
  intent: "success" | "warning";
  title: string;
  text: string;
  /** The technical detail, for whoever asks: changes and round trips. */
  detail: string;
}

/** "125 changes made in 2 round trips to Excel." */
export function changes(report: SetupReport, t: ResultsWords): string {
  return t("result.changes", { steps: report.steps, syncs: report.syncs });
}

const REBUILT = {
  capacity: { done: "result.capacity.done", withProblems: "result.capacity.doneWithProblems", what: "result.capacity.what", absent: "result.capacity.absent" },
  dashboard: { done: "result.dashboard.done", withProblems: "result.dashboard.doneWithProblems", what: "result.dashboard.what", absent: "result.dashboard.absent" },
} as const satisfies Record<RebuildTarget, Record<string, PaneResultsKey>>;

function rebuildSummary(target: RebuildTarget, report: SetupReport, failed: boolean, t: ResultsWords): ResultSummary {
  const words = REBUILT[target];
  const detail = changes(report, t);
  // A rebuild never creates what is missing: no steps means there was nothing to rebuild.
  if (report.steps === 0) return { intent: "warning", title: t("result.nothingToRebuild"), text: t(words.absent, { stage: REBUILD_ACTIONS[target].part }), detail };
  return { intent: failed ? "warning" : "success", title: t(failed ? words.withProblems : words.done), text: t(words.what), detail };
}

/** What a set-up made ready, by sheet: the user goes to a sheet, not to a count of changes. */
function setupText(operation: Extract<Operation, { kind: "setup" }>, report: SetupReport, t: ResultsWords): string {
  if (report.steps === 0) return t("result.upToDate");
  const only = operation.stages?.length === 1 ? stageEntry(operation.stages[0]) : undefined;
  if (only) {
    const names = sheetNamesOf(only);
    const sheets = new Intl.ListFormat(t.language, { type: "conjunction" }).format(names.map((n) => `"${n}"`));
    return t("result.stageSheets", { count: names.length, sheets });
  }
  const ready = report.status.stages.filter((s) => s.status === "ready").length;
  const all = report.status.stages.length;
  return ready === all ? t("result.allStages", { count: all }) : t("result.someStages", { ready, all });
}

export function resultSummary(operation: Operation, report: SetupReport, t: ResultsWords): ResultSummary {
  const failed = report.notices.some((n) => n.level === "error");
  if (operation.kind === "rebuild") return rebuildSummary(operation.target, report, failed, t);
  const stages = operation.kind === "setup" ? operation.stages : undefined;
  const title = stages?.length
    ? t(failed ? "result.stageWithProblems" : "result.stage", { count: stages.length, stages: stages.join(", ") })
    : t(failed ? "result.workbookWithProblems" : "result.workbook");
  const text = operation.kind === "setup" ? setupText(operation, report, t) : "";
  return { intent: failed ? "warning" : "success", title, text, detail: changes(report, t) };
}

export interface ResultsProps {
  operation: Operation;
  report: SetupReport;
}

export function Results({ operation, report }: ResultsProps) {
  const t = useTabWords(catalogue);
  const summary = resultSummary(operation, report, t);
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
