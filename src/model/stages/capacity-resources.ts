/** Stage 4: capacity development and resource mobilisation. */
import { rowOf } from "../formulas";
import { stageSheet } from "../spec/sheet-layout";
import { formulaCol, GAP_COLOURS, idRefCol, listCol, moneyCol, ratingCol, textCol } from "../spec/columns";
import { capacityMatrixSheet } from "../derived/capacity-matrix";
import { fundingSummarySheet } from "../derived/funding-summary";
import { col } from "../formulas";
import { identity, type StageBuilder } from "./stage";
import { CAPACITY_STAGE } from "../registry";
import type { ColumnSpec } from "../spec/types";

/** Capacity areas: the UNDP functional capacities offered as a list; planners may type their own. */
const capacityAreaCol = (): ColumnSpec => ({
  ...textCol("Capacity area", 28),
  validation: {
    rule: { type: "list", source: "lstCapacityArea" },
    prompt: "Pick one of the UNDP functional capacities, or type an area of your own.",
    error: "This area is not in the list. Keep it if it is an area of your own, or pick one from the list.",
    style: "information",
  },
});

const guidance = {
  purpose: "where government and partners lack the capacity to deliver the plan (individual, organisational, systemic), what will close each gap, and where the money comes from.",
  fillIn: "one row per stakeholder, capacity area and level with Current and Required ratings (1 to 5), the response and its cost; one row per funding source and action with the amounts pledged, committed and disbursed.",
  goodLooksLike: "the largest gaps have a costed response tied to an action; every action's budget is covered by domestic or external commitments, and the gaps left are known.",
};

export const capacityResourcesStage: StageBuilder = (settings) => {
  const c = rowOf("tblCapacity");
  const f = rowOf("tblFunding");
  const gap = `=IF(OR(${c("Current")}="",${c("Required")}=""),"",IF(AND(ISNUMBER(${c("Current")}),ISNUMBER(${c("Required")})),MAX(0,${c("Required")}-${c("Current")}),"Check ratings"))`;
  return {
    ...identity(CAPACITY_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: CAPACITY_STAGE,
        heading: "Capacity development and resource mobilisation",
        guidance,
        tables: [
          {
            name: "tblCapacity",
            caption: "Capacity assessment",
            columns: [
              textCol("Stakeholder", 24),
              capacityAreaCol(),
              listCol("Level", "lstCapacityLevel", "Individual, Organisational or Systemic.", 14),
              ratingCol("Current", "Capacity today, 1 (none) to 5 (full)."),
              ratingCol("Required", "Capacity the plan needs, 1 to 5."),
              formulaCol("Gap", gap, "number", "0", { width: 8, conditionalFormats: GAP_COLOURS }),
              textCol("Response", 28),
              moneyCol("Cost", settings.currency),
              idRefCol("Action ID", "lstActionIds"),
            ],
          },
          {
            name: "tblFunding",
            caption: "Funding sources",
            columns: [
              textCol("Source", 24),
              listCol("Kind", "lstFundingKind", "Domestic or External.", 11),
              textCol("Partner", 22),
              idRefCol("Action ID", "lstActionIds"),
              moneyCol("Pledged", settings.currency),
              moneyCol("Committed", settings.currency),
              moneyCol("Disbursed", settings.currency),
              formulaCol("Goal ID", `=IF(${f("Action ID")}="","",IFERROR(INDEX(${col("tblActions", "Goal ID")},MATCH(${f("Action ID")},${col("tblActions", "Action ID")},0)),""))`, "id", "@", { helper: true, width: 9 }),
            ],
          },
        ],
      }),
      capacityMatrixSheet([], settings.currency),
      fundingSummarySheet(settings.currency, [], []),
    ],
  };
};
