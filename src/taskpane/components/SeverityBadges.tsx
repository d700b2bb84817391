/** The check's counts per severity, coloured but never colour-only: each badge says what it counts. */
import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { Severity } from "../../model/check/plan-tables";
import { SEVERITIES, severityCount } from "../state/check-view";

const COLOR: Record<Severity, BadgeProps["color"]> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function SeverityBadges({ counts }: { counts: Record<Severity, number> }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label="Findings by severity">
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance={counts[s] ? "filled" : "tint"} color={counts[s] ? COLOR[s] : "subtle"} shape="rounded" size="large">
          {severityCount(s, counts[s])}
        </Badge>
      ))}
    </div>
  );
}
