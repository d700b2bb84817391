/** Which findings to list: one stage (or the workbook) and one severity, each with its count. */
import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Finding } from "../../model/check/plan-tables";
import { catalogue } from "../../model/i18n/pane-check";
import { type SeverityFilter, type StageFilter } from "../state/check-state";
import { countBySeverity, countByStage, parseSeverityFilter, parseStageFilter, SEVERITIES, severityHeading, STAGE_ORDER, stageFilterValue, stageTitle, withCount } from "../state/check-view";
import { useTabWords } from "../words";

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
  /** The stages' names in the pane's language. */
  stageNames: ReadonlyMap<number, string>;
  onStage(stage: StageFilter): void;
  onSeverity(severity: SeverityFilter): void;
}

export function FindingFilters({ findings, stage, severity, stageNames, onStage, onSeverity }: FindingFiltersProps) {
  const styles = useStyles();
  const t = useTabWords(catalogue);
  const byStage = countByStage(findings);
  const bySeverity = countBySeverity(findings);
  return (
    <div className={styles.root}>
      <Field label={t("filters.stage")} className={styles.field}>
        <Select className={styles.control} value={stageFilterValue(stage)} onChange={(_, data) => onStage(parseStageFilter(data.value))}>
          <option value="all">{t("filters.allStages", { count: findings.length })}</option>
          {STAGE_ORDER.map((n) => (
            <option key={n} value={String(n)}>
              {withCount(stageTitle(n, stageNames, t), byStage.get(n) ?? 0, t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("filters.severity")} className={styles.field}>
        <Select className={styles.control} value={severity} onChange={(_, data) => onSeverity(parseSeverityFilter(data.value))}>
          <option value="all">{t("filters.allSeverities", { count: findings.length })}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {withCount(severityHeading(s, t), bySeverity[s], t)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
