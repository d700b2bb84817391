/** The six stages in handbook order, with the button that reads the workbook again. */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { StageState } from "../../model/layout/steps";
import type { StageGuidance } from "../../model/spec/sheet-layout";
import { LazyStageCards } from "../lazy-views";
import { useWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface StageListProps {
  /** Undefined until the workbook has been read. */
  stages?: StageState[];
  guidance: Map<number, StageGuidance>;
  canSetUp: boolean;
  busy: boolean;
  onSetUpStage(stage: number): void;
  onRefresh(): void;
  /** Actions a stage has besides its set-up, shown on its card. */
  stageActions?(stage: StageState): ReactNode;
  /** What a stage's own set-up is doing or did, shown on its card under its button. */
  stageOutcome?(stage: StageState): ReactNode;
  /** What Refresh status (or the first read) is doing or found, under the heading. */
  outcome?: ReactNode;
}

export function StageList({ stages, guidance, canSetUp, busy, onSetUpStage, onRefresh, stageActions, stageOutcome, outcome }: StageListProps) {
  const styles = useStyles();
  const t = useWords();
  const headingId = useId("stages-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} className={styles.heading}>
          {t("stages.heading")}
        </h2>
        <Button appearance="subtle" disabledFocusable={busy} onClick={onRefresh}>
          {t("stages.refresh")}
        </Button>
      </div>
      {outcome}
      {stages ? (
        <LazyStageCards
          stages={stages}
          guidance={guidance}
          canSetUp={canSetUp}
          onSetUpStage={onSetUpStage}
          stageActions={stageActions}
          stageOutcome={stageOutcome}
        />
      ) : (
        // The progress and any failure show in the outcome above; this only fills the space.
        <Text size={200}>{busy ? "" : t("stages.notRead")}</Text>
      )}
    </section>
  );
}
