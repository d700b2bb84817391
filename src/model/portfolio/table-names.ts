/**
 * The portfolio's table names, the contract tables each stacks, and where each goes: plain data
 * with no imports, so the description's types (spec/types.ts) can name a portfolio's tables
 * without importing the portfolio's builders, which import those types.
 */
export const STACKED = {
  tblAllGoals: { source: "tblGoals", sheet: "Goals", csv: "goals", extra: [] },
  // The goal's GCM objective, looked up when combining, so the summary can total actions by objective.
  tblAllActions: { source: "tblActions", sheet: "Actions", csv: "actions", extra: ["GCM objective", "Currency"] },
  tblAllFunding: { source: "tblFunding", sheet: "Funding", csv: "funding", extra: ["Currency"] },
  tblAllIndicators: { source: "tblIndicators", sheet: "Indicators", csv: "indicators", extra: [] },
  tblAllIndicatorValues: { source: "tblIndicatorValues", sheet: "Indicator values", csv: "indicator-values", extra: [] },
  tblAllRisks: { source: "tblRisks", sheet: "Risks", csv: "risks", extra: [] },
  tblAllOtherProjects: { source: "tblOtherProjects", sheet: "Other projects", csv: "other-projects", extra: ["Currency"] },
} as const;

export type StackedTableName = keyof typeof STACKED;
export type PortfolioTableName = StackedTableName | "tblSubmissions" | "tblByCountry" | "tblByObjective";
