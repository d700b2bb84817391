/**
 * The "Catalogue" tab: SDG indicators related to migration to add to the plan, and the objectives
 * of the Global Compact for Migration for reference. Talks to nothing: the hook's state and
 * callbacks, and the catalogue it is given.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { GCM_OBJECTIVES, GCM_SOURCE, SDG_INDICATORS, SDG_SOURCE, type CatalogIndicator, type GcmObjective } from "../../model/catalog/catalog";
import { type CatalogueState } from "../state/catalogue-state";
import { checkedIndicators } from "../state/catalogue-view";
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

/** The model's catalogue: here, not in App, so that it loads with this tab's chunk. */
const CATALOGUE: CatalogueContent = { indicators: SDG_INDICATORS, indicatorSource: SDG_SOURCE, objectives: GCM_OBJECTIVES, objectiveSource: GCM_SOURCE };

export interface CataloguePanelProps {
  state: CatalogueState;
  /** The model's own unless given (tests give small ones). */
  catalogue?: CatalogueContent;
  /** Something else (a set-up, a rebuild, a check) is using the workbook. */
  blocked: boolean;
  onSearch(query: string): void;
  onToggle(code: string, checked: boolean): void;
  /** Adds the indicators ticked, in catalogue order. */
  onAdd(items: CatalogIndicator[]): void;
  onDismissError(): void;
}

export function CataloguePanel({ state, catalogue = CATALOGUE, blocked, onSearch, onToggle, onAdd, onDismissError }: CataloguePanelProps) {
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
        onAdd={() => onAdd(checkedIndicators(catalogue.indicators, state.checked))}
        onDismissError={onDismissError}
      />
      <GcmObjectiveList objectives={catalogue.objectives} source={catalogue.objectiveSource} />
    </div>
  );
}
