/** The dashboard sheet's own card: the button that lists again everything under way. */
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { MONITORING_STAGE } from "../../model/registry";
import { useWords } from "../words";
import { RebuildButton } from "./RebuildButton";
import { CARD_STYLE } from "./card-style";

const useStyles = makeStyles({
  root: CARD_STYLE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

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
  const t = useWords();
  const headingId = useId("dashboard-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("dashboard.heading")}
      </h2>
      {/* The button rebuilds the dashboard's tables and the IPTT sheet's (the registry says which). */}
      <RebuildButton
        label={t("rebuild.dashboard.label")}
        help={t("rebuild.dashboard.help", { sheet: MONITORING_STAGE.sheets.iptt.name })}
        enabled={enabled}
        unavailable={unavailable}
        onRebuild={onRefresh}
      />
      {outcome}
    </section>
  );
}
