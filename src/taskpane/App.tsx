/**
 * The pane, in three tabs: "Set up" (settings, what next, the workbook's stages with the capacity
 * stage's matrix, the dashboard, each answering under its own button), "Check" (the plan check and its
 * findings) and "Catalogue" (SDG indicators to add to the plan, GCM objectives for reference).
 * One operation on the workbook at a time, across the tabs. It talks to the workbook only through the PlannerService it is given (Office in the
 * add-in, a double in tests).
 */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { PlannerService } from "../service/planner-service";
import { STAGES } from "../model/registry";
import type { CatalogIndicator } from "../model/catalog/entries";
import { Header } from "./components/Header";
import { PaneTabs } from "./components/PaneTabs";
import { SetupPanel } from "./components/SetupPanel";
import { useCatalogue } from "./state/useCatalogue";
import { useCheck } from "./state/useCheck";
import { usePlanner } from "./state/usePlanner";
import { LazyCataloguePanel, LazyCheckPanel, preloadStatusViews } from "./lazy-views";
import { withOutline } from "./state/outline-loader";
import { useWords, type PaneWords } from "./words";
import type { PaneKey } from "../model/i18n/pane/en";

type PaneTab = "setup" | "check" | "catalogue";

/** The stages' names in the pane's language, for the Check tab's filters and headings. */
function stageNames(t: PaneWords): ReadonlyMap<number, string> {
  return new Map(STAGES.map((s) => [s.number, t(`stage.${s.number}.name` as PaneKey)]));
}

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
    // clip, not hidden: hidden would make the pane a scroll container, and the catalogue's
    // sticky Add button would stick to it (as tall as its content) instead of to the window.
    overflowX: "clip",
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL, minWidth: 0 },
  // The tabs sit flush with the content's left edge.
  // At 200 % zoom the pane is about 175 px wide: the tabs wrap rather than run off the edge.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalMNudge})` },
});

export function App({ service: given }: { service: PlannerService }) {
  const styles = useStyles();
  const t = useWords();
  const names = useMemo(() => stageNames(t), [t]);
  // Whatever the workbook answers waits for the words to say it in (outline-loader.ts).
  const service = useMemo(() => withOutline(given), [given]);
  useEffect(preloadStatusViews, []);
  const planner = usePlanner(service);
  const { state } = planner;
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

  const checkBlocked = settingUp || adding;
  const whenCheckFree = (work: () => Promise<void>) => {
    if (!checkBlocked) void work();
  };
  // "Check the plan" in What next: the user goes where the findings will be.
  const checkNow = () => {
    setTab("check");
    whenCheckFree(checker.check);
  };

  const addIndicators = (items: CatalogIndicator[]) => {
    if (busy) return;
    void catalogue.add(items);
  };

  return (
    <main className={styles.root}>
      <Header planTitle={state.status?.settings?.title} workbook={state.status?.workbook} />
      <PaneTabs<PaneTab>
        className={styles.tabs}
        label="M&D Planner"
        panelId={ids.panel}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { value: "setup", id: ids.setup, label: t("tabs.setup") },
          { value: "check", id: ids.check, label: t("tabs.check") },
          { value: "catalogue", id: ids.catalogue, label: t("tabs.catalogue") },
        ]}
      />
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids[tab]} className={styles.panel}>
        {tab === "catalogue" ? (
          <LazyCataloguePanel
            state={catalogue.state}
            blocked={settingUp || checking}
            onSearch={catalogue.search}
            onToggle={catalogue.toggle}
            onAdd={addIndicators}
            onDismissError={catalogue.dismissError}
          />
        ) : tab === "check" ? (
          <LazyCheckPanel
            state={checker.state}
            blocked={checkBlocked}
            stageNames={names}
            onCheck={() => whenCheckFree(checker.check)}
            onClearMarks={() => whenCheckFree(checker.clearMarks)}
            onSelect={(address) => whenCheckFree(() => checker.select(address))}
            onStage={checker.filterStage}
            onSeverity={checker.filterSeverity}
            onDismissError={checker.dismissError}
          />
        ) : (
          <SetupPanel planner={planner} elsewhere={elsewhere} onCheck={checkNow} />
        )}
      </div>
    </main>
  );
}
