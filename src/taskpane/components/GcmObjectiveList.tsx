/**
 * The 23 objectives of the Global Compact for Migration, for reference: goals are tagged with them
 * in the workbook, from the Priorities sheet's drop-down, not from here.
 */
import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { GcmObjective } from "../../model/catalog/catalog";
import { objectiveText } from "../state/catalogue-view";
import { shortSource } from "../state/plain-words";
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
  const headingId = useId("gcm-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Global Compact for Migration objectives
      </h2>
      <Text size={200} className={styles.source}>
        Source: {shortSource(source)}
      </Text>
      {shortSource(source) !== source && <Details summary="About this source">{source}</Details>}
      <Text size={200} className={styles.hint}>
        Goals are tagged with these objectives in the workbook: pick one from the GCM objective drop-down of each goal in the Priorities sheet (stage 2). The
        list is in the workbook; nothing here changes it.
      </Text>
      <ol className={styles.list} aria-labelledby={headingId}>
        {objectives.map((o) => (
          <li key={o.number} className={styles.item}>
            {objectiveText(o)}
          </li>
        ))}
      </ol>
    </section>
  );
}
