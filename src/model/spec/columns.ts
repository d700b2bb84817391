/** Column constructors: one place for each kind's width, number format and typing rules. */
import { ID_LISTS, type IdListName, type ListName } from "../contract";
import type { ColumnSpec, ConditionalFormatSpec } from "./types";

export const DATE_FORMAT = "yyyy-mm-dd";

export function moneyFormat(currency: string): string {
  return `#,##0" ${currency.replace(/"/g, "")}"`;
}

export const idCol = (header: string): ColumnSpec => ({ header, kind: "id", width: 10, numberFormat: "@" });

/** An ID that refers to another table's row: a drop-down of that table's IDs. */
export const idRefCol = (header: string, list: IdListName): ColumnSpec => {
  const { table, column } = ID_LISTS[list];
  const what = column.replace(/ ID$/, "").toLowerCase();
  return {
    header,
    kind: "id",
    width: 10,
    numberFormat: "@",
    validation: {
      rule: { type: "list", source: list },
      prompt: `Pick the ${what}'s ID from ${table}.`,
      error: `${header} must be the ID of an existing ${what} (${column} in ${table}). Add the ${what} there first, or pick one from the list.`,
    },
  };
};

export const textCol = (header: string, width = 24): ColumnSpec => ({ header, kind: width > 30 ? "longText" : "text", width, numberFormat: "@" });

/** A tag picked from a catalogue list, or typed by the planner (the alert only informs). */
export const tagCol = (header: string, list: "lstGcmObjectives" | "lstSdgTargets", prompt: string, width = 22): ColumnSpec => ({
  header,
  kind: "list",
  width,
  numberFormat: "@",
  validation: { rule: { type: "list", source: list }, prompt, error: `Not in the catalogue's list for ${header}; keep it if it is right, or pick from the list.`, style: "information" },
});

export const listCol = (header: string, list: ListName, prompt: string, width = 14): ColumnSpec => ({
  header,
  kind: "list",
  width,
  numberFormat: "General",
  validation: { rule: { type: "list", source: list }, prompt, error: `Pick a value from the list for ${header}.` },
});

export const yesNoCol = (header: string, prompt: string): ColumnSpec => listCol(header, "lstYesNo", prompt, 10);

export const statusCol = (): ColumnSpec => listCol("Status", "lstStatus", "Planned, Ongoing, Delayed, Completed or Cancelled.", 12);

export const dateCol = (header: string): ColumnSpec => ({
  header,
  kind: "date",
  width: 12,
  numberFormat: DATE_FORMAT,
  validation: { rule: { type: "date" }, prompt: "A date, e.g. 2027-03-31.", error: `${header} must be a date, such as 2027-03-31.` },
});

export const yearCol = (header: string): ColumnSpec => ({
  header,
  kind: "year",
  width: 10,
  numberFormat: "0",
  validation: { rule: { type: "whole", min: 1950, max: 2100 }, prompt: "A year, e.g. 2027.", error: `${header} must be a year between 1950 and 2100.` },
});

export const moneyCol = (header: string, currency: string, prompt = "An amount, 0 or more."): ColumnSpec => ({
  header,
  kind: "money",
  // Billions in the local currency with its code ("1,234,567,890 XOF") fit without "###".
  width: 18,
  numberFormat: moneyFormat(currency),
  validation: { rule: { type: "decimal", min: 0 }, prompt, error: `${header} must be a number, 0 or more (no text or currency signs).` },
});

/**
 * Figures as people write them: thousands separated from 1,000 up, decimals only where typed
 * (7.5, 0.25), and never a trailing dot ("#,##0.##" shows 5 as "5."). Excel and LibreOffice both
 * read the conditions in brackets.
 */
export const FIGURE_FORMAT = "[>=1000]#,##0;[<=-1000]-#,##0;General";

export const numberCol = (header: string, width = 12): ColumnSpec => ({
  header,
  kind: "number",
  width,
  numberFormat: FIGURE_FORMAT,
  validation: { rule: { type: "decimal", min: -1e15 }, prompt: "A number.", error: `${header} must be a number.` },
});

export const ratingCol = (header: string, prompt: string): ColumnSpec => ({
  header,
  kind: "rating",
  width: 10,
  numberFormat: "0",
  validation: { rule: { type: "whole", min: 1, max: 5 }, prompt, error: `${header} must be a whole number from 1 to 5.` },
});

export const percentCol = (header: string): ColumnSpec => ({
  header,
  kind: "percent",
  width: 11,
  numberFormat: "0%",
  validation: { rule: { type: "decimal", min: 0, max: 1 }, prompt: "A share from 0 % to 100 %.", error: `${header} must be between 0 % and 100 %.` },
});

/** A calculated column: the add-in owns its formula; users read it. */
export const formulaCol = (
  header: string,
  formula: string,
  kind: ColumnSpec["kind"],
  numberFormat: string,
  extra: { width?: number; helper?: boolean; conditionalFormats?: ConditionalFormatSpec[] } = {},
): ColumnSpec => ({ header, kind, width: extra.width ?? 12, numberFormat, formula, helper: extra.helper, conditionalFormats: extra.conditionalFormats });

export const STATUS_COLOURS: ConditionalFormatSpec[] = [
  { kind: "equals", text: "On track", fill: "#C6EFCE", font: "#006100" },
  { kind: "equals", text: "At risk", fill: "#FFEB9C", font: "#9C5700" },
  { kind: "equals", text: "Off track", fill: "#FFC7CE", font: "#9C0006" },
  { kind: "equals", text: "No data", fill: "#EDEDED", font: "#595959" },
];

export const RATING_COLOURS: ConditionalFormatSpec[] = [
  { kind: "equals", text: "High", fill: "#FFC7CE", font: "#9C0006" },
  { kind: "equals", text: "Medium", fill: "#FFEB9C", font: "#9C5700" },
  { kind: "equals", text: "Low", fill: "#C6EFCE", font: "#006100" },
];

export const GAP_COLOURS: ConditionalFormatSpec[] = [{ kind: "greaterThan", value: 0, fill: "#FFC7CE", font: "#9C0006" }];
