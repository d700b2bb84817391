/**
 * One finding: the message in plain words, its cell and rule in smaller text. A finding with a
 * cell is a button (Enter or Space works as a click) that goes to the cell; one without is text.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Finding } from "../../model/check/plan-tables";

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
  /** This finding's cell is the one last selected in the workbook. */
  current: boolean;
  onSelect(address: string): void;
}

export function FindingItem({ finding, current, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const where = finding.cell ?? finding.table;
  const content = (
    <>
      <span className={styles.message}>{finding.message}</span>
      <span className={styles.meta}>
        {where} · {finding.rule}
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
