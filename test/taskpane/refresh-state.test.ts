/** Rebuilding derived tables in the pane's state, and the words that report it, without React or Excel. */
import type { SetupReport, WorkbookStatus } from "../../src/service/planner-service";
import { DERIVED_TABLES } from "../../src/model/derived/registry";
import { CAPACITY_STAGE, PRIORITIES_STAGE, REBUILD_ACTIONS, REBUILD_TARGETS, STAGES, tablesRebuiltBy } from "../../src/model/registry";
import type { StageState, StageStatus } from "../../src/model/layout/steps";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../src/model/settings";
import { resultSummary } from "../../src/taskpane/components/Results";
import { busyText, canRebuild, initialPaneState, paneReducer, REBUILD_TABLES, rebuildAvailable, type PaneAction, type PaneState } from "../../src/taskpane/state/pane-state";
import { translator } from "../../src/model/i18n/translate";
import { messages } from "../../src/model/i18n/pane/en";
import { catalogue } from "../../src/model/i18n/pane-results";

const t = translator("en", messages);
const said = translator("en", catalogue.en);

const stage = (number: number, status: StageStatus): StageState => ({ number, name: `Stage ${number}`, status, details: [], additions: [] });

/** The capacity stage (the one whose card carries Build capacity matrix) in `capacity`, the other stages ready. */
function status(capacity: StageStatus, workbook: StageStatus, settings?: PlanSettings): WorkbookStatus {
  const n = REBUILD_ACTIONS.capacity.part;
  return { settings, stages: STAGES.map((s) => stage(s.number, s.number === n ? capacity : "ready")), workbook: stage(0, workbook), notices: [] };
}

const saved: PlanSettings = { ...DEFAULT_SETTINGS, country: "Kenya", title: "Kenya M&D plan" };
const report = (steps: number, notices: SetupReport["notices"] = []): SetupReport => ({ notices, steps, syncs: 4, status: status("ready", "ready", saved) });
const run = (actions: PaneAction[], from: PaneState = initialPaneState()) => actions.reduce(paneReducer, from);

describe("what each button rebuilds", () => {
  it("asks for the derived tables the model's registry gives that button", () => {
    for (const target of REBUILD_TARGETS) expect(REBUILD_TABLES[target]).toEqual(tablesRebuiltBy(target));
    expect(Object.keys(REBUILD_TABLES).sort()).toEqual([...REBUILD_TARGETS].sort());
  });

  it("leaves no derived table that the pane never rebuilds", () => {
    const asked = REBUILD_TARGETS.flatMap((t) => REBUILD_TABLES[t]);
    expect([...asked].sort()).toEqual(DERIVED_TABLES.map((d) => d.name).sort());
    // Each once: two buttons rebuilding one table would be two answers to "which button?".
    expect(new Set(asked).size).toBe(asked.length);
    expect(REBUILD_TABLES.capacity).toEqual(["tblCapacityMatrix", "tblFundingByGoal", "tblFundingByPartner"]);
    expect(REBUILD_TABLES.dashboard).toEqual(["tblDashboard", "tblDashboardByGoal", "tblDashboardByLead", "tblIPTT", "tblIndicatorsBySex"]);
  });
});

describe("when a rebuild is possible", () => {
  it.each<[StageStatus, boolean]>([
    ["ready", true],
    ["needs update", true],
    ["missing", false],
    ["blocked", false],
  ])(`stage ${CAPACITY_STAGE.number} %s: Build capacity matrix %p`, (st, possible) => {
    const s = run([{ type: "statusLoaded", status: status(st, "missing") }]);
    expect(rebuildAvailable(s.status, "capacity")).toBe(possible);
    expect(canRebuild(s, "capacity")).toBe(possible);
    // The dashboard follows the workbook's own parts, not the capacity stage.
    expect(canRebuild(s, "dashboard")).toBe(false);
  });

  it("follows the workbook's own parts for the dashboard", () => {
    expect(rebuildAvailable(status("missing", "ready"), "dashboard")).toBe(true);
    expect(rebuildAvailable(status("missing", "needs update"), "dashboard")).toBe(true);
    expect(rebuildAvailable(status("ready", "missing"), "dashboard")).toBe(false);
  });

  it("is never possible before the first read or while anything runs", () => {
    expect(canRebuild(initialPaneState(), "capacity")).toBe(false);
    expect(rebuildAvailable(undefined, "dashboard")).toBe(false);
    const loaded = run([{ type: "statusLoaded", status: status("ready", "ready", saved) }]);
    for (const operation of [{ kind: "read" }, { kind: "setup" }, { kind: "rebuild", target: "dashboard" }] as const) {
      const busy = paneReducer(loaded, { type: "started", operation });
      expect(canRebuild(busy, "capacity")).toBe(false);
      expect(canRebuild(busy, "dashboard")).toBe(false);
    }
  });
});

describe("a rebuild in the reducer", () => {
  it("keeps the outcome with its operation and the workbook's new status", () => {
    const done = run([
      { type: "statusLoaded", status: status("needs update", "ready", saved) },
      { type: "started", operation: { kind: "rebuild", target: "capacity" } },
      { type: "progressed", progress: { label: "Writing 6 changes", fraction: 0.5 } },
      { type: "rebuilt", report: report(6) },
    ]);
    expect(done.busy).toBeUndefined();
    expect(done.result).toEqual({ operation: { kind: "rebuild", target: "capacity" }, report: report(6) });
    expect(done.status?.stages.find((s) => s.number === REBUILD_ACTIONS.capacity.part)?.status).toBe("ready");
  });

  it("keeps what the user is typing in the settings form", () => {
    const done = run([
      { type: "statusLoaded", status: status("ready", "ready", saved) },
      { type: "fieldChanged", key: "country", text: "Ghan" },
      { type: "started", operation: { kind: "rebuild", target: "dashboard" } },
      { type: "rebuilt", report: report(2) },
    ]);
    expect(done.draft.country).toBe("Ghan");
    expect(done.touched).toEqual(["country"]);
  });

  it("drops the previous error and result when it starts, and ends busy on failure", () => {
    const failed = run([
      { type: "started", operation: { kind: "setup" } },
      { type: "failed", message: "Excel is busy" },
      { type: "started", operation: { kind: "rebuild", target: "capacity" } },
    ]);
    expect(failed.error).toBeUndefined();
    expect(paneReducer(failed, { type: "failed", message: "Press Enter or Esc." })).toMatchObject({ busy: undefined, error: "Press Enter or Esc." });
  });
});

describe("words", () => {
  it("says what is running until the service reports", () => {
    expect(busyText({ kind: "rebuild", target: "capacity" }, t)).toBe("Building the capacity matrix…");
    expect(busyText({ kind: "rebuild", target: "dashboard" }, t)).toBe("Refreshing the dashboard…");
    expect(busyText({ kind: "read" }, t)).toBe("Reading the workbook…");
    expect(busyText({ kind: "setup" }, t)).toBe("Setting up…");
  });

  it("says what a rebuild brought up to date; the count of changes is a detail", () => {
    expect(resultSummary({ kind: "rebuild", target: "capacity" }, report(6), said)).toEqual({
      intent: "success",
      title: "Capacity matrix rebuilt",
      text: "The capacity-gap matrix and the funding summaries now list the stakeholders, areas, goals and partners in the workbook.",
      detail: "6 changes made in 4 round trips to Excel.",
    });
    expect(resultSummary({ kind: "rebuild", target: "dashboard" }, { ...report(1), syncs: 1 }, said)).toMatchObject({
      title: "Dashboard refreshed",
      text: expect.not.stringContaining("round trip"),
      detail: "1 change made in 1 round trip to Excel.",
    });
  });

  it("says when there was nothing to rebuild, and when the service had problems", () => {
    expect(resultSummary({ kind: "rebuild", target: "dashboard" }, report(0), said)).toMatchObject({
      intent: "warning",
      title: "Nothing to rebuild",
      text: "This workbook has no dashboard yet: set up the workbook first.",
    });
    // The stage to set up is the registry's: the one whose card carries the button.
    expect(resultSummary({ kind: "rebuild", target: "capacity" }, report(0), said).text).toBe(
      `This workbook has no capacity matrix or funding summaries yet: set up stage ${CAPACITY_STAGE.number} first.`,
    );
    expect(resultSummary({ kind: "rebuild", target: "capacity" }, report(3, [{ level: "error", message: "x" }]), said)).toMatchObject({ intent: "warning", title: "Capacity matrix rebuilt with problems" });
  });

  it("reports a set-up by the sheets it made ready, not by its count of changes", () => {
    expect(resultSummary({ kind: "setup", stages: [2] }, report(5), said)).toEqual({
      intent: "success",
      title: "Stage 2 set up",
      text: `Its sheet "${PRIORITIES_STAGE.sheets.main.name}" is in the workbook.`,
      detail: "5 changes made in 4 round trips to Excel.",
    });
    expect(resultSummary({ kind: "setup" }, report(125), said)).toMatchObject({ title: "Workbook set up", text: `The settings, the dashboard and the sheets of all ${STAGES.length} stages are in the workbook.` });
    expect(resultSummary({ kind: "setup" }, report(125), said).text).not.toMatch(/changes|round trip/);
    expect(resultSummary({ kind: "setup" }, report(0), said)).toMatchObject({ title: "Workbook set up", text: "Nothing needed changing: it was already up to date." });
  });
});
