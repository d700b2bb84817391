/** The findings shown, errors first, then warnings, then notes; by stage (1 to 6, then the workbook) within each. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { catalogue } from "../../model/i18n/pane-check";
import { bySeverityFirst, groupFindings, severityHeading, stageTitle, withCount, type Indexed } from "../state/check-view";
import { useTabWords } from "../words";
import { FindingItem, findingPlace } from "./FindingItem";

/** Enough for any plan being worked on; a plan with thousands of findings shows them on demand. */
export const FIRST_SHOWN = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stage: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  severity: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  more: { alignSelf: "flex-start" },
});

export interface FindingListProps {
  items: Indexed[];
  /** The stages' names in the pane's language. */
  stageNames: ReadonlyMap<number, string>;
  /** The cell last selected in the workbook. */
  selected?: string;
  /** Show each finding's table and rule id, for whoever reports a problem with the check. */
  technical?: boolean;
  onSelect(address: string): void;
}

export function FindingList({ items, stageNames, selected, technical = false, onSelect }: FindingListProps) {
  const styles = useStyles();
  // Here rather than in each item: one translator for the whole list.
  const t = useTabWords(catalogue);
  const [limit, setLimit] = useState(FIRST_SHOWN);
  // The most serious first, so a long list cut at FIRST_SHOWN still shows every error.
  const ordered = useMemo(() => bySeverityFirst(items), [items]);
  const shown = ordered.slice(0, limit);
  return (
    <div className={styles.root}>
      {groupFindings(shown, items).map((group) => (
        <section key={group.severity} className={styles.group}>
          <h3 className={styles.stage}>{withCount(severityHeading(group.severity, t), group.count, t)}</h3>
          {group.byStage.map(({ stage, items: mine }) => (
            <div key={stage} className={styles.group}>
              <h4 className={styles.severity}>{stageTitle(stage, stageNames, t)}</h4>
              <ul className={styles.list}>
                {mine.map(({ finding, index }) => (
                  <FindingItem key={index} finding={finding} place={findingPlace(finding, t)} technical={technical} current={Boolean(finding.cell) && finding.cell === selected} onSelect={onSelect} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {items.length > shown.length && (
        <>
          <Text size={200}>{t("list.firstShown", { shown: shown.length, total: items.length })}</Text>
          <Button className={styles.more} onClick={() => setLimit(items.length)}>
            {t("list.showAll", { total: items.length })}
          </Button>
        </>
      )}
    </div>
  );
}
