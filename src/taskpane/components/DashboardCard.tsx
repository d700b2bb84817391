/** The dashboard sheet's own card: the button that lists again everything under way. */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { MONITORING_STAGE, REBUILD_ACTIONS } from "../../model/registry";
import { RebuildButton } from "./RebuildButton";
import { CARD_STYLE } from "./card-style";

const useStyles = makeStyles({
  root: CARD_STYLE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The button rebuilds the dashboard's tables and the IPTT sheet's (the registry says which). */
export const DASHBOARD_HELP = `The dashboard lists every planned, ongoing and delayed action, activity and other project, by goal and by lead agency; the IPTT (${MONITORING_STAGE.sheets.iptt.name}) lists every indicator. Their figures follow what is typed; refresh them after adding or finishing items, or adding goals or indicators.`;

export interface DashboardCardProps {
  /** The dashboard is there and nothing is running. */
  enabled: boolean;
  /** Why it cannot be refreshed yet, if the dashboard is not in the workbook. */
  unavailable?: string;
  onRefresh(): void;
  /** What the refresh is doing or did, under its button. */
  outcome?: ReactNode;
}

export function DashboardCard({ enabled, unavailable, onRefresh, outcome }: DashboardCardProps) {
  const styles = useStyles();
  const headingId = useId("dashboard-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Dashboard
      </h2>
      <RebuildButton label={REBUILD_ACTIONS.dashboard.label} help={DASHBOARD_HELP} enabled={enabled} unavailable={unavailable} onRebuild={onRefresh} />
      {outcome}
    </section>
  );
}
