/**
 * The Submissions table: one row per file, read or not. A read file carries its check summary;
 * one that could not be read says why, so a donor knows which country to ask for a new file.
 */
import { VALUE_LISTS } from "../contract";
import { checkPlan, summarise, type PlanTables } from "../check/check-plan";
import { CheckContext } from "../check/context";
import { inEnglish } from "../check/english-tables";
import { listText } from "../check/cells";
import type { TableRow, TableSpec } from "../spec/types";
import { columnTotal, type SubmissionId } from "./stack-plan";
import { AMOUNT_FORMAT, portfolioColumn } from "./tables";

export const READ = "Read";
export const NOT_READ = "Not read";

/** "Indicators on track"...: one count per status of the contract's list. */
export const STATUS_HEADERS = VALUE_LISTS.lstIndicatorStatus.map((s) => `Indicators ${s.toLowerCase()}`);

const COUNTS = ["Errors", "Warnings", "Goals", "Actions", "Indicators", ...STATUS_HEADERS];

export const SUBMISSION_COLUMNS = ["File", "Country", "Plan title", "Currency", "Language", "Status", "Reason", ...COUNTS.slice(0, 4), "Budget", "Funding gap", ...COUNTS.slice(4)];

export function submissionsTableSpec(): TableSpec {
  return {
    name: "tblSubmissions",
    caption: "Submissions",
    columns: SUBMISSION_COLUMNS.map((header) => {
      if (COUNTS.includes(header)) return { header, kind: "integer", width: 10, numberFormat: "0" };
      if (header === "Reason") return { header, kind: "longText", width: 48, numberFormat: "@" };
      if (header === "Budget" || header === "Funding gap") return { header, kind: "money", width: 16, numberFormat: AMOUNT_FORMAT };
      return portfolioColumn(header);
    }),
  };
}

/** A read plan's row: what `mdplan check` says of it, in figures. */
export function submissionRow(id: SubmissionId, data: PlanTables, language: string): TableRow {
  const summary = summarise(data, checkPlan(data, "en"));
  const ctx = new CheckContext(inEnglish(data), new Map());
  const indicators = ctx.table("tblIndicators")?.rows ?? [];
  const statuses = indicators.map((r) => listText(r.cell("Status"))?.toLowerCase());
  const row: TableRow = {
    File: id.file,
    Country: id.country,
    "Plan title": id.title,
    Currency: id.currency,
    Language: language,
    Status: READ,
    Reason: null,
    Errors: summary.errors,
    Warnings: summary.warnings,
    Goals: summary.goals,
    Actions: summary.actions,
    Budget: summary.totalBudget,
    "Funding gap": columnTotal(ctx.table("tblActions")?.rows ?? [], "Funding gap"),
    Indicators: indicators.length,
  };
  VALUE_LISTS.lstIndicatorStatus.forEach((s, i) => (row[STATUS_HEADERS[i]] = statuses.filter((x) => x === s.toLowerCase()).length));
  return row;
}

/** A file that could not be read: its name and why, its figures blank (not 0, which would say it had none). */
export function unreadableRow(file: string, reason: string): TableRow {
  return { File: file, Status: NOT_READ, Reason: reason };
}
