/**
 * The SDG indicators related to migration: a search, the list to tick, and the button that adds
 * the ticked ones to the plan's indicator table (stage 6). The button, with what it did, sits right
 * under the search box and stays at the top of the pane while the list scrolls under it: a long
 * list must not push it out of reach. Talks to nothing: state and callbacks only.
 */
import { Button, Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, SearchBox, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { CatalogIndicator } from "../../model/catalog/catalog";
import { type CatalogueState } from "../state/catalogue-state";
import { catalogue as words } from "../../model/i18n/pane-catalogue";
import { addedText, addingText, addLabel, failureText, hiddenChecked, hiddenText, matchingIndicators, matchText } from "../state/catalogue-view";
import { shortSource } from "../state/plain-words";
import { useTabWords } from "../words";
import { Details } from "./Details";
import { useDisabledOutline } from "./disabled-style";
import { ErrorBar } from "./ErrorBar";
import { IndicatorList } from "./IndicatorList";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  search: { width: "100%", maxWidth: "100%", minWidth: 0 },
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  button: { alignSelf: "flex-start" },
  activity: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface IndicatorPickerProps {
  state: CatalogueState;
  indicators: readonly CatalogIndicator[];
  /** The source of the whole list, shown once. */
  source: string;
  /** Something else (a set-up, a rebuild, a check) is using the workbook. */
  blocked: boolean;
  onSearch(query: string): void;
  onToggle(code: string, checked: boolean): void;
  onAdd(): void;
  onDismissError(): void;
}

export function IndicatorPicker({ state, indicators, source, blocked, onSearch, onToggle, onAdd, onDismissError }: IndicatorPickerProps) {
  const styles = useStyles();
  const t = useTabWords(words);
  const disabled = useDisabledOutline();
  const headingId = useId("sdg-heading");
  const hiddenId = useId("sdg-hidden");
  const { query, checked, busy } = state;
  const shown = useMemo(() => matchingIndicators(indicators, query), [indicators, query]);
  const hidden = hiddenChecked(indicators, { query, checked });
  const searching = query.trim() !== "";
  const off = Boolean(busy) || blocked || checked.length === 0;
  const listSource = shortSource(source);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("sdg.heading")}
      </h2>
      <Text size={200} className={styles.source}>
        {t("source", { source: listSource })}
      </Text>
      {listSource !== source && <Details summary={t("source.about")}>{source}</Details>}
      <Text size={200} className={styles.hint}>
        {t("sdg.hint")}
      </Text>
      {t.language !== "en" && (
        <Text size={200} className={styles.hint}>
          {t("names.english")}
        </Text>
      )}
      <Field label={t("search.label")} hint={t("search.hint")}>
        {/* Fluent's clear button says "clear" in English unless told. */}
        <SearchBox className={styles.search} value={query} dismiss={{ "aria-label": t("search.clear") }} onChange={(_, data) => onSearch(data.value)} />
      </Field>
      {/* Always in the DOM, so the count is announced as the user types. */}
      <Text size={200} aria-live="polite">
        {searching ? matchText(shown.length, query, t) : ""}
      </Text>
      <div className={styles.bar}>
        {hidden > 0 && (
          <Text id={hiddenId} size={200} className={styles.hint}>
            {hiddenText(hidden, t)}
          </Text>
        )}
        {/* disabledFocusable, not disabled: the button keeps focus while it works. */}
        <Button
          className={mergeClasses(styles.button, off && disabled.outlined)}
          appearance="primary"
          disabledFocusable={off}
          aria-describedby={hidden > 0 ? hiddenId : undefined}
          onClick={onAdd}
        >
          {addLabel(checked.length, t)}
        </Button>
        <div className={styles.activity}>
          <div role="alert">{state.error && <ErrorBar message={failureText(state.error, t)} onDismiss={onDismissError} />}</div>
          {/* Always in the DOM: screen readers announce changes only in a live region that already exists. */}
          <div role="status" aria-live="polite" className={styles.activity}>
            {busy && <Progress fallback={addingText(busy.codes.length, t)} />}
            {state.added && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t("add.done.title")}</MessageBarTitle>
                  {addedText(state.added, t)}
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
        </div>
      </div>
      <IndicatorList items={shown} checked={checked} listSource={listSource} labelledBy={headingId} onToggle={onToggle} />
    </section>
  );
}
