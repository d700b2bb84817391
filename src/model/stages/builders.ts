/** Each registry stage's builder, by the stage's key: the compiler refuses a missing or unknown one. */
import type { StageKey } from "../registry";
import { assessmentStage } from "./assessment";
import { capacityResourcesStage } from "./capacity-resources";
import { implementationStage } from "./implementation";
import { monitoringStage } from "./monitoring";
import { planOfActionStage } from "./plan-of-action";
import { prioritiesStage } from "./priorities";
import type { StageBuilder } from "./stage";

export const STAGE_BUILDERS: Readonly<Record<StageKey, StageBuilder>> = {
  assessment: assessmentStage,
  priorities: prioritiesStage,
  poa: planOfActionStage,
  capacity: capacityResourcesStage,
  implementation: implementationStage,
  me: monitoringStage,
};
