/** Which findings to list: one stage (or the workbook) and one severity, each with its count. */
import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Finding } from "../../model/check/plan-tables";
import { type SeverityFilter, type StageFilter } from "../state/check-state";
import { countBySeverity, countByStage, parseSeverityFilter, parseStageFilter, SEVERITIES, severityHeading, STAGE_ORDER, stageFilterValue, stageTitle } from "../state/check-view";

const useStyles = makeStyles({
  // Side by side when there is room, stacked in a narrow pane.
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  field: { flex: "1 1 200px", minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
});

export interface FindingFiltersProps {
  findings: Finding[];
  stage: StageFilter;
  severity: SeverityFilter;
  stageNames: ReadonlyMap<number, string>;
  onStage(stage: StageFilter): void;
  onSeverity(severity: SeverityFilter): void;
}

export function FindingFilters({ findings, stage, severity, stageNames, onStage, onSeverity }: FindingFiltersProps) {
  const styles = useStyles();
  const byStage = countByStage(findings);
  const bySeverity = countBySeverity(findings);
  return (
    <div className={styles.root}>
      <Field label="Stage" className={styles.field}>
        <Select className={styles.control} value={stageFilterValue(stage)} onChange={(_, data) => onStage(parseStageFilter(data.value))}>
          <option value="all">All stages ({findings.length})</option>
          {STAGE_ORDER.map((n) => (
            <option key={n} value={String(n)}>
              {stageTitle(n, stageNames)} ({byStage.get(n) ?? 0})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Severity" className={styles.field}>
        <Select className={styles.control} value={severity} onChange={(_, data) => onSeverity(parseSeverityFilter(data.value))}>
          <option value="all">All severities ({findings.length})</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityHeading(s)} ({bySeverity[s]})
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
