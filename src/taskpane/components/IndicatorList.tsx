/** The SDG indicators the search leaves, each one to tick, or why there are none. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CatalogIndicator } from "../../model/catalog/catalog";
import { catalogue as words } from "../../model/i18n/pane-catalogue";
import { useTabWords } from "../words";
import { IndicatorItem } from "./IndicatorItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface IndicatorListProps {
  items: readonly CatalogIndicator[];
  checked: readonly string[];
  /** The list's source, said once above it: an item names its own only when it differs. */
  listSource: string;
  /** Labels the list (the heading's id). */
  labelledBy: string;
  onToggle(code: string, checked: boolean): void;
}

export function IndicatorList({ items, checked, listSource, labelledBy, onToggle }: IndicatorListProps) {
  const styles = useStyles();
  const t = useTabWords(words);
  if (!items.length) return <Text>{t("list.empty")}</Text>;
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {items.map((indicator) => (
        <IndicatorItem key={indicator.code} indicator={indicator} checked={checked.includes(indicator.code)} showSource={indicator.source !== listSource} onToggle={onToggle} />
      ))}
    </ul>
  );
}
