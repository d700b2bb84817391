/**
 * Figures as a reader sees them, printed by LibreOffice (Carlito, Calibri's widths): money in the
 * hundreds of billions of a local currency fits the Dashboard's figures and the Funding summary's
 * totals (never ###), and the Settings' thresholds read as percentages.
 */
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { FUNDING_SUMMARY_SHEET } from "../../../src/model/derived/funding-summary";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { DASHBOARD_SHEET } from "../../../src/model/stages/dashboard";
import { SETTINGS_SHEET } from "../../../src/model/stages/settings-sheet";
import type { PlanData } from "../../../src/model/workbook";
import { printSheet, type Printed } from "../../support/print-pdf";

jest.setTimeout(300_000);

const settings = { ...DEFAULT_SETTINGS, country: "Testland", title: "National plan in shillings", currency: "KES" };
const data: PlanData = {
  tblGoals: [{ "Goal ID": "G1", Objective: "Decent work abroad", Selected: "Yes" }],
  tblActions: [
    { "Action ID": "A1", Title: "Inspections", "Goal ID": "G1", "Lead agency": "Labour", Budget: 12_345_678_901, Status: "Ongoing" },
    { "Action ID": "A2", Title: "Centres", "Goal ID": "G1", "Lead agency": "Labour", Budget: 98_765_432_109, Status: "Delayed" },
  ],
  tblFunding: [
    { Source: "State", Kind: "Domestic", Partner: "Treasury", "Action ID": "A1", Pledged: 45_678_901_234, Committed: 45_678_901_234, Disbursed: 1_000 },
    { Source: "Bank", Kind: "External", Partner: "Bank", "Action ID": "A2", Pledged: 99_999_999_999, Committed: 50_000_000_000, Disbursed: 0 },
  ],
};

const text = (p: Printed) => p.pages.map((page) => page.text).join("\n");
let dashboard: string;
let funding: string;
let settingsPage: string;

beforeAll(async () => {
  const { bytes } = await newPlanWorkbook(settings, data);
  dashboard = text(await printSheet(bytes, DASHBOARD_SHEET));
  funding = text(await printSheet(bytes, FUNDING_SUMMARY_SHEET));
  settingsPage = text(await printSheet(bytes, SETTINGS_SHEET));
});

test("the Dashboard's headline money figures print whole: budget under way, funding gap, committed funding by kind", () => {
  expect(dashboard).not.toMatch(/#{3,}/);
  expect(dashboard).toMatch(/Budget under way\s+111,111,111,010 KES/);
  expect(dashboard).toMatch(/Funding gap\s+48,765,432,109 KES/);
  expect(dashboard).toMatch(/Domestic\s+45,678,901,234 KES/);
  expect(dashboard).toMatch(/External\s+50,000,000,000 KES/);
});

test("the Funding summary's totals print whole, and each goal by its name", () => {
  expect(funding).not.toMatch(/#{3,}/);
  expect(funding).toMatch(/All goals\s+111,111,111,010 KES\s+45,678,901,234 KES\s+50,000,000,000 KES/);
  expect(funding).toMatch(/All partners\s+145,678,901,233 KES/);
  expect(funding).toMatch(/G1\s+Decent work abroad/);
});

test("the Settings' thresholds read as percentages; years and counts as typed", () => {
  expect(settingsPage).toMatch(/On track from\s+90%/);
  expect(settingsPage).toMatch(/At risk from\s+70%/);
  expect(settingsPage).toMatch(/First year\s+2026\b/);
  expect(settingsPage).toMatch(/High risk from score\s+16\b/);
});
