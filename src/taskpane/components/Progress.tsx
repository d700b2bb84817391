/**
 * What the service says it is doing, in words and as a bar. The words come first: the bar (Fluent's,
 * with its animation library) is fetched after the first render and joins them when it arrives.
 */
import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { Progress as ProgressInfo } from "../../service/planner-service";
import { LazyProgressBar } from "../lazy-progress-bar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function Progress({ progress, fallback }: { progress?: ProgressInfo; fallback: string }) {
  const styles = useStyles();
  const labelId = useId("progress-label");
  return (
    <div className={styles.root}>
      <Text id={labelId}>{progress?.label ?? fallback}</Text>
      {/* No fraction yet: an indeterminate bar rather than a bar stuck at 0. */}
      <LazyProgressBar aria-labelledby={labelId} value={progress ? Math.min(1, Math.max(0, progress.fraction)) : undefined} max={1} thickness="large" />
    </div>
  );
}
