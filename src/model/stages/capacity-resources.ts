/** Stage 4: capacity development and resource mobilisation. */
import { rowOf } from "../formulas";
import { guidanceOf, stageSheet } from "../spec/sheet-layout";
import { sheetWords, type SheetWords } from "../i18n/sheets";
import { columnsIn, formulaCol, GAP_COLOURS, textCol } from "../spec/columns";
import { capacityMatrixSheet } from "../derived/capacity-matrix";
import { fundingSummarySheet } from "../derived/funding-summary";
import { col } from "../formulas";
import { identity, type StageBuilder } from "./stage";
import { CAPACITY_STAGE } from "../registry";
import type { ColumnSpec } from "../spec/types";

/** Capacity areas: the UNDP functional capacities offered as a list; planners may type their own. */
const capacityAreaCol = (words: SheetWords): ColumnSpec => ({
  ...textCol("Capacity area", 28),
  validation: {
    rule: { type: "list", source: "lstCapacityArea" },
    prompt: words("stage.4.prompt.capacityArea"),
    error: words("stage.4.error.capacityArea"),
    style: "information",
  },
});

export const capacityResourcesStage: StageBuilder = (settings) => {
  const words = sheetWords(settings.language);
  const { idRefCol, listCol, moneyCol, ratingCol } = columnsIn(words);
  const guidance = guidanceOf(words, "stage.4");
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
        words,
        tables: [
          {
            name: "tblCapacity",
            caption: "Capacity assessment",
            columns: [
              textCol("Stakeholder", 24),
              capacityAreaCol(words),
              listCol("Level", "lstCapacityLevel", "stage.4.prompt.level", 14),
              ratingCol("Current", "stage.4.prompt.current"),
              ratingCol("Required", "stage.4.prompt.required"),
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
              listCol("Kind", "lstFundingKind", "stage.4.prompt.fundingKind", 11),
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
      capacityMatrixSheet([], settings.currency, words),
      fundingSummarySheet(settings.currency, [], [], words),
    ],
  };
};
