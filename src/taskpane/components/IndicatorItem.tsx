/**
 * One SDG indicator to tick: its code in bold and official name as the checkbox's label (long
 * names wrap), and the source of the name in small text under it when it is not the list's own
 * (said once above the list). The name is English whatever the pane's language (the only text
 * at hand offline), marked so for screen readers. A native checkbox: Tab reaches it, Space ticks it. Everything is
 * rendered as text.
 */
import { Checkbox, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { CatalogIndicator } from "../../model/catalog/catalog";

const useStyles = makeStyles({
  // Focused by Tab, an item scrolls clear of the Add button that stays at the top of the pane.
  item: { display: "flex", flexDirection: "column", minWidth: 0, scrollMarginTop: "120px" },
  // The box beside the first line of the label, the label free to wrap in a narrow pane.
  checkbox: { display: "flex", alignItems: "flex-start", minWidth: 0 },
  label: { flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere" },
  code: { fontWeight: tokens.fontWeightSemibold },
  source: {
    // Under the label's text, not under the box (Fluent's box: 16 px with S either side; its label: XS before).
    paddingLeft: `calc(2 * ${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalXS})`,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

export interface IndicatorItemProps {
  indicator: CatalogIndicator;
  checked: boolean;
  /** Its source differs from the list's. */
  showSource?: boolean;
  onToggle(code: string, checked: boolean): void;
}

export function IndicatorItem({ indicator, checked, showSource = false, onToggle }: IndicatorItemProps) {
  const styles = useStyles();
  const sourceId = useId("indicator-source");
  return (
    <li className={styles.item}>
      <Checkbox
        className={styles.checkbox}
        checked={checked}
        aria-describedby={showSource ? sourceId : undefined}
        onChange={(_, data) => onToggle(indicator.code, data.checked === true)}
        label={{
          className: styles.label,
          children: (
            <>
              <span className={styles.code}>{indicator.code}</span> <span lang="en">{indicator.name}</span>
            </>
          ),
        }}
      />
      {showSource && (
        <Text id={sourceId} size={200} className={styles.source}>
          {indicator.source}
        </Text>
      )}
    </li>
  );
}
