/**
 * The pane's three tabs, as the WAI-ARIA tabs pattern with manual activation: one tab in the Tab
 * order (the selected one), arrow keys, Home and End move between tabs, Enter, Space or a click
 * opens one. Fluent's TabList does the same, but brings its focus manager (tabster, about 80 kB
 * with the tabs) into the first chunk and starts it before the pane's first render; three
 * buttons need neither. The look follows Fluent's tabs: a brand bar under the selected one.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", alignItems: "stretch" },
  tab: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { color: tokens.colorNeutralForeground2Pressed, backgroundColor: tokens.colorSubtleBackgroundPressed },
    // The bar under a tab: grey on hover, the brand colour when selected.
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalMNudge,
      right: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      // Not colorTransparentStroke: the high-contrast theme draws that one white, a bar under every tab.
      backgroundColor: "transparent",
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    // Windows' high-contrast themes draw no background colours: the bar takes the system's.
    "@media (forced-colors: active)": { "::after": { backgroundColor: "Highlight" }, ":hover::after": { backgroundColor: "Highlight" } },
  },
  // The selected tab's semibold text would widen it: each label reserves its bold width up front.
  label: {
    display: "inline-grid",
    "::after": { content: "attr(data-text)", fontWeight: tokens.fontWeightSemibold, visibility: "hidden", height: 0, overflow: "hidden" },
  },
});

export interface PaneTab<V extends string> {
  value: V;
  id: string;
  label: string;
}

export interface PaneTabsProps<V extends string> {
  tabs: PaneTab<V>[];
  selected: V;
  onSelect(value: V): void;
  /** The panel every tab controls (the pane shows one panel, its content changing with the tab). */
  panelId: string;
  label: string;
  className?: string;
}

export function PaneTabs<V extends string>({ tabs, selected, onSelect, panelId, label, className }: PaneTabsProps<V>) {
  const styles = useStyles();
  const buttons = useRef(new Map<V, HTMLButtonElement>());
  // The tab in the Tab order: the selected one, until the arrows move elsewhere.
  const [focusable, setFocusable] = useState<V>(selected);
  useEffect(() => setFocusable(selected), [selected]);

  const move = (event: KeyboardEvent<HTMLButtonElement>, from: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: from === last ? 0 : from + 1, ArrowLeft: from === 0 ? last : from - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    setFocusable(tabs[to].value);
    buttons.current.get(tabs[to].value)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, className)}>
      {tabs.map((tab, i) => (
        <button
          key={tab.value}
          ref={(el) => {
            if (el) buttons.current.set(tab.value, el);
            else buttons.current.delete(tab.value);
          }}
          type="button"
          role="tab"
          id={tab.id}
          aria-selected={tab.value === selected}
          aria-controls={panelId}
          tabIndex={tab.value === focusable ? 0 : -1}
          className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}
          onClick={() => onSelect(tab.value)}
          onKeyDown={(e) => move(e, i)}
          // Leaving the tabs puts the selected one back in the Tab order.
          onBlur={(e) => {
            if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null)) setFocusable(selected);
          }}
        >
          <span className={styles.label} data-text={tab.label}>
            {tab.label}
          </span>
        </button>
      ))}
    </div>
  );
}
