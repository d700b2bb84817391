/** What the service says it is doing, as a bar and in words. */
import { makeStyles, ProgressBar, Text, tokens, useId } from "@fluentui/react-components";
import type { Progress as ProgressInfo } from "../../hosts/office/planner-service";

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
      <ProgressBar aria-labelledby={labelId} value={progress ? Math.min(1, Math.max(0, progress.fraction)) : undefined} max={1} thickness="large" />
    </div>
  );
}
