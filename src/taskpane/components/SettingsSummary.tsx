/**
 * The plan's settings once saved, in one line, with the way back to the form: the first screen
 * goes to what comes next rather than to a form already filled in.
 */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { PlanSettings } from "../../model/settings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  line: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** "Kenya · 2026–2030 · USD · reported annually". */
export function settingsLine(settings: PlanSettings): string {
  const reported: Record<string, string> = { Annual: "reported annually", "Semi-annual": "reported twice a year", Quarterly: "reported quarterly", Monthly: "reported monthly" };
  return [settings.country, `${settings.startYear}–${settings.endYear}`, settings.currency, reported[settings.frequency] ?? settings.frequency].join(" · ");
}

export interface SettingsSummaryProps {
  settings: PlanSettings;
  busy: boolean;
  onEdit(): void;
}

export function SettingsSummary({ settings, busy, onEdit }: SettingsSummaryProps) {
  const styles = useStyles();
  const headingId = useId("settings-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} className={styles.heading}>
          Plan settings
        </h2>
        <Button appearance="subtle" disabledFocusable={busy} aria-describedby={headingId} onClick={onEdit}>
          Edit settings
        </Button>
      </div>
      <Text size={200} className={styles.line}>
        {settingsLine(settings)}
      </Text>
    </section>
  );
}
