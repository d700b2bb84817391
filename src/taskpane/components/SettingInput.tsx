/** One plan setting: label, help, the control, and its problem right under it. */
import { Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { FREQUENCIES, type SettingField } from "../../model/settings";

const useStyles = makeStyles({
  control: { width: "100%", minWidth: 0 },
});

export interface SettingInputProps {
  field: SettingField;
  value: string;
  problem?: string;
  busy: boolean;
  onChange(text: string): void;
}

export function SettingInput({ field, value, problem, busy, onChange }: SettingInputProps) {
  const styles = useStyles();
  const numeric = field.kind === "year" || field.kind === "integer" || field.kind === "fraction";
  return (
    <Field
      label={field.kind === "fraction" ? `${field.label} (%)` : field.label}
      hint={field.help}
      required={field.key === "country" || field.key === "title"}
      validationState={problem ? "error" : "none"}
      validationMessage={problem}
    >
      {field.kind === "frequency" ? (
        <Select className={styles.control} value={value} disabled={busy} onChange={(_, data) => onChange(data.value)}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {f}
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
