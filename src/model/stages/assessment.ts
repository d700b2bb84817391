/** Stage 1: assessment / situation analysis. */
import { rowOf } from "../formulas";
import { stageSheet } from "../spec/sheet-layout";
import { formulaCol, GAP_COLOURS, listCol, numberCol, textCol, yearCol, yesNoCol } from "../spec/columns";
import { identity, type StageBuilder } from "./stage";
import { ASSESSMENT_STAGE } from "../registry";

const guidance = {
  purpose: "a shared picture of migration in the country (stocks, flows, remittances, diaspora, labour migration), the laws and strategies in force, and the people and money the work needs.",
  fillIn: "one row per figure in Migration context (with its source, by sex and age where the data allow), one row per law, strategy or agreement, the resources needed and available, and every data source you rely on.",
  goodLooksLike: "every figure has a year and a source; figures about people are split by sex and age; each data source says how often it is updated, so the next round can refresh the picture.",
};

const sourcesGuidance = {
  purpose: "the sources every figure and indicator of the plan relies on, so the next assessment and each monitoring round know where to look.",
  fillIn: "one row per source (census, household or labour force survey, national accounts, administrative registers...), who keeps it, how often it is updated, its latest year, and whether it gives figures by sex and by age.",
  goodLooksLike: "every Source type used by an indicator (stage 6) is here; sources of figures about people give them by sex and age.",
};

export const assessmentStage: StageBuilder = () => {
  const res = rowOf("tblResources");
  return {
    ...identity(ASSESSMENT_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: ASSESSMENT_STAGE,
        heading: "Assessment and situation analysis",
        guidance,
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
              listCol("Source type", "lstSourceType", "Where the figure comes from.", 18),
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
              listCol("Kind", "lstResourceKind", "Human or Financial.", 10),
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
        tables: [
          {
            name: "tblDataSources",
            caption: "Data sources",
            columns: [
              textCol("Source", 26),
              listCol("Source type", "lstSourceType", "Census, survey, national accounts, administrative data...", 18),
              textCol("Custodian", 18),
              textCol("Frequency", 12),
              yearCol("Latest year"),
              yesNoCol("By sex", "Does the source give figures by sex?"),
              yesNoCol("By age", "Does the source give figures by age?"),
            ],
          },
        ],
      }),
    ],
  };
};
