/**
 * The workbook's language, chosen once, at set-up: its sheet names, headers and drop-down values
 * are written in it, so a workbook that holds the plan keeps its own and the choice shows locked.
 * Each language is listed by its own name, as a reader looks for the one they read.
 */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from "../../model/i18n/language";
import { useWords } from "../words";

const useStyles = makeStyles({
  control: { width: "100%", minWidth: 0 },
});

export interface WorkbookLanguageInputProps {
  language: Language;
  /** The workbook already holds the plan, in `language`. */
  locked: boolean;
  busy: boolean;
  onChange(language: Language): void;
}

export function WorkbookLanguageInput({ language, locked, busy, onChange }: WorkbookLanguageInputProps) {
  const styles = useStyles();
  const t = useWords();
  return (
    <Field label={t("settings.language.label")} hint={locked ? t("settings.language.locked", { language: LANGUAGE_NAMES[language] }) : t("settings.language.help")}>
      <Select
        className={styles.control}
        value={language}
        disabled={busy || locked}
        onChange={(_, data) => {
          if (isLanguage(data.value)) onChange(data.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
