/**
 * "What next", once the workbook holds settings: the step that stands in the way, or, when every
 * stage is ready, the three things a planner does from then on.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens, useId } from "@fluentui/react-components";
import type { WorkbookStatus } from "../../hosts/office/planner-service";
import { REBUILD_ACTIONS } from "../../model/registry";
import { nextStep, unreadyText } from "../state/next-step";
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
  const step = nextStep(status);
  if (!step) return null;
  if (step.kind !== "fill") {
    return (
      <MessageBar intent={step.kind === "blocked" ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{unreadyText(step)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        What next
      </h2>
      <ol className={styles.list}>
        <li>
          <Text>
            Fill in stage {step.stage}, {step.name}, on the sheet &quot;{step.sheet}&quot;, then the next stages in order. Each stage&apos;s Guidance below says what to
            type.
          </Text>
        </li>
        <li>
          {/* A flex box inside the item, not on it: a flex <li> loses its number. */}
          <div className={styles.item}>
            <Text>Check the plan for missing, repeated and mismatched entries.</Text>
            <Button size="small" disabledFocusable={busy} onClick={onCheck}>
              Check the plan
            </Button>
          </div>
        </li>
        <li>
          <Text>
            After typing actions, activities or indicators, press {REBUILD_ACTIONS.dashboard.label} (at the end of this tab) to bring the Dashboard and IPTT up to date.
          </Text>
        </li>
      </ol>
    </section>
  );
}
