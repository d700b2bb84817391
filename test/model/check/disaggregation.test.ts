import { cleanInput, findingsOf, indicator, one, planWith } from "./plan-builder";

const indicators = () => cleanInput().tblIndicators as Record<string, unknown>[];

describe("sex disaggregation", () => {
  test("an indicator counting people without Sex in Disaggregation: a warning on that cell", () => {
    const plan = planWith({ tblIndicators: [...indicators(), indicator({ "Indicator ID": "I4", Unit: "persons", Disaggregation: "Age" })] as never });
    const f = one(plan, "indicator-no-sex-disaggregation");
    expect(f).toMatchObject({ severity: "warning", id: "I4", column: "Disaggregation", cell: "'6 M&E'!I10" });
    expect(f.message).toMatch(/Unit "persons".*Disaggregation is "Age"; expected Sex/);
  });

  test("with Sex, or counting something other than people, nothing is raised", () => {
    const plan = planWith({
      tblIndicators: [...indicators(), indicator({ "Indicator ID": "I4", Unit: "workers", Disaggregation: "Sex, age" }), indicator({ "Indicator ID": "I5", Unit: "agencies" })] as never,
    });
    expect(findingsOf(plan, "indicator-no-sex-disaggregation")).toEqual([]);
  });

  test("values by sex that do not add up to the total: a warning on the total's value", () => {
    const values = [
      { "Indicator ID": "I2", Period: "2026", Sex: "Total", Value: 100 },
      { "Indicator ID": "I2", Period: "2026", Sex: "Female", Value: 55 },
      { "Indicator ID": "I2", Period: "2026", Sex: "Male", Value: 40 },
    ];
    const f = one(planWith({ tblIndicatorValues: values }), "values-sex-not-total");
    expect(f).toMatchObject({ severity: "warning", table: "tblIndicatorValues", cell: "'6 Indicator values'!E7" });
    expect(f.message).toMatch(/add up to 95, but the total is 100/);
  });

  test("values that add up, or rates (a % unit), are not compared", () => {
    const adding = [
      { "Indicator ID": "I2", Period: "2026", Sex: "Total", Value: 100 },
      { "Indicator ID": "I2", Period: "2026", Sex: "Female", Value: 60 },
      { "Indicator ID": "I2", Period: "2026", Sex: "Male", Value: 40 },
    ];
    expect(findingsOf(planWith({ tblIndicatorValues: adding }), "values-sex-not-total")).toEqual([]);
    const rates = [
      { "Indicator ID": "I4", Period: "2026", Value: 50 },
      { "Indicator ID": "I4", Period: "2026", Sex: "Female", Value: 60 },
      { "Indicator ID": "I4", Period: "2026", Sex: "Male", Value: 40 },
    ];
    const plan = planWith({ tblIndicators: [...indicators(), indicator({ "Indicator ID": "I4", Unit: "% of workers", Disaggregation: "Sex" })] as never, tblIndicatorValues: rates });
    expect(findingsOf(plan, "values-sex-not-total")).toEqual([]);
  });
});

describe("data sources", () => {
  test("an indicator relying on a source type the inventory lacks: a warning naming it", () => {
    const plan = planWith({ tblIndicators: [...indicators(), indicator({ "Indicator ID": "I4", "Source type": "Census" })] as never });
    const f = one(plan, "indicator-source-not-in-inventory");
    expect(f).toMatchObject({ id: "I4", column: "Source type" });
    expect(f.message).toMatch(/relies on "Census", but no data source of that type is listed/);
  });

  test("a source type in the inventory raises nothing", () => {
    expect(findingsOf(planWith({}), "indicator-source-not-in-inventory")).toEqual([]);
  });
});
