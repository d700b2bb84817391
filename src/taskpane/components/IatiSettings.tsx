/**
 * The settings only an IATI export needs, under Advanced. Their words come from the settings'
 * catalogue (loaded with the first chunk already), in the pane's language, so the Settings sheet,
 * the form and mdplan's refusal name them alike.
 */
import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { IATI_SETTING_KEYS, iatiGroupHeadingIn, settingAboutIn, settingLabelIn, type SettingKey } from "../../model/settings";
import type { DraftProblems, SettingsDraft } from "../state/settings-draft";
import { useWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  control: { width: "100%", minWidth: 0 },
  heading: { color: tokens.colorNeutralForeground2 },
});

export interface IatiSettingsProps {
  draft: SettingsDraft;
  shown: DraftProblems;
  busy: boolean;
  onChange(key: SettingKey, text: string): void;
}

export function IatiSettings({ draft, shown, busy, onChange }: IatiSettingsProps) {
  const styles = useStyles();
  const { language } = useWords();
  return (
    <div className={styles.root} role="group" aria-label={iatiGroupHeadingIn(language)}>
      <Text size={200} className={styles.heading}>
        {iatiGroupHeadingIn(language)}
      </Text>
      {IATI_SETTING_KEYS.map((key) => (
        <Field key={key} label={settingLabelIn(key, language)} hint={settingAboutIn(key, language)} validationState={shown[key] ? "error" : "none"} validationMessage={shown[key]}>
          {/* readOnly, not disabled, while busy, so the field keeps focus (as the other settings). */}
          <Input className={styles.control} value={draft[key] ?? ""} readOnly={busy} autoComplete="off" onChange={(_, data) => onChange(key, data.value)} />
        </Field>
      ))}
    </div>
  );
}
