/** The stages' cards, in handbook order: shown once the workbook has been read (StageList). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { StageState } from "../../model/layout/steps";
import type { StageGuidance } from "../../model/spec/sheet-layout";
import { StageCard } from "./StageCard";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface StageCardsProps {
  stages: StageState[];
  guidance: Map<number, StageGuidance>;
  canSetUp: boolean;
  onSetUpStage(stage: number): void;
  stageActions?(stage: StageState): ReactNode;
  stageOutcome?(stage: StageState): ReactNode;
}

export function StageCards({ stages, guidance, canSetUp, onSetUpStage, stageActions, stageOutcome }: StageCardsProps) {
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {stages.map((stage) => (
        <StageCard
          key={stage.number}
          stage={stage}
          guidance={guidance.get(stage.number)}
          enabled={canSetUp}
          onSetUp={() => onSetUpStage(stage.number)}
          outcome={stageOutcome?.(stage)}
        >
          {stageActions?.(stage)}
        </StageCard>
      ))}
    </ol>
  );
}
