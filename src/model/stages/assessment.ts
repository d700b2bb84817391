/** Stage 1: assessment / situation analysis. */
import { rowOf } from "../formulas";
import { guidanceOf, stageSheet } from "../spec/sheet-layout";
import { sheetWords } from "../i18n/sheets";
import { columnsIn, formulaCol, GAP_COLOURS, textCol } from "../spec/columns";
import { identity, type StageBuilder } from "./stage";
import { ASSESSMENT_STAGE, MONITORING_STAGE } from "../registry";

export const assessmentStage: StageBuilder = (settings) => {
  const words = sheetWords(settings.language);
  const { listCol, numberCol, yearCol, yesNoCol } = columnsIn(words);
  const guidance = guidanceOf(words, "stage.1");
  const sourcesGuidance = guidanceOf(words, "stage.1.sources", { indicatorsStage: MONITORING_STAGE.number });
  const res = rowOf("tblResources");
  return {
    ...identity(ASSESSMENT_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: ASSESSMENT_STAGE,
        heading: "Assessment and situation analysis",
        guidance,
        words,
        tables: [
          {
            name: "tblContext",
            caption: "Migration context",
            columns: [
              textCol("Topic", 16),
              textCol("Indicator", 34),
              numberCol("Value"),
              textCol("Unit", 12),
              yearCol("Year"),
              textCol("Sex", 8),
              textCol("Age group", 10),
              textCol("Source", 22),
              listCol("Source type", "lstSourceType", "stage.1.prompt.contextSourceType", 18),
            ],
          },
          {
            name: "tblPolicies",
            caption: "Policy framework",
            columns: [textCol("Instrument", 30), textCol("Type", 14), yearCol("Year"), textCol("Status", 12), textCol("Relevance to M&D", 34), textCol("Gaps", 34)],
          },
          {
            name: "tblResources",
            caption: "Resources needed and available",
            columns: [
              textCol("Resource", 26),
              listCol("Kind", "lstResourceKind", "stage.1.prompt.resourceKind", 10),
              numberCol("Needed"),
              numberCol("Available"),
              formulaCol("Gap", `=IF(OR(${res("Needed")}="",${res("Available")}=""),"",IF(AND(ISNUMBER(${res("Needed")}),ISNUMBER(${res("Available")})),${res("Needed")}-${res("Available")},"Check Needed/Available"))`, "number", "#,##0;[Red]-#,##0", { conditionalFormats: GAP_COLOURS }),
            ],
          },
        ],
      }),
      // Its own sheet: beside three tables it started at column X, where nobody looked.
      stageSheet({
        stage: ASSESSMENT_STAGE,
        sheet: ASSESSMENT_STAGE.sheets.sources,
        heading: "Data sources",
        guidance: sourcesGuidance,
        words,
        tables: [
          {
            name: "tblDataSources",
            caption: "Data sources",
            columns: [
              textCol("Source", 26),
              listCol("Source type", "lstSourceType", "stage.1.prompt.sourceType", 18),
              textCol("Custodian", 18),
              textCol("Frequency", 12),
              yearCol("Latest year"),
              yesNoCol("By sex", "stage.1.prompt.bySex"),
              yesNoCol("By age", "stage.1.prompt.byAge"),
            ],
          },
        ],
      }),
    ],
  };
};
