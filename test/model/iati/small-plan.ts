/** A plan small enough to work its IATI file out by hand (expected/small-plan.xml): 2 actions, funding, 1 indicator with values. */
import { excelDate as d } from "../../../src/model/dates";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../../src/model/settings";
import type { PlanData } from "../../../src/model/workbook";

export const SMALL_SETTINGS: PlanSettings = {
  ...DEFAULT_SETTINGS,
  country: "Ruritania",
  title: "Small plan",
  startYear: 2026,
  endYear: 2027,
  currency: "EUR",
  frequency: "Annual",
  // Characters XML must escape, in an attribute-free text and beside quotes.
  reportingOrgName: 'Planning Office <Ruritania> & "Partners"',
  reportingOrgId: "XM-EXAMPLE-RPO",
  reportingOrgType: "10",
  countryCode: "ZZ",
  // Ends in a hyphen already: identifiers get no second one.
  activityPrefix: "XM-EXAMPLE-RPO-",
};

export const SMALL_DATA: PlanData = {
  tblGoals: [{ "Goal ID": "G1", Objective: "Safer labour migration", "GCM objective": "6 Recruitment and decent work", "SDG target": "10.7", Selected: "Yes" }],
  tblActions: [
    { "Action ID": "A1", Title: "Recruitment agency licensing", "Goal ID": "G1", "Lead agency": "Ministry of Labour", Start: d("2026-07-01"), End: d("2027-06-30"), Budget: 1000, "Indicator IDs": "I1", Endorsed: "Yes", Status: "Ongoing" },
    { "Action ID": "A2", Title: 'Remittance price survey: "cost < 5 %" & more', "Goal ID": "G1", "Lead agency": "Central Bank", Start: d("2026-01-01"), End: d("2026-12-31"), Budget: 500, Endorsed: "Yes", Status: "Planned" },
  ],
  tblFunding: [
    { Source: "EU facility", Kind: "External", Partner: "European Union", "Action ID": "A1", Pledged: 800, Committed: 600, Disbursed: 200 },
    { Source: "State budget", Kind: "Domestic", Partner: "Ministry of Finance", "Action ID": "A1", Pledged: 200, Committed: 200, Disbursed: 0 },
    // The publisher's own money: outgoing, to the lead agency.
    { Source: "Planning Office budget", Kind: "Domestic", Partner: 'Planning Office <Ruritania> & "Partners"', "Action ID": "A2", Pledged: 500, Committed: 300, Disbursed: 100 },
  ],
  tblIndicators: [
    {
      "Indicator ID": "I1",
      "Action ID": "A1",
      "Goal ID": "G1",
      Level: "Outcome",
      Indicator: "Workers placed by licensed agencies",
      Unit: "%",
      Direction: "Increase",
      Disaggregation: "Sex",
      Frequency: "Annual",
      Baseline: 10,
      "Baseline year": 2025,
      Target: 30,
      "Target year": 2027,
    },
  ],
  tblIndicatorValues: [
    { "Indicator ID": "I1", Period: "2026", Sex: "Total", Value: 18 },
    { "Indicator ID": "I1", Period: "2026", Sex: "Female", Value: 20 },
    { "Indicator ID": "I1", Period: "2026", Sex: "Male", Value: 16 },
  ],
};
