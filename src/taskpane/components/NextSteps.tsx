/**
 * "What next", once the workbook holds settings: the step that stands in the way, or, when every
 * stage is ready, the three things a planner does from then on.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens, useId } from "@fluentui/react-components";
import type { WorkbookStatus } from "../../service/planner-service";
import { catalogue } from "../../model/i18n/pane-status";
import { MONITORING_STAGE, WORKBOOK_PART } from "../../model/registry";
import { nextStep, unreadyText } from "../state/next-step";
import { stageName } from "../state/stage-words";
import { useTabWords, useWords } from "../words";
import { CARD_STYLE } from "./card-style";

const useStyles = makeStyles({
  root: CARD_STYLE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export interface NextStepsProps {
  status?: WorkbookStatus;
  busy: boolean;
  /** Opens the Check tab. */
  onCheck(): void;
}

export function NextSteps({ status, busy, onCheck }: NextStepsProps) {
  const styles = useStyles();
  const headingId = useId("next-heading");
  const t = useTabWords(catalogue);
  const paneWords = useWords();
  const step = nextStep(status);
  if (!step) return null;
  if (step.kind !== "fill") {
    return (
      <MessageBar intent={step.kind === "blocked" ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{unreadyText(step, t, paneWords)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("next.heading")}
      </h2>
      <ol className={styles.list}>
        <li>
          <Text>
            {t("next.fill", { stage: step.stage, name: stageName(paneWords, { number: step.stage, name: step.name }), sheet: step.sheet, guidance: t("card.guidance") })}
          </Text>
        </li>
        <li>
          {/* A flex box inside the item, not on it: a flex <li> loses its number. */}
          <div className={styles.item}>
            <Text>{t("next.check")}</Text>
            <Button size="small" disabledFocusable={busy} onClick={onCheck}>
              {t("next.checkButton")}
            </Button>
          </div>
        </li>
        <li>
          <Text>
            {/* The button as the Dashboard card labels it; the sheets as the workbook names them (the model's names). */}
            {t("next.refresh", { button: paneWords("rebuild.dashboard.label"), dashboard: WORKBOOK_PART.sheets.dashboard.name, iptt: MONITORING_STAGE.sheets.iptt.name })}
          </Text>
        </li>
      </ol>
    </section>
  );
}
