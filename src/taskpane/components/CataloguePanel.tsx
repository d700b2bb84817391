/**
 * The "Catalogue" tab: SDG indicators related to migration to add to the plan, and the objectives
 * of the Global Compact for Migration for reference. Talks to nothing: the hook's state and
 * callbacks, and the catalogue it is given.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogIndicator, GcmObjective } from "../../model/catalog/catalog";
import type { CatalogueState } from "../state/catalogue-state";
import { GcmObjectiveList } from "./GcmObjectiveList";
import { IndicatorPicker } from "./IndicatorPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL, minWidth: 0 },
});

export interface CatalogueContent {
  indicators: readonly CatalogIndicator[];
  indicatorSource: string;
  objectives: readonly GcmObjective[];
  objectiveSource: string;
}

export interface CataloguePanelProps {
  state: CatalogueState;
  catalogue: CatalogueContent;
  /** Something else (a set-up, a rebuild, a check) is using the workbook. */
  blocked: boolean;
  onSearch(query: string): void;
  onToggle(code: string, checked: boolean): void;
  onAdd(): void;
  onDismissError(): void;
}

export function CataloguePanel({ state, catalogue, blocked, onSearch, onToggle, onAdd, onDismissError }: CataloguePanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <IndicatorPicker
        state={state}
        indicators={catalogue.indicators}
        source={catalogue.indicatorSource}
        blocked={blocked}
        onSearch={onSearch}
        onToggle={onToggle}
        onAdd={onAdd}
        onDismissError={onDismissError}
      />
      <GcmObjectiveList objectives={catalogue.objectives} source={catalogue.objectiveSource} />
    </div>
  );
}
