/** Stage 4's rebuild: the capacity-gap matrix and the funding summaries, from the rows typed. */
import { RebuildButton } from "./RebuildButton";

export const CAPACITY_HELP =
  "Rebuilds the capacity-gap matrix and the funding summaries from the stakeholders, areas, goals and partners typed. Their figures follow typed values without it: rebuild after adding or removing a stakeholder, area, goal or partner.";

export interface CapacityMatrixButtonProps {
  /** Stage 4 is there (Ready or Needs update) and nothing is running. */
  enabled: boolean;
  /** Why it cannot be built yet, if stage 4 is not set up. */
  unavailable?: string;
  onBuild(): void;
}

export function CapacityMatrixButton({ enabled, unavailable, onBuild }: CapacityMatrixButtonProps) {
  return <RebuildButton label="Build capacity matrix" help={CAPACITY_HELP} enabled={enabled} unavailable={unavailable} onRebuild={onBuild} />;
}
