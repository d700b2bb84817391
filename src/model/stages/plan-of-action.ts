/** Stage 3: the national Plan of Action (POA). */
import { col, rowOf, textCount } from "../formulas";
import { stageSheet } from "../spec/sheet-layout";
import { dateCol, formulaCol, idCol, idRefCol, moneyCol, moneyFormat, statusCol, textCol, yesNoCol } from "../spec/columns";
import { WORK_STATUS_COLOURS } from "../spec/status-colours";
import { identity, type StageBuilder } from "./stage";
import { CAPACITY_STAGE, MONITORING_STAGE, PLAN_OF_ACTION_STAGE, PRIORITIES_STAGE } from "../registry";

const guidance = {
  purpose: "the programmes and projects that carry out the priority goals, each with a lead agency, a timeline, a budget and indicators, endorsed by the multi-stakeholder mechanism.",
  fillIn: `one row per action (A1, A2...), its goal's ID from stage ${PRIORITIES_STAGE.number}, dates, budget, the indicator IDs from stage ${MONITORING_STAGE.number} separated by commas, and whether it is endorsed. Committed and Funding gap are calculated from stage ${CAPACITY_STAGE.number}'s funding table.`,
  goodLooksLike: "every selected goal has actions; every action has a lead, dates inside the plan period, a budget and at least one indicator; ongoing actions are endorsed.",
};

export const planOfActionStage: StageBuilder = (settings) => {
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
              yesNoCol("Endorsed", "Yes once the multi-stakeholder mechanism has endorsed the action."),
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
