/**
 * One finding: the message as the check wrote it for the pane (table captions, the pane's
 * buttons, the workbook's language) and, in smaller text, where it is; the table's code name and
 * the rule id only when technical details are asked for (code names, the same in every language).
 * A finding with a cell is a button (Enter or Space works as a click) that goes to the cell; one
 * without is text.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Finding } from "../../model/check/plan-tables";
import type { CheckWords } from "../../model/i18n/pane-check";
import { cellWords, tablePlace } from "../state/plain-words";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    minWidth: 0,
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, ...shorthands.borderColor(tokens.colorNeutralStroke1Hover) },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  current: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorNeutralBackground1Selected },
  message: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
});

export interface FindingItemProps {
  finding: Finding;
  /** Where it is, in words (findingPlace): the list words every item with one translator. */
  place: string;
  /** This finding's cell is the one last selected in the workbook. */
  current: boolean;
  /** Add the table's code name and the rule id. */
  technical?: boolean;
  onSelect(address: string): void;
}

/** "3 Plan of Action, cell C7", or the table's caption and sheet for a finding about a whole table. */
export function findingPlace(finding: Finding, t: CheckWords): string {
  if (finding.cell) return cellWords(finding.cell, t);
  const place = tablePlace(finding.table);
  return place ? t("place.table", { caption: place.caption, sheet: place.sheet }) : finding.table;
}

export function FindingItem({ finding, place, current, technical = false, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const content = (
    <>
      <span className={styles.message}>{finding.message}</span>
      <span className={styles.meta}>
        {place}
        {technical && ` · ${finding.table} · ${finding.rule}`}
      </span>
    </>
  );
  const cell = finding.cell;
  return (
    <li>
      {cell ? (
        <button type="button" className={mergeClasses(styles.box, styles.button, current && styles.current)} aria-current={current ? "true" : undefined} onClick={() => onSelect(cell)}>
          {content}
        </button>
      ) : (
        <div className={styles.box}>{content}</div>
      )}
    </li>
  );
}
