/** Stage 5: implementation planning (workplan, risks, other ongoing projects). */
import { rowOf } from "../formulas";
import { stageSheet } from "../spec/sheet-layout";
import { dateCol, formulaCol, idCol, idRefCol, moneyCol, percentCol, ratingCol, RATING_COLOURS, statusCol, textCol } from "../spec/columns";
import { WORK_STATUS_COLOURS } from "../spec/status-colours";
import { identity, type StageBuilder } from "./stage";
import { IMPLEMENTATION_STAGE } from "../registry";
import type { SheetSpec } from "../spec/types";
import { riskHeatMap } from "../derived/risk-heat-map";

const guidance = {
  purpose: "the Plan of Action turned into day-to-day work: activities with dates and owners, how partners coordinate, the risks and assumptions, and the other M&D projects under way, so government has one view of everything.",
  fillIn: "one row per activity (linked to its action), its dates, responsible body, budget, status and percent complete; one row per risk with likelihood and impact (1 to 5); one row per other ongoing migration project.",
  goodLooksLike: "every ongoing action has activities; percent complete is kept current; high risks have a mitigation and an owner; no project under way is missing from the list.",
};

const risksGuidance = {
  purpose: "what could stop the Plan of Action, and what it takes for granted, rated so that attention goes to the worst first.",
  fillIn: "one row per risk (R1, R2...), the action it threatens, the assumption behind it, its likelihood and impact from 1 to 5, the mitigation and its owner. Score and Rating follow from the thresholds in Settings; the heat map counts the risks in each cell.",
  goodLooksLike: "every high risk has a mitigation and an owner; ratings are reviewed at each monitoring round.",
};

export const implementationStage: StageBuilder = (settings) => {
  const k = rowOf("tblRisks");
  const score = `=IF(OR(${k("Likelihood")}="",${k("Impact")}=""),"",IF(AND(ISNUMBER(${k("Likelihood")}),ISNUMBER(${k("Impact")})),${k("Likelihood")}*${k("Impact")},"Check ratings"))`;
  const rating = `=IF(${k("Score")}="","",IF(ISNUMBER(${k("Score")}),IF(${k("Score")}>=riskHigh,"High",IF(${k("Score")}>=riskMedium,"Medium","Low")),"Check ratings"))`;
  return {
    ...identity(IMPLEMENTATION_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: IMPLEMENTATION_STAGE,
        heading: "Implementation planning",
        guidance,
        tables: [
          {
            name: "tblWorkplan",
            caption: "Workplan",
            columns: [
              idCol("Activity ID"),
              idRefCol("Action ID", "lstActionIds"),
              textCol("Activity", 34),
              dateCol("Start"),
              dateCol("End"),
              textCol("Responsible", 20),
              textCol("Coordination mechanism", 24),
              moneyCol("Budget", settings.currency),
              { ...statusCol(), conditionalFormats: WORK_STATUS_COLOURS },
              percentCol("Percent complete"),
            ],
          },
          {
            name: "tblOtherProjects",
            caption: "Other ongoing M&D projects",
            columns: [
              idCol("Project ID"),
              textCol("Title", 32),
              textCol("Implementer", 20),
              textCol("Funder", 18),
              idRefCol("Goal ID", "lstGoalIds"),
              dateCol("Start"),
              dateCol("End"),
              moneyCol("Budget", settings.currency),
              statusCol(),
            ],
          },
        ],
      }),
      // Its own sheet, the heat map beside it: after two wide tables it started at column AG.
      withHeatMap(stageSheet({
        stage: IMPLEMENTATION_STAGE,
        sheet: IMPLEMENTATION_STAGE.sheets.risks,
        heading: "Risks and assumptions",
        guidance: risksGuidance,
        tables: [
          {
            name: "tblRisks",
            caption: "Risks and assumptions",
            columns: [
              idCol("Risk ID"),
              idRefCol("Action ID", "lstActionIds"),
              textCol("Risk", 32),
              textCol("Assumption", 26),
              ratingCol("Likelihood", "How likely, 1 (rare) to 5 (almost certain)."),
              ratingCol("Impact", "How severe, 1 (minor) to 5 (critical)."),
              formulaCol("Score", score, "integer", "0", { width: 8 }),
              formulaCol("Rating", rating, "text", "General", { width: 10, conditionalFormats: RATING_COLOURS }),
              textCol("Mitigation", 30),
              textCol("Owner", 18),
            ],
          },
        ],
      })),
    ],
  };
};

/** The heat map stands right of the last table, level with the headers. */
function withHeatMap(sheet: SheetSpec): SheetSpec {
  const last = sheet.tables[sheet.tables.length - 1];
  const left = last.col + last.table.columns.length + 1;
  // The axis label "Likelihood \\ Impact" is read whole in a column of its own width.
  return { ...sheet, cells: [...sheet.cells, ...riskHeatMap(last.row, left)], columnWidths: { ...sheet.columnWidths, [left]: 20 } };
}
