/**
 * The "Check" tab: check the plan, clear the marks, and the findings, counted, filtered and
 * grouped, each one a way to its cell. Talks to nothing: the hook's state and callbacks only.
 */
import { Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, Switch, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { catalogue } from "../../model/i18n/pane-check";
import { type CheckState, type SeverityFilter, type StageFilter } from "../state/check-state";
import { clearedText, countBySeverity, failureText, stageNames, visibleFindings } from "../state/check-view";
import { useTabWords, useWords } from "../words";
import { CheckOutcome } from "./CheckOutcome";
import { useDisabledOutline } from "./disabled-style";
import { ErrorBar } from "./ErrorBar";
import { FindingFilters } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { Progress } from "./Progress";
import { SeverityBadges } from "./SeverityBadges";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  activity: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface CheckPanelProps {
  state: CheckState;
  /** Something else (a set-up) is using the workbook. */
  blocked: boolean;
  /**
   * Not read: the tab names the stages in the pane's language (the pane area's "stage.N.name"),
   * not in the registry's English. Still accepted, so that callers may stop passing it in their own time.
   */
  stageNames?: ReadonlyMap<number, string>;
  onCheck(): void;
  onClearMarks(): void;
  onSelect(address: string): void;
  onStage(stage: StageFilter): void;
  onSeverity(severity: SeverityFilter): void;
  onDismissError(): void;
}

export function CheckPanel({ state, blocked, onCheck, onClearMarks, onSelect, onStage, onSeverity, onDismissError }: CheckPanelProps) {
  const styles = useStyles();
  const disabled = useDisabledOutline();
  const headingId = useId("check-heading");
  const t = useTabWords(catalogue);
  const words = useWords();
  const names = useMemo(() => stageNames(words), [words]);
  // Table code names and rule ids, for whoever reports a problem with the check; off by default.
  const [technical, setTechnical] = useState(false);
  const { report, busy, stage, severity } = state;
  const off = Boolean(busy) || blocked;
  const shown = useMemo(() => visibleFindings({ report, stage, severity }), [report, stage, severity]);
  const counts = useMemo(() => countBySeverity(report?.findings ?? []), [report]);
  const findings = report?.findings ?? [];
  const working = busy && busy.operation.kind !== "select" ? busy : undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("heading")}
      </h2>
      <Text size={200} className={styles.hint}>
        {t("hint")}
      </Text>
      <div className={styles.buttons}>
        {/* disabledFocusable, not disabled: the button keeps focus while it works. */}
        <Button className={mergeClasses(off && disabled.outlined)} appearance="primary" disabledFocusable={off} onClick={onCheck}>
          {t("button.check")}
        </Button>
        <Button disabledFocusable={off} onClick={onClearMarks}>
          {t("button.clearMarks")}
        </Button>
      </div>
      <div className={styles.activity}>
        <div role="alert">{state.error && <ErrorBar message={failureText(state.error, t)} onDismiss={onDismissError} />}</div>
        {/* Always in the DOM: screen readers announce changes only in a live region that already exists. */}
        <div role="status" aria-live="polite" className={styles.activity}>
          {working && <Progress progress={working.progress} fallback={t(working.operation.kind === "check" ? "progress.checking" : "progress.clearing")} />}
          {state.cleared !== undefined && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{clearedText(state.cleared, t)}</MessageBarBody>
            </MessageBar>
          )}
          {report && <CheckOutcome report={report} />}
        </div>
      </div>
      {report && findings.length > 0 && (
        <>
          <SeverityBadges counts={counts} />
          <FindingFilters findings={findings} stage={stage} severity={severity} stageNames={names} onStage={onStage} onSeverity={onSeverity} />
          <Switch label={t("technical.switch")} checked={technical} onChange={(_, data) => setTechnical(data.checked)} />
          {shown.length < findings.length && (
            <Text size={200}>
              {shown.length === 0 ? t("filtered.none", { total: findings.length }) : t("filtered.some", { shown: shown.length, total: findings.length })}
            </Text>
          )}
          {/* Keyed by the filters: a new filter starts again from the first findings. */}
          <FindingList key={`${stage}|${severity}`} items={shown} stageNames={names} selected={state.selected} technical={technical} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}
