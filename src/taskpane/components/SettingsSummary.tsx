/**
 * The plan's settings once saved, in one line, with the way back to the form: the first screen
 * goes to what comes next rather than to a form already filled in.
 */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { PlanSettings } from "../../model/settings";
import { useWords, type PaneWords } from "../words";
import { FREQUENCY_CASE } from "./SettingInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  line: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** "Kenya · 2026–2030 · USD · reported annually". */
export function settingsLine(settings: PlanSettings, t: PaneWords): string {
  // Years as typed (no "2,026"); a frequency the pane does not know is shown as the workbook has it.
  const { country, currency, frequency } = settings;
  return t("settings.line", { country, start: String(settings.startYear), end: String(settings.endYear), currency, frequency: FREQUENCY_CASE[frequency] ?? frequency });
}

export interface SettingsSummaryProps {
  settings: PlanSettings;
  busy: boolean;
  onEdit(): void;
}

export function SettingsSummary({ settings, busy, onEdit }: SettingsSummaryProps) {
  const styles = useStyles();
  const t = useWords();
  const headingId = useId("settings-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} className={styles.heading}>
          {t("settings.heading")}
        </h2>
        <Button appearance="subtle" disabledFocusable={busy} aria-describedby={headingId} onClick={onEdit}>
          {t("settings.edit")}
        </Button>
      </div>
      <Text size={200} className={styles.line}>
        {settingsLine(settings, t)}
      </Text>
    </section>
  );
}
