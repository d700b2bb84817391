/** The dashboard sheet's own card: the button that lists again everything under way. */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { RebuildButton } from "./RebuildButton";
import { CARD_STYLE } from "./card-style";

const useStyles = makeStyles({
  root: CARD_STYLE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

export const DASHBOARD_HELP =
  "The dashboard lists every planned, ongoing and delayed action, activity and other project. Its figures follow what is typed; refresh it after adding or finishing items.";

export interface DashboardCardProps {
  /** The dashboard is there and nothing is running. */
  enabled: boolean;
  /** Why it cannot be refreshed yet, if the dashboard is not in the workbook. */
  unavailable?: string;
  onRefresh(): void;
}

export function DashboardCard({ enabled, unavailable, onRefresh }: DashboardCardProps) {
  const styles = useStyles();
  const headingId = useId("dashboard-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Dashboard
      </h2>
      <RebuildButton label="Refresh dashboard" help={DASHBOARD_HELP} enabled={enabled} unavailable={unavailable} onRebuild={onRefresh} />
    </section>
  );
}
