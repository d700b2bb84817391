/**
 * What the operation started beside it is doing, did, or why it failed: placed under the button
 * pressed, so the answer shows where the user is looking. The live regions are always in the DOM
 * (screen readers announce changes only in a region that already exists); when the answer
 * arrives it is scrolled into view, and it takes the focus if the button pressed has gone (the
 * settings form closes once set up), so keyboard users are not left on the page's body.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { busyText } from "../state/pane-state";
import type { Place, PlaceActivity } from "../state/outcome-place";
import { LazyResults } from "../lazy-views";
import { useWords } from "../words";
import { ErrorBar } from "./ErrorBar";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    scrollMarginBlock: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    // Focused by the pane, not by a click: shown to keyboard users, who need to see where they are.
    ":focus": { outlineStyle: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
  },
  // Nothing to say: out of the layout (no gap in the card) but still in the accessibility tree.
  quiet: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface OutcomeProps {
  place: Place;
  activity: PlaceActivity;
  onDismissError(): void;
  /** Shown while nothing runs and there is no result here (the notices of the last read). */
  idle?: ReactNode;
}

/** Brings the outcome into sight when something new shows in it. */
function useReveal(target: RefObject<HTMLDivElement | null>, activity: PlaceActivity): void {
  const working = Boolean(activity.busy);
  const { result, error } = activity;
  useEffect(() => {
    const box = target.current;
    if (!box || (!working && !result && !error)) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    // Work nobody asked for (the read when the pane opens) must not pull the page away from the form.
    if (!result && !error && lost) return;
    box.scrollIntoView({ block: "nearest" });
    if (lost) box.focus();
  }, [target, working, result, error]);
}

export function Outcome({ place, activity, onDismissError, idle }: OutcomeProps) {
  const styles = useStyles();
  const t = useWords();
  const box = useRef<HTMLDivElement>(null);
  useReveal(box, activity);
  const { busy, result, error } = activity;
  const quiet = !busy && !result && !error && !idle;
  return (
    <div ref={box} tabIndex={-1} className={mergeClasses(styles.root, quiet && styles.quiet)} data-outcome={place}>
      {/* Separate from the status: an alert interrupts, progress and results wait their turn. */}
      <div role="alert" className={styles.region}>
        {error && <ErrorBar message={error} onDismiss={onDismissError} />}
      </div>
      <div role="status" aria-live="polite" className={styles.region}>
        {busy && <Progress progress={busy.progress} fallback={busyText(busy.operation, t)} />}
        {result && <LazyResults operation={result.operation} report={result.report} />}
        {!busy && !result && !error && idle}
      </div>
    </div>
  );
}
