/** The check's counts per severity, coloured but never colour-only: each badge says what it counts. */
import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { Severity } from "../../model/check/plan-tables";
import { catalogue } from "../../model/i18n/pane-check";
import { SEVERITIES, severityCount } from "../state/check-view";
import { useTabWords } from "../words";

const COLOR: Record<Severity, BadgeProps["color"]> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function SeverityBadges({ counts }: { counts: Record<Severity, number> }) {
  const styles = useStyles();
  const t = useTabWords(catalogue);
  return (
    <div className={styles.root} role="group" aria-label={t("badges.label")}>
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance={counts[s] ? "filled" : "tint"} color={counts[s] ? COLOR[s] : "subtle"} shape="rounded" size="large">
          {severityCount(s, counts[s], t)}
        </Badge>
      ))}
    </div>
  );
}
