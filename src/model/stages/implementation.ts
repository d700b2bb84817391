/** Stage 5: implementation planning (workplan, risks, other ongoing projects). */
import { rowOf } from "../formulas";
import { guidanceOf, stageSheet } from "../spec/sheet-layout";
import { sheetWords } from "../i18n/sheets";
import { columnsIn, formulaCol, idCol, RATING_COLOURS, textCol } from "../spec/columns";
import { WORK_STATUS_COLOURS } from "../spec/status-colours";
import { identity, type StageBuilder } from "./stage";
import { IMPLEMENTATION_STAGE } from "../registry";
import type { SheetSpec } from "../spec/types";
import { riskHeatMap } from "../derived/risk-heat-map";

export const implementationStage: StageBuilder = (settings) => {
  const words = sheetWords(settings.language);
  const { dateCol, idRefCol, moneyCol, percentCol, ratingCol, statusCol } = columnsIn(words);
  const guidance = guidanceOf(words, "stage.5");
  const risksGuidance = guidanceOf(words, "stage.5.risks");
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
        words,
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
        words,
        tables: [
          {
            name: "tblRisks",
            caption: "Risks and assumptions",
            columns: [
              idCol("Risk ID"),
              idRefCol("Action ID", "lstActionIds"),
              textCol("Risk", 32),
              textCol("Assumption", 26),
              ratingCol("Likelihood", "stage.5.prompt.likelihood"),
              ratingCol("Impact", "stage.5.prompt.impact"),
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
