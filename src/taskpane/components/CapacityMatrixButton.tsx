/** The capacity stage's rebuild: the capacity-gap matrix and the funding summaries, from the rows typed. */
import { useWords } from "../words";
import { RebuildButton } from "./RebuildButton";

export interface CapacityMatrixButtonProps {
  /** Its stage is there (Ready or Needs update) and nothing is running. */
  enabled: boolean;
  /** Why it cannot be built yet, if its stage is not set up. */
  unavailable?: string;
  onBuild(): void;
}

export function CapacityMatrixButton({ enabled, unavailable, onBuild }: CapacityMatrixButtonProps) {
  const t = useWords();
  return <RebuildButton label={t("rebuild.capacity.label")} help={t("rebuild.capacity.help")} enabled={enabled} unavailable={unavailable} onRebuild={onBuild} />;
}
