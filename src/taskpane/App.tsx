/**
 * The pane: settings, the workbook's stages, and what the last operation did. It talks to the
 * workbook only through the PlannerService it is given (Office in the add-in, a double in tests).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { PlannerService } from "../hosts/office/planner-service";
import { DEFAULT_SETTINGS } from "../model/settings";
import type { StageGuidance } from "../model/spec/sheet-layout";
import { stages } from "../model/workbook";
import { ErrorBar } from "./components/ErrorBar";
import { Header } from "./components/Header";
import { NoticeBars } from "./components/NoticeBars";
import { Progress } from "./components/Progress";
import { Results } from "./components/Results";
import { SettingsForm } from "./components/SettingsForm";
import { StageList } from "./components/StageList";
import { canSetUp, visibleProblems } from "./state/pane-state";
import { draftProblems, settingsFrom } from "./state/settings-draft";
import { usePlanner } from "./state/usePlanner";

const useStyles = makeStyles({
  // 20 px margins (the Office pane guideline); everything stacks, nothing scrolls sideways.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXL,
    padding: tokens.spacingHorizontalXL,
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "100%",
    overflowX: "hidden",
  },
  activity: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function App({ service }: { service: PlannerService }) {
  const styles = useStyles();
  const { state, refresh, setUp, editField, dismissError } = usePlanner(service);
  const busy = Boolean(state.busy);
  const problems = useMemo(() => draftProblems(state.draft), [state.draft]);
  const valid = Object.keys(problems).length === 0;
  const ready = canSetUp(state);

  // Guidance quotes settings (e.g. the most goals): use the typed ones once they make sense.
  const guidance = useMemo(() => {
    const settings = valid ? settingsFrom(state.draft) : (state.status?.settings ?? DEFAULT_SETTINGS);
    return new Map<number, StageGuidance>(stages(settings).map((s) => [s.number, s.guidance]));
  }, [valid, state.draft, state.status?.settings]);

  const setUpStages = (list?: number[]) => {
    if (!ready) return;
    void setUp({ settings: settingsFrom(state.draft), stages: list });
  };

  return (
    <main className={styles.root}>
      <Header planTitle={state.status?.settings?.title} workbook={state.status?.workbook} />
      <SettingsForm
        draft={state.draft}
        shown={visibleProblems(state)}
        all={problems}
        busy={busy}
        onChange={editField}
        onSetUp={() => setUpStages()}
      />
      <div className={styles.activity}>
        <div role="alert">{state.error && <ErrorBar message={state.error} onDismiss={dismissError} />}</div>
        {/* Always in the DOM: screen readers announce changes only in a live region that already exists. */}
        <div role="status" aria-live="polite" className={styles.activity}>
          {state.busy && (
            <Progress progress={state.busy.progress} fallback={state.busy.operation.kind === "read" ? "Reading the workbook…" : "Setting up…"} />
          )}
          {state.result && <Results operation={state.result.operation} report={state.result.report} />}
          {!state.busy && !state.result && state.status && <NoticeBars notices={state.status.notices} />}
        </div>
      </div>
      <StageList
        stages={state.status?.stages}
        guidance={guidance}
        canSetUp={ready}
        busy={busy}
        onSetUpStage={(n) => setUpStages([n])}
        onRefresh={() => void refresh()}
      />
    </main>
  );
}
