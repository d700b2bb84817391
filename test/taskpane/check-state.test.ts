/** The Check tab's state transitions and how findings are counted, filtered and grouped, without React or Excel. */
import { PlannerError, type CheckReport } from "../../src/service/planner-service";
import type { Finding, Severity } from "../../src/model/check/plan-tables";
import { outcomeText } from "../../src/taskpane/components/CheckOutcome";
import { catalogue } from "../../src/model/i18n/pane-check";
import { translator } from "../../src/model/i18n/translate";
import { checkReducer, describeCheckFailure, initialCheckState, type CheckAction, type CheckState } from "../../src/taskpane/state/check-state";
import { clearedText, countBySeverity, countByStage, failureText, groupFindings, bySeverityFirst, parseSeverityFilter, parseStageFilter, severityCount, stageFilterValue, stageTitle, visibleFindings } from "../../src/taskpane/state/check-view";

const t = translator("en", catalogue.en);

/** A finding on cell A{n} of sheet S; `null` for one about the workbook as a whole, with no cell. */
const finding = (stage: number, severity: Severity, n: number, cell: string | null = `'S'!A${n}`): Finding => ({
  rule: `rule-${n}`,
  severity,
  stage,
  table: "tblActions",
  ...(cell === null ? {} : { cell }),
  message: `finding ${n}`,
});

function report(findings: Finding[], marked = findings.filter((f) => f.cell).length): CheckReport {
  const counts = countBySeverity(findings);
  return { findings, summary: { errors: counts.error, warnings: counts.warning, infos: counts.info, goals: 3, actions: 7, totalBudget: 0 }, readSyncs: 3, marked, unmarkedSheets: [] };
}

// Stage 3 interleaves severities the way the model sorts by row; stage 0 is the workbook.
const FINDINGS = [finding(0, "warning", 1, null), finding(2, "warning", 2), finding(3, "error", 3), finding(3, "warning", 4), finding(3, "error", 5), finding(6, "info", 6)];
const REPORT = report(FINDINGS);

const run = (actions: CheckAction[], from: CheckState = initialCheckState()) => actions.reduce(checkReducer, from);
const checked = () => run([{ type: "started", operation: { kind: "check" } }, { type: "checked", report: REPORT }]);

describe("checkReducer", () => {
  it("starts with nothing checked, nothing running and every finding shown", () => {
    expect(initialCheckState()).toEqual({ stage: "all", severity: "all" });
  });

  it("keeps the report when the check ends", () => {
    const s = checked();
    expect(s.busy).toBeUndefined();
    expect(s.report).toBe(REPORT);
  });

  it("records progress only while busy", () => {
    expect(run([{ type: "progressed", progress: { label: "x", fraction: 0.5 } }]).busy).toBeUndefined();
    const s = run([
      { type: "started", operation: { kind: "check" } },
      { type: "progressed", progress: { label: "Checking", fraction: 0.5 } },
    ]);
    expect(s.busy).toEqual({ operation: { kind: "check" }, progress: { label: "Checking", fraction: 0.5 } });
  });

  it("ignores a second start while busy, whatever it is", () => {
    const busy = run([{ type: "started", operation: { kind: "check" } }]);
    expect(checkReducer(busy, { type: "started", operation: { kind: "check" } })).toBe(busy);
    expect(checkReducer(busy, { type: "started", operation: { kind: "clear" } })).toBe(busy);
    expect(checkReducer(busy, { type: "started", operation: { kind: "select", address: "'S'!A1" } })).toBe(busy);
  });

  it("drops the old results, cleared count, selection and error when a new check starts, but keeps the filters", () => {
    const before = run(
      [
        { type: "stageFiltered", stage: 3 },
        { type: "severityFiltered", severity: "error" },
        { type: "cellSelected", address: "'S'!A3" },
        { type: "marksCleared", count: 4 },
        { type: "failed", failure: { kind: "service", message: "Excel is busy" } },
      ],
      checked(),
    );
    const s = checkReducer(before, { type: "started", operation: { kind: "check" } });
    expect(s).toEqual({ busy: { operation: { kind: "check" } }, stage: 3, severity: "error" });
  });

  it("keeps the findings while marks are cleared, and says how many went", () => {
    const clearing = checkReducer(checked(), { type: "started", operation: { kind: "clear" } });
    expect(clearing.report).toBe(REPORT);
    const s = checkReducer(clearing, { type: "marksCleared", count: 5 });
    expect(s.busy).toBeUndefined();
    expect(s.cleared).toBe(5);
    expect(s.report?.findings).toBe(FINDINGS);
    expect(s.report?.marked).toBe(0);
    // Clearing before any check: just the count.
    expect(run([{ type: "started", operation: { kind: "clear" } }, { type: "marksCleared", count: 0 }])).toEqual({ stage: "all", severity: "all", cleared: 0 });
  });

  it("forgets the last cleared count when marks are cleared again, not when a cell is selected", () => {
    const cleared = run([{ type: "started", operation: { kind: "clear" } }, { type: "marksCleared", count: 5 }], checked());
    expect(checkReducer(cleared, { type: "started", operation: { kind: "clear" } }).cleared).toBeUndefined();
    expect(checkReducer(cleared, { type: "started", operation: { kind: "select", address: "'S'!A3" } }).cleared).toBe(5);
  });

  it("remembers the cell last selected", () => {
    const s = run([{ type: "started", operation: { kind: "select", address: "'S'!A3" } }, { type: "cellSelected", address: "'S'!A3" }], checked());
    expect(s.selected).toBe("'S'!A3");
    expect(s.busy).toBeUndefined();
    expect(s.report).toBe(REPORT);
  });

  it("shows a failure, ends busy, keeps the findings, and clears it on the next start or on dismiss", () => {
    const failed = run([{ type: "started", operation: { kind: "select", address: "'S'!A3" } }, { type: "failed", failure: { kind: "service", message: "The sheet is gone." } }], checked());
    expect(failed).toMatchObject({ busy: undefined, error: { kind: "service", message: "The sheet is gone." }, report: REPORT });
    expect(checkReducer(failed, { type: "errorDismissed" }).error).toBeUndefined();
    expect(checkReducer(failed, { type: "started", operation: { kind: "clear" } }).error).toBeUndefined();
  });

  it("changes the filters without touching anything else", () => {
    const s = run([{ type: "stageFiltered", stage: 0 }, { type: "severityFiltered", severity: "info" }], checked());
    expect(s).toEqual({ ...checked(), stage: 0, severity: "info" });
  });
});

describe("filtering and grouping", () => {
  const messages = (s: Pick<CheckState, "report" | "stage" | "severity">) => visibleFindings(s).map((i) => i.finding.message);

  it("shows everything, one stage, one severity or both", () => {
    expect(messages({ report: REPORT, stage: "all", severity: "all" })).toHaveLength(6);
    expect(messages({ report: REPORT, stage: 3, severity: "all" })).toEqual(["finding 3", "finding 4", "finding 5"]);
    expect(messages({ report: REPORT, stage: 0, severity: "all" })).toEqual(["finding 1"]);
    expect(messages({ report: REPORT, stage: "all", severity: "warning" })).toEqual(["finding 1", "finding 2", "finding 4"]);
    expect(messages({ report: REPORT, stage: 2, severity: "error" })).toEqual([]);
    expect(messages({ report: undefined, stage: "all", severity: "all" })).toEqual([]);
  });

  it("keeps each finding's place in the report, which keys it", () => {
    expect(visibleFindings({ report: REPORT, stage: 6, severity: "all" })).toEqual([{ finding: FINDINGS[5], index: 5 }]);
  });

  it("groups errors first, then warnings, then notes, whatever their stage; by stage in handbook order within, the workbook last", () => {
    const groups = groupFindings(visibleFindings({ report: REPORT, stage: "all", severity: "all" }));
    expect(groups.map((g) => [g.severity, g.byStage.map((b) => [b.stage, b.items.map((i) => i.finding.message)])])).toEqual([
      ["error", [[3, ["finding 3", "finding 5"]]]],
      [
        "warning",
        [
          [2, ["finding 2"]],
          [3, ["finding 4"]],
          [0, ["finding 1"]],
        ],
      ],
      ["info", [[6, ["finding 6"]]]],
    ]);
    // A stage-3 error comes before a stage-2 warning: the list reads in that order too.
    expect(bySeverityFirst(visibleFindings({ report: REPORT, stage: "all", severity: "all" })).map((i) => i.finding.message)).toEqual([
      "finding 3",
      "finding 5",
      "finding 2",
      "finding 4",
      "finding 1",
      "finding 6",
    ]);
  });

  it("counts every finding of a severity when only some are shown", () => {
    const all = visibleFindings({ report: REPORT, stage: "all", severity: "all" });
    expect(groupFindings(bySeverityFirst(all).slice(0, 1), all).map((g) => [g.severity, g.count])).toEqual([["error", 2]]);
  });

  it("still shows a stage it does not know of, after the others", () => {
    const groups = groupFindings([finding(9, "error", 1), finding(1, "error", 2)].map((f, index) => ({ finding: f, index })));
    expect(groups[0].byStage.map((g) => g.stage)).toEqual([1, 9]);
  });

  it("counts by severity and by stage", () => {
    expect(countBySeverity(FINDINGS)).toEqual({ error: 2, warning: 3, info: 1 });
    expect(Object.fromEntries(countByStage(FINDINGS))).toEqual({ 0: 1, 1: 0, 2: 1, 3: 3, 4: 0, 5: 0, 6: 1 });
  });

  it("reads the select boxes' values back, refusing nonsense", () => {
    expect(parseStageFilter("all")).toBe("all");
    expect(parseStageFilter("0")).toBe(0);
    expect(parseStageFilter("3")).toBe(3);
    expect(parseStageFilter("x")).toBe("all");
    expect(stageFilterValue(3)).toBe("3");
    expect(stageFilterValue("all")).toBe("all");
    expect(parseSeverityFilter("info")).toBe("info");
    expect(parseSeverityFilter("fatal")).toBe("all");
  });
});

describe("words", () => {
  it("counts in words, singular and plural", () => {
    expect(severityCount("error", 1, t)).toBe("1 error");
    expect(severityCount("warning", 0, t)).toBe("0 warnings");
    expect(severityCount("info", 2, t)).toBe("2 notes");
    const scope = (actions: number, goals: number) => outcomeText({ ...report([]), summary: { ...REPORT.summary, actions, goals } }, t).text;
    expect(scope(7, 3)).toBe("No problems found in 7 actions and 3 selected goals.");
    expect(scope(1, 1)).toBe("No problems found in 1 action and 1 selected goal.");
  });

  it("names stages, and the workbook", () => {
    const names = new Map([[3, "Plan of Action"]]);
    expect(stageTitle(3, names, t)).toBe("Stage 3: Plan of Action");
    expect(stageTitle(5, names, t)).toBe("Stage 5");
    expect(stageTitle(0, names, t)).toBe("Workbook");
  });

  it("says what Clear marks did", () => {
    expect(clearedText(0, t)).toBe("There were no marks to remove.");
    expect(clearedText(1, t)).toBe("Removed 1 mark from the workbook.");
    expect(clearedText(6, t)).toBe("Removed 6 marks from the workbook.");
  });

  it("sums a check up: success when clean, the worst severity's colour otherwise", () => {
    expect(outcomeText(report([]), t)).toEqual({ intent: "success", title: "No problems found", text: "No problems found in 7 actions and 3 selected goals." });
    // An empty plan is not praised: there was nothing to check.
    expect(outcomeText({ ...report([]), summary: { ...report([]).summary, actions: 0, goals: 0 } }, t)).toMatchObject({ intent: "info", title: "Nothing to check yet" });
    expect(outcomeText(REPORT, t)).toEqual({
      intent: "error",
      title: "2 errors, 3 warnings and 1 note",
      text: "Checked 7 actions and 3 selected goals. 5 cells are marked in the workbook. Select a finding to go to its cell.",
    });
    expect(outcomeText(report([finding(2, "warning", 1)], 1), t).text).toContain("1 cell is marked");
    expect(outcomeText(report([finding(2, "warning", 1)], 0), t)).toMatchObject({ intent: "warning", text: "Checked 7 actions and 3 selected goals. Select a finding to go to its cell." });
    expect(outcomeText(report([finding(0, "info", 1, null)], 0), t)).toMatchObject({ intent: "info", text: "Checked 7 actions and 3 selected goals." });
  });

  it("names the protected sheets whose cells could not be marked, and the way out", () => {
    const onLocked = { ...report([finding(3, "error", 1)], 0), unmarkedSheets: ["3 Plan of Action"] };
    expect(outcomeText(onLocked, t).text).toBe(
      'Checked 7 actions and 3 selected goals. Cells on the protected sheet "3 Plan of Action" were not marked: unprotect (Review > Unprotect Sheet) and check again to see them. Select a finding to go to its cell.',
    );
    expect(outcomeText({ ...onLocked, unmarkedSheets: ["A", "B"] }, t).text).toContain('protected sheets "A", "B" were not marked');
  });

  it("passes the service's words through and keeps an unexpected error's message", () => {
    const said = (e: unknown) => failureText(describeCheckFailure(e), t);
    expect(said(new PlannerError("Press Enter or Esc.", "InvalidOperationInCellEditMode"))).toBe("Press Enter or Esc.");
    expect(said(new Error("disk on fire"))).toBe("Something went wrong: disk on fire. Press Check plan to check the workbook again.");
    expect(said(new TypeError(""))).toBe("Something went wrong: TypeError. Press Check plan to check the workbook again.");
    expect(said("plain string")).toMatch(/plain string/);
  });

  it("keeps a failure as what happened, for the tab to word in the pane's language", () => {
    expect(describeCheckFailure(new PlannerError("Press Enter or Esc.", "InvalidOperationInCellEditMode"))).toEqual({ kind: "service", message: "Press Enter or Esc." });
    expect(describeCheckFailure(new Error("disk on fire"))).toEqual({ kind: "unexpected", what: "disk on fire" });
  });
});
