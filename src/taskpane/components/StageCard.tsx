/**
 * One handbook stage: where it stands, what is in the way (in captions, not code names), how to
 * fill it in, and its own set-up, which steps back once the stage is ready.
 */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { catalogue } from "../../model/i18n/pane-status";
import type { StageState } from "../../model/layout/steps";
import type { StageGuidance } from "../../model/spec/sheet-layout";
import { stageName, stageWords } from "../state/stage-words";
import { useTabWords, useWords } from "../words";
import { Details } from "./Details";
import { Disclosure } from "./Disclosure";
import { StatusBadge } from "./StatusBadge";
import { CARD_STYLE } from "./card-style";

const useStyles = makeStyles({
  root: CARD_STYLE,
  // The name wraps, the badge keeps its place at the right.
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
  name: { flex: "1 1 0", minWidth: 0, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  guidance: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  para: { margin: 0 },
  button: { alignSelf: "flex-start" },
  adds: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface StageCardProps {
  stage: StageState;
  guidance?: StageGuidance;
  /** Settings valid and nothing running. */
  enabled: boolean;
  onSetUp(): void;
  /** What the stage's own set-up is doing or did, under its button. */
  outcome?: ReactNode;
  /** The stage's own further actions (the capacity stage: Build capacity matrix), below its set-up. */
  children?: ReactNode;
}

export function StageCard({ stage, guidance, enabled, onSetUp, outcome, children }: StageCardProps) {
  const styles = useStyles();
  const titleId = useId("stage-title");
  const t = useTabWords(catalogue);
  const paneWords = useWords();
  const words = stageWords(stage, t);
  const ready = stage.status === "ready";
  return (
    <li className={styles.root} aria-labelledby={titleId}>
      <div className={styles.top}>
        <h3 id={titleId} className={styles.name}>
          {stage.number}. {stageName(paneWords, stage)}
        </h3>
        <StatusBadge className={styles.badge} status={stage.status} />
      </div>
      {words.shown.length > 0 && (
        <ul className={styles.details}>
          {words.shown.map((line, i) => (
            <li key={i}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      )}
      {guidance && (
        // The stage's name is read with the button, so six "Guidance" buttons stay distinguishable.
        <Disclosure label={t("card.guidance")} size="small" describedBy={titleId} className={styles.guidance}>
          <p className={styles.para}>
            <Text weight="semibold">{t("card.purpose")} </Text>
            <Text>{guidance.purpose}</Text>
          </p>
          <p className={styles.para}>
            <Text weight="semibold">{t("card.fillIn")} </Text>
            <Text>{guidance.fillIn}</Text>
          </p>
          <p className={styles.para}>
            <Text weight="semibold">{t("card.goodLooksLike")} </Text>
            <Text>{guidance.goodLooksLike}</Text>
          </p>
        </Disclosure>
      )}
      {words.adds.length > 0 && (
        <Details summary={t("card.adds")}>
          <ul className={styles.adds}>
            {words.adds.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Details>
      )}
      {/* One element whatever the status, so focus stays on it when the stage becomes ready. */}
      <Button
        className={styles.button}
        appearance={ready ? "subtle" : "secondary"}
        size={ready ? "small" : "medium"}
        disabledFocusable={!enabled}
        aria-describedby={titleId}
        onClick={onSetUp}
      >
        {t(ready ? "card.setUpAgain" : "card.setUp")}
      </Button>
      {outcome}
      {children}
    </li>
  );
}
