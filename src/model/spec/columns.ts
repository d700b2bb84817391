/** Column constructors: one place for each kind's width, number format and typing rules. */
import { ID_LISTS, type IdListName, type ListName } from "../contract";
import type { ColumnSpec, ConditionalFormatSpec } from "./types";
import type { SheetKey, SheetWords } from "../i18n/sheets";

export const DATE_FORMAT = "yyyy-mm-dd";

export function moneyFormat(currency: string): string {
  return `#,##0" ${currency.replace(/"/g, "")}"`;
}

export const idCol = (header: string): ColumnSpec => ({ header, kind: "id", width: 10, numberFormat: "@" });

/**
 * Figures as people write them: thousands separated from 1,000 up, decimals only where typed
 * (7.5, 0.25), and never a trailing dot ("#,##0.##" shows 5 as "5."). Excel and LibreOffice both
 * read the conditions in brackets.
 */
export const FIGURE_FORMAT = "[>=1000]#,##0;[<=-1000]-#,##0;General";

export const textCol = (header: string, width = 24): ColumnSpec => ({ header, kind: width > 30 ? "longText" : "text", width, numberFormat: "@" });

/** A prompt a stage gives a column: a key of the sheets' catalogue, said in the workbook's language. */
type Prompt = SheetKey;

/** The noun a reference's words use, by the ID list it picks from. */
const ID_REFS: Record<IdListName, "goal" | "action" | "indicator"> = { lstGoalIds: "goal", lstActionIds: "action", lstIndicatorIds: "indicator" };

const YEARS = { min: 1950, max: 2100 };

/**
 * The column constructors whose prompts and alerts are sentences, in the language of `w`: a
 * stage takes them once (`const c = columnsIn(sheetWords(settings.language))`). The alerts quote
 * the column's header as the workbook shows it, so they are built in its language.
 */
export function columnsIn(w: SheetWords) {
  const header = (h: string) => w.term("headers", h);

  /** An ID that refers to another table's row: a drop-down of that table's IDs. */
  const idRefCol = (name: string, list: IdListName): ColumnSpec => {
    const { table, column } = ID_LISTS[list];
    const what = ID_REFS[list];
    return {
      header: name,
      kind: "id",
      width: 10,
      numberFormat: "@",
      validation: {
        rule: { type: "list", source: list },
        prompt: w(`column.prompt.idRef.${what}`, { table }),
        error: w(`column.error.idRef.${what}`, { header: header(name), column: header(column), table }),
      },
    };
  };

  /** A tag picked from a catalogue list, or typed by the planner (the alert only informs). */
  const tagCol = (name: string, list: "lstGcmObjectives" | "lstSdgTargets", prompt: Prompt, width = 22): ColumnSpec => ({
    header: name,
    kind: "list",
    width,
    numberFormat: "@",
    validation: { rule: { type: "list", source: list }, prompt: w(prompt), error: w("column.error.tag", { header: header(name) }), style: "information" },
  });

  const listCol = (name: string, list: ListName, prompt: Prompt, width = 14): ColumnSpec => ({
    header: name,
    kind: "list",
    width,
    numberFormat: "General",
    validation: { rule: { type: "list", source: list }, prompt: w(prompt), error: w("column.error.list", { header: header(name) }) },
  });

  const yesNoCol = (name: string, prompt: Prompt): ColumnSpec => listCol(name, "lstYesNo", prompt, 10);

  const statusCol = (): ColumnSpec => listCol("Status", "lstStatus", "column.prompt.status", 12);

  const dateCol = (name: string): ColumnSpec => ({
    header: name,
    kind: "date",
    width: 12,
    numberFormat: DATE_FORMAT,
    validation: { rule: { type: "date" }, prompt: w("column.prompt.date"), error: w("column.error.date", { header: header(name) }) },
  });

  // Years as strings: a number would be written with a thousands separator (1,950).
  const yearCol = (name: string): ColumnSpec => ({
    header: name,
    kind: "year",
    width: 10,
    numberFormat: "0",
    validation: { rule: { type: "whole", ...YEARS }, prompt: w("column.prompt.year"), error: w("column.error.year", { header: header(name), min: String(YEARS.min), max: String(YEARS.max) }) },
  });

  const moneyCol = (name: string, currency: string, prompt: Prompt = "column.prompt.money"): ColumnSpec => ({
    header: name,
    kind: "money",
    // Billions in the local currency with its code ("1,234,567,890 XOF") fit without "###".
    width: 18,
    numberFormat: moneyFormat(currency),
    validation: { rule: { type: "decimal", min: 0 }, prompt: w(prompt), error: w("column.error.money", { header: header(name) }) },
  });

  const numberCol = (name: string, width = 12): ColumnSpec => ({
    header: name,
    kind: "number",
    width,
    numberFormat: FIGURE_FORMAT,
    validation: { rule: { type: "decimal", min: -1e15 }, prompt: w("column.prompt.number"), error: w("column.error.number", { header: header(name) }) },
  });

  const ratingCol = (name: string, prompt: Prompt): ColumnSpec => ({
    header: name,
    kind: "rating",
    width: 10,
    numberFormat: "0",
    validation: { rule: { type: "whole", min: 1, max: 5 }, prompt: w(prompt), error: w("column.error.rating", { header: header(name), min: 1, max: 5 }) },
  });

  const percentCol = (name: string): ColumnSpec => ({
    header: name,
    kind: "percent",
    width: 11,
    numberFormat: "0%",
    validation: { rule: { type: "decimal", min: 0, max: 1 }, prompt: w("column.prompt.percent"), error: w("column.error.percent", { header: header(name) }) },
  });

  return { idRefCol, tagCol, listCol, yesNoCol, statusCol, dateCol, yearCol, moneyCol, numberCol, ratingCol, percentCol };
}

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
