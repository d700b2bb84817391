/**
 * A batch of check results as the reports receive them, with what tends to break a layout: a
 * file that could not be read, a file with no findings, counts and a budget in the thousands, a
 * budget with cents, cell text that looks like markup, a finding of every severity.
 */
import type { FileCheck } from "../../../src/cli/check-files";

export const GENERATED_AT = new Date(Date.UTC(2026, 11, 1, 15, 4, 59));

export const BATCH: FileCheck[] = [
  { file: "missing.xlsx", error: "missing.xlsx: does not exist. Check the path." },
  {
    file: "submissions/faulty.xlsx",
    language: "fr",
    summary: { errors: 2, warnings: 1, infos: 1, goals: 4, actions: 12345, totalBudget: 5910000.5 },
    findings: [
      { rule: "action-goal-unknown", severity: "error", stage: 3, table: "tblActions", id: "A2", column: "Goal ID", cell: "'3 Plan of Action'!C7", message: "L’action A2 cite <b>G9</b> & « autre »." },
      { rule: "number-invalid", severity: "error", stage: 3, table: "tblActions", id: "A3", column: "Budget", cell: "'3 Plan of Action'!I8", message: "Budget « lots »." },
      { rule: "a-rule-id-longer-than-twenty-eight", severity: "warning", stage: 0, table: "", message: "No cell." },
      { rule: "goal-unused", severity: "info", stage: 1, table: "tblGoals", cell: "'1 Priority Goals'!B5", message: "Goal G4 has no action." },
    ],
  },
  { file: "sample.xlsx", language: "en", summary: { errors: 0, warnings: 0, infos: 0, goals: 4, actions: 7, totalBudget: 5910000 }, findings: [] },
  { file: "negative.xlsx", language: "es", summary: { errors: 0, warnings: 0, infos: 0, goals: 0, actions: 1000, totalBudget: -1234.5678 }, findings: [] },
];
