/** A large plan for the bench: many goals, actions and indicators, with believable values. */
import type { PlanData } from "../../src/model/workbook";
import { excelDate } from "../../src/model/dates";

export function bigPlan(goals: number, actions: number, indicators: number): PlanData {
  return {
    tblGoals: Array.from({ length: goals }, (_, i) => ({ "Goal ID": `G${i + 1}`, Objective: `Objective ${i + 1}`, Selected: i < 5 ? "Yes" : "No" })),
    tblActions: Array.from({ length: actions }, (_, i) => ({
      "Action ID": `A${i + 1}`,
      Title: `Action ${i + 1}`,
      "Goal ID": `G${(i % 5) + 1}`,
      "Lead agency": "Ministry of Labour",
      Start: excelDate("2026-01-01"),
      End: excelDate("2027-12-31"),
      Budget: 1000 + i,
      "Indicator IDs": `I${(i % indicators) + 1}`,
      Endorsed: "Yes",
      Status: "Ongoing",
    })),
    tblIndicators: Array.from({ length: indicators }, (_, i) => ({ "Indicator ID": `I${i + 1}`, "Action ID": `A${i + 1}`, Indicator: `Indicator ${i + 1}`, Baseline: 0, "Baseline year": 2025, Target: 100, "Target year": 2029 })),
  };
}
