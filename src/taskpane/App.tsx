/**
 * The pane, in three tabs: "Set up" (settings, the workbook's stages with the capacity stage's
 * matrix, the dashboard, what the last set-up or rebuild did), "Check" (the plan check and its
 * findings) and "Catalogue" (SDG indicators to add to the plan, GCM objectives for reference).
 * One operation on the workbook at a time, across the tabs. It talks to the workbook only through the PlannerService it is given (Office in the
 * add-in, a double in tests).
 */
import { makeStyles, Tab, TabList, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { PlannerService } from "../hosts/office/planner-service";
import { DEFAULT_SETTINGS } from "../model/settings";
import type { StageGuidance } from "../model/spec/sheet-layout";
import { GCM_OBJECTIVES, GCM_SOURCE, SDG_INDICATORS, SDG_SOURCE } from "../model/catalog/catalog";
import { REBUILD_ACTIONS } from "../model/registry";
import { stages } from "../model/workbook";
import { ErrorBar } from "./components/ErrorBar";
import { CapacityMatrixButton } from "./components/CapacityMatrixButton";
import { CataloguePanel, type CatalogueContent } from "./components/CataloguePanel";
import { CheckPanel } from "./components/CheckPanel";
import { DashboardCard } from "./components/DashboardCard";
import { Header } from "./components/Header";
import { NoticeBars } from "./components/NoticeBars";
import { Progress } from "./components/Progress";
import { Results } from "./components/Results";
import { SettingsForm } from "./components/SettingsForm";
import { StageList } from "./components/StageList";
import { checkedIndicators } from "./state/catalogue-state";
import { busyText, canRebuild, canSetUp, rebuildAvailable, visibleProblems, type RebuildTarget } from "./state/pane-state";
import { draftProblems, settingsFrom } from "./state/settings-draft";
import { useCatalogue } from "./state/useCatalogue";
import { useCheck } from "./state/useCheck";
import { usePlanner } from "./state/usePlanner";

type PaneTab = "setup" | "check" | "catalogue";

const CATALOGUE: CatalogueContent = { indicators: SDG_INDICATORS, indicatorSource: SDG_SOURCE, objectives: GCM_OBJECTIVES, objectiveSource: GCM_SOURCE };

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
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL, minWidth: 0 },
  // The tabs sit flush with the content's left edge.
  // At 200 % zoom the pane is about 175 px wide: the tabs wrap rather than run off the edge.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalMNudge})`, flexWrap: "wrap" },
});

export function App({ service }: { service: PlannerService }) {
  const styles = useStyles();
  const { state, refresh, setUp, rebuild, editField, dismissError } = usePlanner(service);
  const checker = useCheck(service);
  const catalogue = useCatalogue(service);
  const [tab, setTab] = useState<PaneTab>("setup");
  const ids = { setup: useId("tab-setup"), check: useId("tab-check"), catalogue: useId("tab-catalogue"), panel: useId("tab-panel") };
  // One operation on the workbook at a time, across the tabs: each tab is held back while another works.
  const settingUp = Boolean(state.busy);
  const checking = Boolean(checker.state.busy);
  const adding = Boolean(catalogue.state.busy);
  const elsewhere = checking || adding;
  const busy = settingUp || elsewhere;
  const problems = useMemo(() => draftProblems(state.draft), [state.draft]);
  const valid = Object.keys(problems).length === 0;
  const ready = canSetUp(state) && !elsewhere;

  // Guidance quotes settings (e.g. the most goals): use the typed ones once they make sense.
  const guidance = useMemo(() => {
    const settings = valid ? settingsFrom(state.draft) : (state.status?.settings ?? DEFAULT_SETTINGS);
    return new Map<number, StageGuidance>(stages(settings).map((s) => [s.number, s.guidance]));
  }, [valid, state.draft, state.status?.settings]);
  const stageNames = useMemo(() => new Map<number, string>(stages(state.status?.settings ?? DEFAULT_SETTINGS).map((s) => [s.number, s.name])), [state.status?.settings]);

  const setUpStages = (list?: number[]) => {
    if (!ready) return;
    void setUp({ settings: settingsFrom(state.draft), stages: list });
  };

  const rebuildable = (target: RebuildTarget) => canRebuild(state, target) && !elsewhere;
  // Said only once the workbook has been read and lacks the tables, not while merely busy.
  const unavailable = (target: RebuildTarget, text: string) => (state.status && !rebuildAvailable(state.status, target) ? text : undefined);
  const rebuildTables = (target: RebuildTarget) => {
    if (!rebuildable(target)) return;
    void rebuild(target);
  };

  const checkBlocked = settingUp || adding;
  const whenCheckFree = (work: () => Promise<void>) => {
    if (!checkBlocked) void work();
  };

  const addIndicators = () => {
    if (busy) return;
    void catalogue.add(checkedIndicators(CATALOGUE.indicators, catalogue.state.checked));
  };

  return (
    <main className={styles.root}>
      <Header planTitle={state.status?.settings?.title} workbook={state.status?.workbook} />
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)} aria-label="M&D Planner">
        <Tab value="setup" id={ids.setup} aria-controls={ids.panel}>
          Set up
        </Tab>
        <Tab value="check" id={ids.check} aria-controls={ids.panel}>
          Check
        </Tab>
        <Tab value="catalogue" id={ids.catalogue} aria-controls={ids.panel}>
          Catalogue
        </Tab>
      </TabList>
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids[tab]} className={styles.panel}>
        {tab === "catalogue" ? (
          <CataloguePanel
            state={catalogue.state}
            catalogue={CATALOGUE}
            blocked={settingUp || checking}
            onSearch={catalogue.search}
            onToggle={catalogue.toggle}
            onAdd={addIndicators}
            onDismissError={catalogue.dismissError}
          />
        ) : tab === "check" ? (
          <CheckPanel
            state={checker.state}
            blocked={checkBlocked}
            stageNames={stageNames}
            onCheck={() => whenCheckFree(checker.check)}
            onClearMarks={() => whenCheckFree(checker.clearMarks)}
            onSelect={(address) => whenCheckFree(() => checker.select(address))}
            onStage={checker.filterStage}
            onSeverity={checker.filterSeverity}
            onDismissError={checker.dismissError}
          />
        ) : (
          <>
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
                {state.busy && <Progress progress={state.busy.progress} fallback={busyText(state.busy.operation)} />}
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
              stageActions={(stage) =>
                stage.number === REBUILD_ACTIONS.capacity.part && (
                  <CapacityMatrixButton
                    enabled={rebuildable("capacity")}
                    unavailable={unavailable("capacity", `Set up stage ${REBUILD_ACTIONS.capacity.part} first.`)}
                    onBuild={() => rebuildTables("capacity")}
                  />
                )
              }
            />
            <DashboardCard
              enabled={rebuildable("dashboard")}
              unavailable={unavailable("dashboard", "Set up the workbook first.")}
              onRefresh={() => rebuildTables("dashboard")}
            />
          </>
        )}
      </div>
    </main>
  );
}
