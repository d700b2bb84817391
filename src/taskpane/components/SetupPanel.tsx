/**
 * The "Set up" tab: the plan's settings (the form until saved, then a line and a way back),
 * what to do next, the stages with their own set-up and the capacity matrix, and the dashboard.
 * Each operation answers under the button that started it. Talks to nothing: the planner hook's
 * state and callbacks only.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import type { Language } from "../../model/i18n/language";
import type { StageState } from "../../model/layout/steps";
import { REBUILD_ACTIONS } from "../../model/registry";
import { DEFAULT_SETTINGS } from "../../model/settings";
import type { StageGuidance } from "../../model/spec/sheet-layout";
import { LazyNextSteps, LazyNoticeBars } from "../lazy-views";
import { outline } from "../state/outline-loader";
import { activityAt, stagePlace, type Place } from "../state/outcome-place";
import { canRebuild, canSetUp, rebuildAvailable, settingsShown, visibleProblems, type RebuildTarget } from "../state/pane-state";
import { draftProblems, settingsFrom } from "../state/settings-draft";
import type { Planner } from "../state/usePlanner";
import { useWords } from "../words";
import { CapacityMatrixButton } from "./CapacityMatrixButton";
import { DashboardCard } from "./DashboardCard";
import { Outcome } from "./Outcome";
import { SettingsForm } from "./SettingsForm";
import { SettingsSummary } from "./SettingsSummary";
import { StageList } from "./StageList";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface SetupPanelProps {
  planner: Planner;
  /** Another tab's operation (a check, an add) is using the workbook. */
  elsewhere: boolean;
  /** Opens the Check tab and checks the plan. */
  onCheck(): void;
}

/** The workbook's read notices that no stage card shows already. */
function unshownNotices(status: NonNullable<Planner["state"]["status"]>) {
  const onCards = new Set([...status.stages, status.workbook].flatMap((s: StageState) => s.details));
  return status.notices.filter((n) => !onCards.has(n.message));
}

export function SetupPanel({ planner, elsewhere, onCheck }: SetupPanelProps) {
  const styles = useStyles();
  const t = useWords();
  const { state, refresh, setUp, rebuild, editField, dismissError, openSettings, closeSettings } = planner;
  const busy = Boolean(state.busy) || elsewhere;
  const problems = useMemo(() => draftProblems(state.draft, t.language), [state.draft, t.language]);
  const valid = Object.keys(problems).length === 0;
  const ready = canSetUp(state) && !elsewhere;
  const saved = state.status?.settings;

  // Guidance quotes settings (e.g. the most goals): use the typed ones once they make sense. The
  // outline comes with the first status read (outline-loader.ts); stage cards show only then.
  const plan = state.status ? outline() : undefined;
  const guidance = useMemo(() => {
    const settings = valid ? settingsFrom(state.draft) : (saved ?? DEFAULT_SETTINGS);
    // In the pane's language, as the cards' own words around it (not the workbook's).
    return plan?.guidance(settings, t.language) ?? new Map<number, StageGuidance>();
  }, [plan, valid, state.draft, saved, t.language]);

  // A new workbook is written in the language chosen, the pane's (Office's) unless changed; one
  // that holds the plan keeps its own (the host does so too, whatever is asked).
  const [chosenLanguage, setChosenLanguage] = useState<Language>(t.language);
  const language = saved?.language ?? chosenLanguage;
  const setUpStages = (list?: number[]) => {
    if (!ready) return;
    void setUp({ settings: { ...settingsFrom(state.draft), language }, stages: list });
  };
  const rebuildable = (target: RebuildTarget) => canRebuild(state, target) && !elsewhere;
  // Said only once the workbook has been read and lacks the tables, not while merely busy.
  const unavailable = (target: RebuildTarget, text: string) => (state.status && !rebuildAvailable(state.status, target) ? text : undefined);
  const rebuildTables = (target: RebuildTarget) => {
    if (rebuildable(target)) void rebuild(target);
  };
  const outcome = (place: Place, idle?: ReactNode) => <Outcome place={place} activity={activityAt(state, place)} onDismissError={dismissError} idle={idle} />;
  const readNotices = state.status && unshownNotices(state.status);

  return (
    <>
      <div className={styles.section}>
        {saved && !settingsShown(state) ? (
          <SettingsSummary settings={saved} busy={busy} onEdit={openSettings} />
        ) : (
          <SettingsForm
            draft={state.draft}
            shown={visibleProblems(state, t.language)}
            all={problems}
            busy={busy}
            onChange={editField}
            onSetUp={() => setUpStages()}
            onClose={saved ? closeSettings : undefined}
            language={language}
            languageLocked={Boolean(saved)}
            onLanguage={setChosenLanguage}
          />
        )}
        {outcome("settings")}
      </div>
      {state.status && <LazyNextSteps status={state.status} busy={busy} onCheck={onCheck} />}
      <StageList
        stages={state.status?.stages}
        guidance={guidance}
        canSetUp={ready}
        busy={busy}
        onSetUpStage={(n) => setUpStages([n])}
        onRefresh={() => void refresh()}
        outcome={outcome("stages", readNotices?.length ? <LazyNoticeBars notices={readNotices} /> : undefined)}
        stageOutcome={(stage) => outcome(stagePlace(stage.number))}
        stageActions={(stage) =>
          stage.number === REBUILD_ACTIONS.capacity.part && (
            <>
              <CapacityMatrixButton
                enabled={rebuildable("capacity")}
                unavailable={unavailable("capacity", t("rebuild.capacity.unavailable", { stage: REBUILD_ACTIONS.capacity.part }))}
                onBuild={() => rebuildTables("capacity")}
              />
              {outcome("capacity")}
            </>
          )
        }
      />
      <DashboardCard
        enabled={rebuildable("dashboard")}
        unavailable={unavailable("dashboard", t("rebuild.dashboard.unavailable"))}
        onRefresh={() => rebuildTables("dashboard")}
        outcome={outcome("dashboard")}
      />
    </>
  );
}
