/**
 * The plan's settings, stacked one per row so the form fits a 350 px pane, with the rarely
 * changed ones behind an "Advanced" disclosure, and the button that sets the workbook up.
 */
import { Button, makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { SETTING_FIELDS, settingLabelIn, type SettingKey } from "../../model/settings";
import type { DraftProblems, SettingsDraft } from "../state/settings-draft";
import { useDisabledOutline } from "./disabled-style";
import { useWords } from "../words";
import { Disclosure } from "./Disclosure";
import { SettingInput, settingLabel } from "./SettingInput";
import { WorkbookLanguageInput } from "./WorkbookLanguageInput";
import { IatiSettings } from "./IatiSettings";
import type { Language } from "../../model/i18n/language";

const MAIN: SettingKey[] = ["country", "title", "startYear", "endYear", "currency", "frequency"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  advanced: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  setUp: { flex: "1 1 auto" },
});

export interface SettingsFormProps {
  draft: SettingsDraft;
  /** Problems to show under their fields. */
  shown: DraftProblems;
  /** Every problem, shown or not: they decide whether set-up is possible. */
  all: DraftProblems;
  busy: boolean;
  onChange(key: SettingKey, text: string): void;
  onSetUp(): void;
  /** Closes the form without setting up, once the workbook holds settings to go back to. */
  onClose?(): void;
  /** The workbook's language: the one chosen for a new workbook, or the one a set-up workbook holds. */
  language: Language;
  /** The workbook holds the plan: its language is fixed. */
  languageLocked: boolean;
  onLanguage(language: Language): void;
}

export function SettingsForm({ draft, shown, all, busy, onChange, onSetUp, onClose, language, languageLocked, onLanguage }: SettingsFormProps) {
  const styles = useStyles();
  const t = useWords();
  const disabled = useDisabledOutline();
  const headingId = useId("settings-heading");
  const hintId = useId("setup-hint");
  const input = (key: SettingKey) => {
    const field = SETTING_FIELDS.find((f) => f.key === key)!;
    return <SettingInput key={key} field={field} value={draft[key]} problem={shown[key]} busy={busy} onChange={(text) => onChange(key, text)} />;
  };
  // The optional IATI settings come last, as a group of their own (IatiSettings).
  const advanced = SETTING_FIELDS.filter((f) => !MAIN.includes(f.key) && !f.optional);
  const advancedProblems = SETTING_FIELDS.filter((f) => !MAIN.includes(f.key) && all[f.key]).length;
  // Lists every field in the way, including empty ones not yet flagged and closed Advanced ones.
  const blockers = SETTING_FIELDS.filter((f) => all[f.key]).map((f) => (f.optional ? settingLabelIn(f.key, t.language) : settingLabel(f.key, t)));
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("settings.heading")}
      </h2>
      {MAIN.map(input)}
      <Disclosure label={t("settings.advanced", { count: advancedProblems })} className={styles.advanced}>
        <WorkbookLanguageInput language={language} locked={languageLocked} busy={busy} onChange={onLanguage} />
        {advanced.map((f) => input(f.key))}
        <IatiSettings draft={draft} shown={shown} busy={busy} onChange={onChange} />
      </Disclosure>
      <div className={styles.buttons}>
        <Button
          className={mergeClasses(styles.setUp, (busy || blockers.length > 0) && disabled.outlined)}
          appearance="primary"
          disabledFocusable={busy || blockers.length > 0}
          aria-describedby={blockers.length ? hintId : undefined}
          onClick={onSetUp}
        >
          {t("settings.setUp")}
        </Button>
        {onClose && (
          <Button disabledFocusable={busy} onClick={onClose}>
            {t("settings.cancel")}
          </Button>
        )}
      </div>
      {blockers.length > 0 && (
        <Text id={hintId} size={200} className={styles.hint}>
          {t("settings.blockers", { fields: blockers.join(", ") })}
        </Text>
      )}
    </section>
  );
}
