/** Typed text to settings and back. */
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { draftFrom, draftProblems, settingsFrom } from "../../src/taskpane/state/settings-draft";

describe("settings draft", () => {
  it("round-trips the defaults, with thresholds as percentages", () => {
    const draft = draftFrom(DEFAULT_SETTINGS);
    expect(draft).toMatchObject({ startYear: "2026", onTrackThreshold: "90", atRiskThreshold: "70", frequency: "Annual" });
    expect(settingsFrom(draft)).toEqual(DEFAULT_SETTINGS);
  });

  it("avoids floating-point noise when showing percentages", () => {
    expect(draftFrom({ ...DEFAULT_SETTINGS, onTrackThreshold: 0.57 }).onTrackThreshold).toBe("57");
  });

  it("trims text and upper-cases the currency", () => {
    const s = settingsFrom({ ...draftFrom(DEFAULT_SETTINGS), country: "  Kenya ", currency: "kes" });
    expect(s.country).toBe("Kenya");
    expect(s.currency).toBe("KES");
  });

  it("treats an emptied number as missing, not zero", () => {
    const problems = draftProblems({ ...draftFrom(DEFAULT_SETTINGS), country: "K", title: "T", startYear: " " });
    expect(problems.startYear).toMatch(/First year must be a whole year/);
    expect(problems.startYear).toMatch(/found ""/);
  });

  it("has no problems for filled-in defaults", () => {
    expect(draftProblems({ ...draftFrom(DEFAULT_SETTINGS), country: "Kenya", title: "Plan" })).toEqual({});
  });
});
