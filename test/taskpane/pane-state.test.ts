/** The pane's state transitions, without React or Excel. */
import { PlannerError, type SetupReport, type WorkbookStatus } from "../../src/service/planner-service";
import type { StageState } from "../../src/model/layout/steps";
import { STAGES } from "../../src/model/registry";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../src/model/settings";
import { canSetUp, describeFailure, initialPaneState, paneReducer, settingsShown, visibleProblems, type PaneAction, type PaneState } from "../../src/taskpane/state/pane-state";
import { activityAt, placeOf } from "../../src/taskpane/state/outcome-place";
import { draftFrom } from "../../src/taskpane/state/settings-draft";
import { translator } from "../../src/model/i18n/translate";
import { messages } from "../../src/model/i18n/pane/en";

const t = translator("en", messages);

const stage = (number: number, status: StageState["status"] = "missing"): StageState => ({ number, name: `Stage ${number}`, status, details: [], additions: [] });

function status(settings?: PlanSettings, st: StageState["status"] = "missing"): WorkbookStatus {
  return { settings, stages: STAGES.map((s) => stage(s.number, st)), workbook: stage(0, st), notices: [] };
}

const saved: PlanSettings = { ...DEFAULT_SETTINGS, country: "Kenya", title: "Kenya M&D plan", startYear: 2025, endYear: 2029 };

const run = (actions: PaneAction[], from: PaneState = initialPaneState()) => actions.reduce(paneReducer, from);

describe("paneReducer", () => {
  it("starts with the default settings, nothing read and nothing running", () => {
    const s = initialPaneState();
    expect(s.draft).toEqual(draftFrom(DEFAULT_SETTINGS));
    expect(s.draft.onTrackThreshold).toBe("90");
    expect(s.status).toBeUndefined();
    expect(s.busy).toBeUndefined();
  });

  it("fills the form from the workbook's settings when the user has not typed", () => {
    const s = run([{ type: "started", operation: { kind: "read" } }, { type: "statusLoaded", status: status(saved) }]);
    expect(s.busy).toBeUndefined();
    expect(s.draft.country).toBe("Kenya");
    expect(s.draft.startYear).toBe("2025");
  });

  it("keeps what the user typed when a refresh brings the workbook's settings", () => {
    const s = run([
      { type: "fieldChanged", key: "country", text: "Ghana" },
      { type: "started", operation: { kind: "read" } },
      { type: "statusLoaded", status: status(saved) },
    ]);
    expect(s.draft.country).toBe("Ghana");
    expect(s.status?.settings?.country).toBe("Kenya");
  });

  it("keeps the defaults when the workbook has no settings", () => {
    const s = run([{ type: "started", operation: { kind: "read" } }, { type: "statusLoaded", status: status(undefined) }]);
    expect(s.draft).toEqual(draftFrom(DEFAULT_SETTINGS));
  });

  it("records progress only while busy", () => {
    const idle = run([{ type: "progressed", progress: { label: "x", fraction: 0.5 } }]);
    expect(idle.busy).toBeUndefined();
    const s = run([
      { type: "started", operation: { kind: "setup" } },
      { type: "progressed", progress: { label: "Writing 3 sheets", fraction: 0.5 } },
    ]);
    expect(s.busy).toEqual({ operation: { kind: "setup" }, progress: { label: "Writing 3 sheets", fraction: 0.5 } });
  });

  it("ignores a second start while busy", () => {
    const first = run([{ type: "started", operation: { kind: "setup", stages: [2] } }]);
    expect(paneReducer(first, { type: "started", operation: { kind: "read" } })).toBe(first);
  });

  it("keeps a set-up's report with its operation and takes the saved settings", () => {
    const report: SetupReport = { notices: [{ level: "info", message: "Done" }], steps: 12, syncs: 3, status: status(saved, "ready") };
    const s = run([
      { type: "fieldChanged", key: "country", text: "Kenya" },
      { type: "started", operation: { kind: "setup", stages: [2] } },
      { type: "setupFinished", report },
    ]);
    expect(s.busy).toBeUndefined();
    expect(s.result).toEqual({ operation: { kind: "setup", stages: [2] }, report });
    expect(s.status?.stages.every((x) => x.status === "ready")).toBe(true);
    expect(s.draft.title).toBe("Kenya M&D plan");
    expect(s.touched).toEqual([]);
  });

  it("shows a failure, ends busy, and clears it on the next start or on dismiss", () => {
    const failed = run([{ type: "started", operation: { kind: "setup" } }, { type: "failed", message: "Excel is busy" }]);
    expect(failed).toMatchObject({ busy: undefined, error: "Excel is busy" });
    expect(paneReducer(failed, { type: "errorDismissed" }).error).toBeUndefined();
    expect(paneReducer(failed, { type: "started", operation: { kind: "read" } }).error).toBeUndefined();
  });

  it("keeps which operation failed, so its message shows beside its button", () => {
    const failed = run([{ type: "started", operation: { kind: "setup", stages: [3] } }, { type: "failed", message: "Excel is busy" }]);
    expect(failed.errorAt).toEqual({ kind: "setup", stages: [3] });
    expect(activityAt(failed, "stage-3").error).toBe("Excel is busy");
    expect(activityAt(failed, "settings").error).toBeUndefined();
    expect(paneReducer(failed, { type: "errorDismissed" }).errorAt).toBeUndefined();
  });

  it("places each outcome under the button that started it", () => {
    expect(placeOf({ kind: "setup" })).toBe("settings");
    expect(placeOf({ kind: "setup", stages: [4] })).toBe("stage-4");
    expect(placeOf({ kind: "rebuild", target: "dashboard" })).toBe("dashboard");
    expect(placeOf({ kind: "read" })).toBe("stages");
    const busy = run([{ type: "started", operation: { kind: "rebuild", target: "capacity" } }]);
    expect(activityAt(busy, "capacity").busy).toBeDefined();
    expect(activityAt(busy, "dashboard").busy).toBeUndefined();
  });

  it("shows the settings form until the workbook holds settings, and closes it once set up", () => {
    const first = run([{ type: "statusLoaded", status: status(undefined) }]);
    expect(settingsShown(first)).toBe(true);
    const report: SetupReport = { notices: [], steps: 9, syncs: 2, status: status(saved, "ready") };
    const done = run([{ type: "started", operation: { kind: "setup" } }, { type: "setupFinished", report }], first);
    expect(settingsShown(done)).toBe(false);
    const reopened = paneReducer(done, { type: "settingsOpened" });
    expect(settingsShown(reopened)).toBe(true);
    // Cancel puts back what the workbook holds.
    const typed = paneReducer(reopened, { type: "fieldChanged", key: "country", text: "Ghana" });
    const closed = paneReducer(typed, { type: "settingsClosed" });
    expect(settingsShown(closed)).toBe(false);
    expect(closed.draft.country).toBe("Kenya");
    expect(closed.touched).toEqual([]);
    // A workbook read with settings in it starts closed.
    expect(settingsShown(run([{ type: "statusLoaded", status: status(saved, "ready") }]))).toBe(false);
  });

  it("drops the previous results when a new operation starts", () => {
    const report: SetupReport = { notices: [], steps: 1, syncs: 1, status: status(saved) };
    const done = run([{ type: "started", operation: { kind: "setup" } }, { type: "setupFinished", report }]);
    expect(paneReducer(done, { type: "started", operation: { kind: "read" } }).result).toBeUndefined();
  });
});

describe("validation in the pane", () => {
  it("hides the problems of untouched empty fields but still refuses to set up", () => {
    const s = initialPaneState();
    expect(visibleProblems(s)).toEqual({});
    expect(canSetUp(s)).toBe(false);
  });

  it("shows a touched field's problem, quoting what was typed", () => {
    const s = run([{ type: "fieldChanged", key: "startYear", text: "20x6" }]);
    expect(visibleProblems(s).startYear).toBe('First year must be a whole year between 1990 and 2100 (found "20x6").');
  });

  it("flags a last year before the first year", () => {
    const s = run([
      { type: "fieldChanged", key: "country", text: "Kenya" },
      { type: "fieldChanged", key: "title", text: "Plan" },
      { type: "fieldChanged", key: "endYear", text: "2020" },
    ]);
    expect(visibleProblems(s).endYear).toMatch(/Last year \(2020\) is before the first year \(2026\)/);
    expect(canSetUp(s)).toBe(false);
  });

  it("allows set-up once required fields are filled, and not while busy", () => {
    const s = run([
      { type: "fieldChanged", key: "country", text: "Kenya" },
      { type: "fieldChanged", key: "title", text: "Plan" },
    ]);
    expect(canSetUp(s)).toBe(true);
    expect(canSetUp(paneReducer(s, { type: "started", operation: { kind: "read" } }))).toBe(false);
  });
});

describe("describeFailure", () => {
  it("passes a PlannerError's words through unchanged", () => {
    expect(describeFailure(new PlannerError("Press Enter or Esc.", "InvalidOperationInCellEditMode"), t)).toBe("Press Enter or Esc.");
  });

  it("keeps the message of anything else", () => {
    expect(describeFailure(new Error("disk on fire"), t)).toMatch(/disk on fire/);
    expect(describeFailure("plain string", t)).toMatch(/plain string/);
  });
});
