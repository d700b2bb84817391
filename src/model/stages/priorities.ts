/** Stage 2: strategic M&D priorities. */
import { guidanceOf, stageSheet } from "../spec/sheet-layout";
import { sheetWords } from "../i18n/sheets";
import { columnsIn, idCol, textCol } from "../spec/columns";
import { identity, type StageBuilder } from "./stage";
import { PRIORITIES_STAGE } from "../registry";

export const prioritiesStage: StageBuilder = (settings) => {
  const words = sheetWords(settings.language);
  const { tagCol, yesNoCol } = columnsIn(words);
  const guidance = guidanceOf(words, "stage.2", { maxGoals: settings.maxGoals });
  return {
    ...identity(PRIORITIES_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: PRIORITIES_STAGE,
        heading: "Strategic priorities",
        guidance,
        words,
        tables: [
          {
            name: "tblGoals",
            caption: "Priority goals",
            columns: [
              idCol("Goal ID"),
              textCol("Objective", 40),
              textCol("National development goal", 30),
              tagCol("GCM objective", "lstGcmObjectives", "stage.2.prompt.gcmObjective", 26),
              tagCol("SDG target", "lstSdgTargets", "stage.2.prompt.sdgTarget", 10),
              textCol("Stakeholder support", 24),
              textCol("Feasibility", 20),
              yesNoCol("Selected", "stage.2.prompt.selected"),
            ],
          },
        ],
      }),
    ],
  };
};
