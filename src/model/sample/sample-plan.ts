/**
 * A complete fictional plan (the Republic of Kestrelia), so a newcomer sees every stage filled
 * and a live dashboard at once. Some actions and indicators are on track, some are not.
 */
import { excelDate as d } from "../dates";
import { DEFAULT_SETTINGS, type PlanSettings } from "../settings";
import type { TableRow } from "../spec/types";
import type { PlanData } from "../workbook";

export const SAMPLE_SETTINGS: PlanSettings = {
  ...DEFAULT_SETTINGS,
  country: "Republic of Kestrelia (fictional)",
  title: "National Plan of Action on Migration and Development 2025-2029",
  startYear: 2025,
  endYear: 2029,
  currency: "USD",
  frequency: "Annual",
  // So the donor's workflow (check, combine, export to IATI) runs on the sample as it comes. AA-AAA
  // is the placeholder IATI's own guidance writes identifiers with, and ZZ a user-assigned ISO code:
  // neither names a real publisher or country, as Kestrelia names none.
  reportingOrgName: "Ministry of Planning, Republic of Kestrelia (fictional)",
  reportingOrgId: "AA-AAA-KESTRELIA-MOP",
  reportingOrgType: "10",
  countryCode: "ZZ",
  activityPrefix: "AA-AAA-KESTRELIA-MOP-NPA",
};

/** Builds rows from a header list and positional values, so the tables read like tables. */
function rows(headers: string[], data: (string | number | null)[][]): TableRow[] {
  return data.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? null])));
}

export const SAMPLE_DATA: PlanData = {
  tblContext: rows(["Topic", "Indicator", "Value", "Unit", "Year", "Sex", "Age group", "Source", "Source type"], [
    ["Emigration", "Citizens living abroad", 412000, "persons", 2023, "Total", "Total", "Migration Profile 2024", "Administrative data"],
    ["Emigration", "Citizens living abroad", 236000, "persons", 2023, "Male", "Total", "Migration Profile 2024", "Administrative data"],
    ["Emigration", "Citizens living abroad", 176000, "persons", 2023, "Female", "Total", "Migration Profile 2024", "Administrative data"],
    ["Remittances", "Personal remittances received", 9.4, "% of GDP", 2024, null, null, "Central Bank balance of payments", "National accounts"],
    ["Labour migration", "Workers deployed abroad per year", 38500, "persons", 2024, "Total", "15-64", "Labour Force Survey 2024", "Labour force survey"],
    ["Immigration", "Foreign-born residents", 58000, "persons", 2022, "Total", "Total", "Population and Housing Census 2022", "Census"],
    ["Return", "Returnees registered", 6200, "persons", 2024, "Total", "Total", "Border management system", "Administrative data"],
  ]),
  tblPolicies: rows(["Instrument", "Type", "Year", "Status", "Relevance to M&D", "Gaps"], [
    ["Overseas Employment Act", "Law", 2016, "In force", "Regulates recruitment agencies and pre-departure training", "No cap on recruitment fees"],
    ["National Development Strategy 2024-2030", "Strategy", 2024, "In force", "Names remittances and diaspora investment as growth levers", "No migration indicators in its M&E"],
    ["Bilateral labour agreement with Nordavia", "Agreement", 2021, "In force", "Seasonal agricultural work", "No skills recognition clause"],
    ["Diaspora Engagement Policy", "Policy", 2025, "Draft", "Diaspora bonds and skills transfer", "Awaiting cabinet approval"],
  ]),
  tblResources: rows(["Resource", "Kind", "Needed", "Available"], [
    ["Migration statisticians", "Human", 12, 5],
    ["Labour attachés abroad", "Human", 8, 8],
    ["Plan secretariat budget (USD per year)", "Financial", 450000, 300000],
  ]),
  tblDataSources: rows(["Source", "Source type", "Custodian", "Frequency", "Latest year", "By sex", "By age"], [
    ["Population and Housing Census", "Census", "National Statistics Office", "10 years", 2022, "Yes", "Yes"],
    ["Labour Force Survey", "Labour force survey", "National Statistics Office", "Quarterly", 2024, "Yes", "Yes"],
    ["Balance of payments", "National accounts", "Central Bank", "Quarterly", 2024, "No", "No"],
    ["Overseas worker registry", "Administrative data", "Ministry of Labour", "Monthly", 2025, "Yes", "No"],
    ["Returnee follow-up survey", "Household survey", "Ministry of Social Affairs", "Annual", 2025, "Yes", "Yes"],
  ]),
  tblGoals: rows(["Goal ID", "Objective", "National development goal", "GCM objective", "SDG target", "Stakeholder support", "Feasibility", "Selected"], [
    ["G1", "Make labour migration fair, safe and well governed", "Decent jobs for all", "6 Recruitment and decent work", "10.7", "Strong: ministries, unions, employers", "High", "Yes"],
    ["G2", "Lower the cost and raise the development impact of remittances", "Inclusive financial sector", "20 Remittances", "10.c", "Strong: central bank, banks", "High", "Yes"],
    ["G3", "Engage the diaspora in investment and skills transfer", "Private sector growth", "19 Migrant and diaspora contributions", "17.3", "Medium: diaspora associations", "Medium", "Yes"],
    ["G4", "Support the sustainable reintegration of returnees", "Social protection", "21 Dignified return and reintegration", "10.7", "Medium", "Medium", "Yes"],
    ["G5", "Build a national migration data system", "Evidence-based policy", "1 Data", "17.18", "Strong: statistics office", "High", "No"],
  ]),
  tblActions: rows(["Action ID", "Title", "Goal ID", "National development goal", "Lead agency", "Partners", "Start", "End", "Budget", "Funding source", "Indicator IDs", "Endorsed", "Status"], [
    ["A1", "Licensing and inspection of recruitment agencies", "G1", "Decent jobs for all", "Ministry of Labour", "ILO, employers' federation", d("2025-01-15"), d("2027-12-31"), 850000, "Domestic and ILO", "I1, I2", "Yes", "Ongoing"],
    ["A2", "Pre-departure orientation centres in 4 provinces", "G1", "Decent jobs for all", "Overseas Employment Agency", "IOM", d("2025-04-01"), d("2028-03-31"), 1200000, "EU", "I3", "Yes", "Delayed"],
    ["A3", "Digital remittance channels through the postal network", "G2", "Inclusive financial sector", "Central Bank", "Postal service, mobile operators", d("2025-06-01"), d("2027-06-30"), 640000, "World Bank", "I4", "Yes", "Ongoing"],
    ["A4", "Financial literacy for migrant households", "G2", "Inclusive financial sector", "Ministry of Finance", "Savings banks", d("2026-01-01"), d("2028-12-31"), 300000, "Domestic", "I5", "No", "Ongoing"],
    ["A5", "Diaspora investment desk and matching fund", "G3", "Private sector growth", "Investment Promotion Agency", "Diaspora associations", d("2026-03-01"), d("2029-12-31"), 2000000, "Domestic and UNDP", "I6", "Yes", "Planned"],
    ["A6", "Reintegration grants and counselling for returnees", "G4", "Social protection", "Ministry of Social Affairs", "IOM, NGOs", d("2025-02-01"), d("2026-06-30"), 500000, "EU", "I7", "Yes", "Completed"],
    ["A7", "Skills recognition for returning workers", "G4", "Social protection", "Technical Education Authority", "Employers' federation", d("2026-07-01"), d("2029-06-30"), 420000, "Domestic", "I8", "Yes", "Planned"],
  ]),
  tblCapacity: rows(["Stakeholder", "Capacity area", "Level", "Current", "Required", "Response", "Cost", "Action ID"], [
    ["Ministry of Labour", "Budget, manage and implement", "Organisational", 2, 4, "Inspection case-management system", 120000, "A1"],
    ["Ministry of Labour", "Budget, manage and implement", "Individual", 3, 4, "Training of 40 labour inspectors", 35000, "A1"],
    ["Ministry of Labour", "Evaluate", "Organisational", 1, 4, "M&E unit with 3 analysts", 90000, "A1"],
    ["Central Bank", "Formulate policy and strategy", "Systemic", 3, 5, "Remittance market regulation review", 60000, "A3"],
    ["Central Bank", "Evaluate", "Organisational", 4, 3, null, null, null],
    ["National Statistics Office", "Assess a situation and define a vision", "Organisational", 2, 5, "Migration module in the Labour Force Survey", 150000, null],
    ["Investment Promotion Agency", "Engage stakeholders", "Individual", 2, 4, "Diaspora outreach training", 25000, "A5"],
  ]),
  tblFunding: rows(["Source", "Kind", "Partner", "Action ID", "Pledged", "Committed", "Disbursed"], [
    ["State budget", "Domestic", "Ministry of Finance", "A1", 400000, 400000, 250000],
    ["ILO technical cooperation", "External", "ILO", "A1", 300000, 250000, 100000],
    ["EU migration facility", "External", "European Union", "A2", 1000000, 700000, 300000],
    ["World Bank remittances project", "External", "World Bank", "A3", 700000, 700000, 420000],
    ["State budget", "Domestic", "Ministry of Finance", "A4", 100000, 50000, 20000],
    ["UNDP diaspora programme", "External", "UNDP", "A5", 500000, 0, 0],
    ["EU migration facility", "External", "European Union", "A6", 500000, 500000, 500000],
  ]),
  tblWorkplan: rows(["Activity ID", "Action ID", "Activity", "Start", "End", "Responsible", "Coordination mechanism", "Budget", "Status", "Percent complete"], [
    ["W1", "A1", "Draft licensing regulation", d("2025-01-15"), d("2025-09-30"), "Ministry of Labour legal unit", "Technical working group on labour migration", 50000, "Completed", 1],
    ["W2", "A1", "Train and deploy labour inspectors", d("2025-10-01"), d("2026-12-31"), "Labour inspectorate", "Technical working group on labour migration", 300000, "Ongoing", 0.6],
    ["W3", "A2", "Fit out orientation centres", d("2025-04-01"), d("2026-09-30"), "Overseas Employment Agency", "Provincial migration committees", 700000, "Delayed", 0.35],
    ["W4", "A3", "Agree fee caps with operators", d("2025-06-01"), d("2026-03-31"), "Central Bank payments department", "Remittances task force", 40000, "Completed", 1],
    ["W5", "A3", "Launch postal mobile wallet", d("2026-01-01"), d("2027-06-30"), "Postal service", "Remittances task force", 500000, "Ongoing", 0.45],
    ["W6", "A4", "Train trainers in financial literacy", d("2026-01-01"), d("2026-12-31"), "Ministry of Finance", "Remittances task force", 80000, "Ongoing", 0.2],
    ["W7", "A5", "Set up the diaspora investment desk", d("2026-03-01"), d("2026-12-31"), "Investment Promotion Agency", "Diaspora council", 150000, "Planned", 0],
  ]),
  tblRisks: rows(["Risk ID", "Action ID", "Risk", "Assumption", "Likelihood", "Impact", "Mitigation", "Owner"], [
    ["R1", "A1", "Recruitment agencies resist licensing", "Parliament passes the regulation", 4, 4, "Phase in fees; publish agency ratings", "Ministry of Labour"],
    ["R2", "A2", "Construction delays in two provinces", "Sites are available", 3, 5, "Use rented premises meanwhile", "Overseas Employment Agency"],
    ["R3", "A3", "Operators do not adopt the fee cap", "Central Bank keeps its mandate", 2, 5, "Publish a price comparison website", "Central Bank"],
    ["R4", "A5", "Low diaspora trust in public funds", "Diaspora associations take part", 3, 3, "Independent board for the matching fund", "Investment Promotion Agency"],
    ["R5", "A4", "Trainers leave after training", null, 2, 2, "Bonding agreements", "Ministry of Finance"],
  ]),
  tblOtherProjects: rows(["Project ID", "Title", "Implementer", "Funder", "Goal ID", "Start", "End", "Budget", "Status"], [
    ["P1", "Border management information system upgrade", "Immigration Department", "Japan (JICA)", "G5", d("2025-03-01"), d("2027-02-28"), 900000, "Ongoing"],
    ["P2", "Safe migration awareness in schools", "Ministry of Education", "UNICEF", "G1", d("2026-09-01"), d("2027-08-31"), 150000, "Planned"],
    ["P3", "Study on climate-related internal migration", "University of Kestrelia", "Domestic", "G5", d("2024-01-01"), d("2025-06-30"), 60000, "Completed"],
  ]),
  tblIndicators: rows(["Indicator ID", "Action ID", "Goal ID", "Level", "Indicator", "Code", "Unit", "Direction", "Disaggregation", "Source type", "Frequency", "Baseline", "Baseline year", "Target", "Target year"], [
    ["I1", "A1", "G1", "Outcome", "Recruitment cost borne by employee as a proportion of monthly income earned in country of destination", "10.7.1", "% of monthly income", "Decrease", "Sex", "Labour force survey", "Annual", 180, 2024, 100, 2028],
    ["I2", "A1", "G1", "Output", "Recruitment agencies licensed and inspected", null, "agencies", "Increase", null, "Administrative data", "Annual", 20, 2024, 220, 2028],
    ["I3", "A2", "G1", "Output", "Departing workers who attended orientation", null, "persons", "Increase", "Sex", "Administrative data", "Annual", 2000, 2024, 30000, 2028],
    ["I4", "A3", "G2", "Outcome", "Remittance costs as a proportion of the amount remitted", "10.c.1", "%", "Decrease", null, "National accounts", "Annual", 7.5, 2024, 3, 2028],
    ["I5", "A4", "G2", "Output", "Migrant households trained in financial literacy", null, "households", "Increase", null, "Administrative data", "Annual", 0, 2025, 5000, 2028],
    ["I6", "A5", "G3", "Outcome", "Diaspora investment through the matching fund", null, "USD million", "Increase", null, "Administrative data", "Annual", 0, 2025, 10, 2029],
    ["I7", "A6", "G4", "Outcome", "Returnees reporting sustainable reintegration", null, "%", "Increase", "Sex", "Household survey", "Annual", 40, 2024, 70, 2026],
    ["I8", "A7", "G4", "Output", "Returning workers with recognised skills", null, "persons", "Increase", "Sex", "Administrative data", "Annual", 0, 2026, 3000, 2029],
  ]),
  tblIndicatorValues: rows(["Indicator ID", "Period", "Sex", "Age group", "Value"], [
    ["I1", "2025", "Total", null, 160],
    ["I1", "2026", "Total", null, 150],
    ["I1", "2026", "Female", null, 165],
    ["I1", "2026", "Male", null, 140],
    ["I2", "2025", null, null, 60],
    ["I2", "2026", null, null, 95],
    ["I3", "2025", "Total", null, 4000],
    ["I3", "2026", "Total", null, 6500],
    ["I4", "2025", null, null, 6.4],
    ["I4", "2026", null, null, 5.1],
    ["I5", "2026", null, null, 900],
    ["I7", "2025", "Total", null, 52],
    ["I7", "2026", "Total", null, 71],
  ]),
};
