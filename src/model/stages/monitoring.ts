/**
 * Stage 6: monitoring and evaluation. Latest value, Progress and Status follow the contract's
 * definitions; helper columns (period key, total row, latest period, expected progress) make
 * them computable with Excel 2019's functions.
 */
import { col, rowOf } from "../formulas";
import { guidanceOf, stageSheet } from "../spec/sheet-layout";
import { sheetWords } from "../i18n/sheets";
import { columnsIn, FIGURE_FORMAT, formulaCol, idCol, STATUS_COLOURS, textCol } from "../spec/columns";
import { identity, type StageBuilder } from "./stage";
import { MONITORING_STAGE } from "../registry";
import { ipttSheet } from "../derived/iptt";

export function periodKeyFormula(): string {
  const v = rowOf("tblIndicatorValues");
  const p = `TRIM(${v("Period")})`;
  const sub = `IF(LEN(${p})=4,12,IF(UPPER(MID(${p},6,1))="S",VALUE(MID(${p},7,1))*6,IF(UPPER(MID(${p},6,1))="Q",VALUE(MID(${p},7,1))*3,VALUE(MID(${p},6,2)))))`;
  return `=IF(${p}="","",IFERROR(VALUE(LEFT(${p},4))*100+${sub},"Check period"))`;
}

export const monitoringStage: StageBuilder = (settings) => {
  const words = sheetWords(settings.language);
  const { idRefCol, listCol, numberCol, yearCol } = columnsIn(words);
  const guidance = guidanceOf(words, "stage.6");
  const valuesGuidance = guidanceOf(words, "stage.6.values");
  const v = rowOf("tblIndicatorValues");
  const i = rowOf("tblIndicators");
  const values = (h: string) => col("tblIndicatorValues", h);
  const isTotal = (h: string) => `OR(TRIM(${v(h)})="",TRIM(${v(h)})="Total")`;
  const totalRow = `=IF(TRIM(${v("Indicator ID")})="","",IF(AND(${isTotal("Sex")},${isTotal("Age group")}),"Yes","No"))`;
  const totalsOf = `${values("Indicator ID")},${i("Indicator ID")},${values("Total row")},"Yes",${values("Value")},"<>"`;
  const latestKey = `=IF(${i("Indicator ID")}="","",MAXIFS(${values("Period key")},${totalsOf}))`;
  const latest = `=IF(N(${i("Latest period key")})=0,"",SUMIFS(${values("Value")},${totalsOf},${values("Period key")},${i("Latest period key")}))`;
  const progress = `=IF(OR(${i("Latest value")}="",${i("Baseline")}="",${i("Target")}=""),"",IF(${i("Target")}=${i("Baseline")},"",(${i("Latest value")}-${i("Baseline")})/(${i("Target")}-${i("Baseline")})))`;
  const expected = `=IF(OR(N(${i("Latest period key")})=0,${i("Baseline year")}="",${i("Target year")}=""),"",IF(${i("Target year")}=${i("Baseline year")},1,(INT(${i("Latest period key")}/100)-${i("Baseline year")})/(${i("Target year")}-${i("Baseline year")})))`;
  const exp = `IF(${i("Expected progress")}="",1,${i("Expected progress")})`;
  const status = `=IF(${i("Indicator ID")}="","",IF(OR(${i("Latest value")}="",${i("Progress")}=""),"No data",IF(OR(${i("Progress")}>=1,${i("Progress")}>=thrOnTrack*${exp}),"On track",IF(${i("Progress")}>=thrAtRisk*${exp},"At risk","Off track"))))`;
  return {
    ...identity(MONITORING_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: MONITORING_STAGE,
        heading: "Monitoring and evaluation",
        guidance,
        words,
        tables: [
          {
            name: "tblIndicators",
            caption: "Indicators",
            columns: [
              idCol("Indicator ID"),
              idRefCol("Action ID", "lstActionIds"),
              idRefCol("Goal ID", "lstGoalIds"),
              listCol("Level", "lstIndicatorLevel", "stage.6.prompt.level", 10),
              textCol("Indicator", 40),
              textCol("Code", 10),
              textCol("Unit", 12),
              listCol("Direction", "lstDirection", "stage.6.prompt.direction", 11),
              textCol("Disaggregation", 16),
              listCol("Source type", "lstSourceType", "stage.6.prompt.sourceType", 18),
              textCol("Frequency", 12),
              numberCol("Baseline"),
              yearCol("Baseline year"),
              numberCol("Target"),
              yearCol("Target year"),
              formulaCol("Latest value", latest, "number", FIGURE_FORMAT),
              formulaCol("Progress", progress, "percent", "0%", { width: 10 }),
              formulaCol("Status", status, "text", "General", { width: 11, conditionalFormats: STATUS_COLOURS }),
              formulaCol("Latest period key", latestKey, "integer", "0", { helper: true, width: 10 }),
              { ...textCol("Name source", 24), helper: true },
              formulaCol("Expected progress", expected, "percent", "0%", { helper: true, width: 10 }),
            ],
          },
        ],
      }),
      // Its own sheet: M&E officers type here every period; beside the indicators it started at column W.
      stageSheet({
        stage: MONITORING_STAGE,
        sheet: MONITORING_STAGE.sheets.values,
        heading: "Indicator values",
        guidance: valuesGuidance,
        words,
        tables: [
          {
            name: "tblIndicatorValues",
            caption: "Indicator values (reported each period)",
            columns: [
              idRefCol("Indicator ID", "lstIndicatorIds"),
              { ...textCol("Period", 10), numberFormat: "@" },
              textCol("Sex", 8),
              textCol("Age group", 10),
              numberCol("Value"),
              formulaCol("Period key", periodKeyFormula(), "integer", "0", { helper: true, width: 10 }),
              formulaCol("Total row", totalRow, "text", "General", { helper: true, width: 9 }),
            ],
          },
        ],
      }),
      ipttSheet(settings),
    ],
  };
};
