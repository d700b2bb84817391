/** Stage 3: the national Plan of Action (POA). */
import { col, rowOf, textCount } from "../formulas";
import { guidanceOf, stageSheet } from "../spec/sheet-layout";
import { sheetWords } from "../i18n/sheets";
import { columnsIn, formulaCol, idCol, moneyFormat, textCol } from "../spec/columns";
import { WORK_STATUS_COLOURS } from "../spec/status-colours";
import { identity, type StageBuilder } from "./stage";
import { CAPACITY_STAGE, MONITORING_STAGE, PLAN_OF_ACTION_STAGE, PRIORITIES_STAGE } from "../registry";

export const planOfActionStage: StageBuilder = (settings) => {
  const words = sheetWords(settings.language);
  const { dateCol, idRefCol, moneyCol, statusCol, yesNoCol } = columnsIn(words);
  const stagesQuoted = { goalsStage: PRIORITIES_STAGE.number, indicatorsStage: MONITORING_STAGE.number, fundingStage: CAPACITY_STAGE.number };
  const guidance = guidanceOf(words, "stage.3", stagesQuoted);
  const r = rowOf("tblActions");
  // Text in a funding amount would vanish from SUMIFS: show a marker instead of a wrong total.
  const committed = `=IF(${r("Action ID")}="","",IF(${textCount(col("tblFunding", "Committed"), [[col("tblFunding", "Action ID"), r("Action ID")]])}>0,"Check funding",SUMIFS(${col("tblFunding", "Committed")},${col("tblFunding", "Action ID")},${r("Action ID")})))`;
  const gap = `=IF(OR(${r("Action ID")}="",${r("Budget")}=""),"",IF(NOT(ISNUMBER(${r("Budget")})),"Check Budget",IF(ISNUMBER(${r("Committed")}),MAX(0,${r("Budget")}-${r("Committed")}),"Check funding")))`;
  return {
    ...identity(PLAN_OF_ACTION_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: PLAN_OF_ACTION_STAGE,
        heading: "National Plan of Action",
        guidance,
        words,
        tables: [
          {
            name: "tblActions",
            caption: "Actions (programmes and projects)",
            columns: [
              idCol("Action ID"),
              textCol("Title", 36),
              idRefCol("Goal ID", "lstGoalIds"),
              textCol("National development goal", 26),
              textCol("Lead agency", 22),
              textCol("Partners", 22),
              dateCol("Start"),
              dateCol("End"),
              moneyCol("Budget", settings.currency),
              textCol("Funding source", 18),
              textCol("Indicator IDs", 14),
              yesNoCol("Endorsed", "stage.3.prompt.endorsed"),
              { ...statusCol(), conditionalFormats: WORK_STATUS_COLOURS },
              formulaCol("Committed", committed, "money", moneyFormat(settings.currency), { width: 18 }),
              formulaCol("Funding gap", gap, "money", moneyFormat(settings.currency), { width: 18 }),
            ],
          },
        ],
      }),
    ],
  };
};
