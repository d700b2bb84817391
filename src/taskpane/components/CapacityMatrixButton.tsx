/** The capacity stage's rebuild: the capacity-gap matrix and the funding summaries, from the rows typed. */
import { REBUILD_ACTIONS } from "../../model/registry";
import { RebuildButton } from "./RebuildButton";

export const CAPACITY_HELP =
  "Rebuilds the capacity-gap matrix and the funding summaries from the stakeholders, areas, goals and partners typed. Their figures follow typed values without it: rebuild after adding or removing a stakeholder, area, goal or partner.";

export interface CapacityMatrixButtonProps {
  /** Its stage is there (Ready or Needs update) and nothing is running. */
  enabled: boolean;
  /** Why it cannot be built yet, if its stage is not set up. */
  unavailable?: string;
  onBuild(): void;
}

export function CapacityMatrixButton({ enabled, unavailable, onBuild }: CapacityMatrixButtonProps) {
  return <RebuildButton label={REBUILD_ACTIONS.capacity.label} help={CAPACITY_HELP} enabled={enabled} unavailable={unavailable} onRebuild={onBuild} />;
}
