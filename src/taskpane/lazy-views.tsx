/**
 * The "Check" and "Catalogue" tabs, loaded when first opened: the first screen ("Set up") does not
 * need them, and on a slow link every kilobyte before it counts. Each view is a chunk of its own
 * (check, catalogue: webpack.config.js names them), fetched once (lazy-view.tsx: how one loads,
 * and what the pane says while it does or when it does not arrive).
 *
 * The stage cards, the workbook's status badge and What next too (status-views.js): nothing shows them
 * before the workbook has been read, so they are fetched while it is, not before the first screen;
 * and the progress bar (lazy-progress-bar.tsx), whose words show without it. Likewise what an operation brought and the
 * workbook's notices (results.js, with their words): fetched while the workbook is read, and shown
 * at once when they answer, since they arrive then already fetched (preload).
 */
import type { CataloguePanelProps } from "./components/CataloguePanel";
import type { CheckPanelProps } from "./components/CheckPanel";
import type { NextStepsProps } from "./components/NextSteps";
import type { NoticeBarsProps } from "./components/NoticeBars";
import type { ResultsProps } from "./components/Results";
import type { StageCardsProps } from "./components/StageCards";
import type { StageStatus } from "../model/layout/steps";
import { LazyProgressBar } from "./lazy-progress-bar";
import { lazyView } from "./lazy-view";

export const LazyCheckPanel = lazyView<CheckPanelProps>("check", () => import(/* webpackChunkName: "check" */ "./components/CheckPanel").then((m) => m.CheckPanel));

export const LazyCataloguePanel = lazyView<CataloguePanelProps>("catalogue", () =>
  import(/* webpackChunkName: "catalogue" */ "./components/CataloguePanel").then((m) => m.CataloguePanel),
);

const statusViews = () => import(/* webpackChunkName: "status-views" */ "./components/status-views");

/**
 * Fetches the status views (stage cards, status badge) and the results ahead of need: App calls it
 * after its first render, while the workbook is read. A failure here is left to the views
 * themselves, which import again when they render and say so if that fails too.
 */
export function preloadStatusViews(): void {
  statusViews().catch(() => undefined);
  void LazyProgressBar.preload();
  void LazyResults.preload();
  void LazyNoticeBars.preload();
}

export const LazyStageCards = lazyView<StageCardsProps>("stages", () => statusViews().then((m) => m.StageCards), { loading: null });

/** The header's badge: the stage list says it when the chunk fails, once. */
export const LazyStatusBadge = lazyView<{ status: StageStatus; className?: string }>("status", () => statusViews().then((m) => m.StatusBadge), { loading: null, silentFailure: true });

export const LazyNextSteps = lazyView<NextStepsProps>("nextSteps", () => statusViews().then((m) => m.NextSteps), { loading: null, silentFailure: true });

/**
 * What a set-up or rebuild brought, under its button (Outcome.tsx), and the notices of the first
 * read: the same chunk, results.js, with their words in every language.
 */
export const LazyResults = lazyView<ResultsProps>("results", () => import(/* webpackChunkName: "results" */ "./components/Results").then((m) => m.Results), { loading: null });

export const LazyNoticeBars = lazyView<NoticeBarsProps>("notices", () => import(/* webpackChunkName: "results" */ "./components/NoticeBars").then((m) => m.NoticeBars), { loading: null });
