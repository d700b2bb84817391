/**
 * The 23 objectives of the Global Compact for Migration, for reference: goals are tagged with them
 * in the workbook, from the Priorities sheet's drop-down, not from here.
 */
import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { GcmObjective } from "../../model/catalog/catalog";
import { catalogue as words } from "../../model/i18n/pane-catalogue";
import { objectiveText } from "../state/catalogue-view";
import { shortSource } from "../state/plain-words";
import { useTabWords } from "../words";
import { Details } from "./Details";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // The number is part of each item's text, as in the drop-down.
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export interface GcmObjectiveListProps {
  objectives: readonly GcmObjective[];
  source: string;
}

export function GcmObjectiveList({ objectives, source }: GcmObjectiveListProps) {
  const styles = useStyles();
  const t = useTabWords(words);
  const headingId = useId("gcm-heading");
  const short = shortSource(source);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("gcm.heading")}
      </h2>
      <Text size={200} className={styles.source}>
        {t("source", { source: short })}
      </Text>
      {short !== source && <Details summary={t("source.about")}>{source}</Details>}
      <Text size={200} className={styles.hint}>
        {t("gcm.hint")}
      </Text>
      {t.language !== "en" && (
        <Text size={200} className={styles.hint}>
          {t("names.english")}
        </Text>
      )}
      <ol className={styles.list} aria-labelledby={headingId}>
        {objectives.map((o) => (
          // The objectives' titles are the UN's English ones: the official French and Spanish texts are not at hand offline.
          <li key={o.number} className={styles.item} lang="en">
            {objectiveText(o)}
          </li>
        ))}
      </ol>
    </section>
  );
}
