/** Stage 2: strategic M&D priorities. */
import { stageSheet } from "../spec/sheet-layout";
import { idCol, tagCol, textCol, yesNoCol } from "../spec/columns";
import { identity, type StageBuilder } from "./stage";
import { PRIORITIES_STAGE } from "../registry";

export const prioritiesStage: StageBuilder = (settings) => {
  const guidance = {
    purpose: "a short list of strategic migration-and-development goals, chosen after consulting the stakeholders, each tied to a national development goal.",
    fillIn: `one row per candidate goal (G1, G2...), what backs it and how feasible it is; mark Selected = Yes for the goals the plan pursues (at most ${settings.maxGoals}).`,
    goodLooksLike: "few selected goals, each with clear stakeholder support, realistic for the country's resources, and tagged with a GCM objective and an SDG target.",
  };
  return {
    ...identity(PRIORITIES_STAGE),
    guidance,
    sheets: [
      stageSheet({
        stage: PRIORITIES_STAGE,
        heading: "Strategic priorities",
        guidance,
        tables: [
          {
            name: "tblGoals",
            caption: "Priority goals",
            columns: [
              idCol("Goal ID"),
              textCol("Objective", 40),
              textCol("National development goal", 30),
              tagCol("GCM objective", "lstGcmObjectives", "One of the 23 objectives of the Global Compact for Migration.", 26),
              tagCol("SDG target", "lstSdgTargets", "The SDG target the goal serves, e.g. 10.7.", 10),
              textCol("Stakeholder support", 24),
              textCol("Feasibility", 20),
              yesNoCol("Selected", "Yes if the plan pursues this goal."),
            ],
          },
        ],
      }),
    ],
  };
};
