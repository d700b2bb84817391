/**
 * One plan setting: label, help, the control, and its problem right under it. The label and help
 * are the pane's, in its language (the model's English names the Settings sheet's rows).
 */
import { Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { FREQUENCIES, type Frequency, type SettingField, type SettingKey } from "../../model/settings";
import type { PaneKey } from "../../model/i18n/pane/en";
import { useWords, type PaneWords } from "../words";

const useStyles = makeStyles({
  control: { width: "100%", minWidth: 0 },
});

/** A setting's name in the pane's language (also how the form lists what is in the way). */
export function settingLabel(key: SettingKey, t: PaneWords): string {
  return t(`setting.${key}.label` as PaneKey);
}

/** The select keys of the frequency messages: ICU keys take no hyphen ("Semi-annual"). */
export const FREQUENCY_CASE: Readonly<Record<Frequency, string>> = { Annual: "annual", "Semi-annual": "semiannual", Quarterly: "quarterly", Monthly: "monthly" };

export interface SettingInputProps {
  field: SettingField;
  value: string;
  problem?: string;
  busy: boolean;
  onChange(text: string): void;
}

export function SettingInput({ field, value, problem, busy, onChange }: SettingInputProps) {
  const styles = useStyles();
  const t = useWords();
  const label = settingLabel(field.key, t);
  const numeric = field.kind === "year" || field.kind === "integer" || field.kind === "fraction";
  return (
    <Field
      label={field.kind === "fraction" ? `${label} (%)` : label}
      hint={t(`setting.${field.key}.help` as PaneKey)}
      required={field.key === "country" || field.key === "title"}
      validationState={problem ? "error" : "none"}
      validationMessage={problem}
    >
      {field.kind === "frequency" ? (
        <Select className={styles.control} value={value} disabled={busy} onChange={(_, data) => onChange(data.value)}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t("setting.frequency.option", { frequency: FREQUENCY_CASE[f] })}
            </option>
          ))}
        </Select>
      ) : (
        // Text inputs even for numbers: type="number" would hide what was typed when it is not one.
        // readOnly, not disabled, while busy, so the field keeps focus.
        <Input
          className={styles.control}
          value={value}
          readOnly={busy}
          inputMode={numeric ? (field.kind === "fraction" ? "decimal" : "numeric") : undefined}
          autoComplete={field.key === "country" ? "country-name" : "off"}
          contentAfter={field.kind === "fraction" ? "%" : undefined}
          onChange={(_, data) => onChange(data.value)}
        />
      )}
    </Field>
  );
}
