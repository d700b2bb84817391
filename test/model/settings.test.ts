import { DEFAULT_SETTINGS, SETTING_FIELDS, parseSettingValue, validateSettings } from "../../src/model/settings";

const good = { ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan" };

test("good settings have no problems", () => {
  expect(validateSettings(good)).toEqual([]);
});

test.each([
  [{ country: " " }, "country", /Country is required/],
  [{ startYear: 1890 }, "startYear", /between 1990 and 2100 \(found "1890"\)/],
  [{ startYear: 2030, endYear: 2026 }, "endYear", /Last year \(2026\) is before the first year \(2030\): swap them/],
  [{ currency: "usd" }, "currency", /three-letter ISO code/],
  [{ onTrackThreshold: 0.6, atRiskThreshold: 0.7 }, "atRiskThreshold", /below the on track threshold/],
  [{ riskHigh: 10, riskMedium: 12 }, "riskMedium", /below the high risk score/],
])("%j is refused on %s", (change, key, message) => {
  const problems = validateSettings({ ...good, ...change });
  expect(problems.find((p) => p.key === key)?.message).toMatch(message);
});

test("settings read back from cells, including shares typed as percentages", () => {
  const field = (key: string) => SETTING_FIELDS.find((f) => f.key === key)!;
  expect(parseSettingValue(field("onTrackThreshold"), "85%")).toBeCloseTo(0.85);
  expect(parseSettingValue(field("onTrackThreshold"), 0.9)).toBe(0.9);
  expect(parseSettingValue(field("startYear"), " 2027 ")).toBe(2027);
  expect(parseSettingValue(field("startYear"), "soon")).toBeUndefined();
  expect(parseSettingValue(field("frequency"), "quarterly")).toBe("Quarterly");
  expect(parseSettingValue(field("country"), "")).toBeUndefined();
});
