/**
 * The workbook contract's words in English, French and Spanish: every key column's header, every
 * value set, every sheet. The contract itself (shared/reference/workbook-contract.md) names tables
 * and columns in English; a donor's tool reading a French or Spanish plan finds them here. Written
 * to docs/workbook-contract-languages.md by `npm run docs:languages`; a test fails when the file
 * and the model's terms part.
 */
import { KEY_COLUMNS, VALUE_LISTS } from "../../src/model/contract";
import { LANGUAGE_NAMES, LANGUAGES } from "../../src/model/i18n/language";
import { toLanguage, type TermKind } from "../../src/model/i18n/workbook/terms";
import { buildWorkbookSpec } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";

export const CONTRACT_LANGUAGES_DOC = "docs/workbook-contract-languages.md";

const cell = (text: string) => text.replace(/\|/g, "\\|");
const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;

function rows(kind: TermKind, english: readonly string[], first: (term: string) => string[]): string[] {
  const maps = LANGUAGES.map((l) => toLanguage(l));
  return english.map((term) => row([...first(term), ...maps.map((m) => m(kind, term))]));
}

export function contractLanguagesMarkdown(): string {
  const names = LANGUAGES.map((l) => LANGUAGE_NAMES[l]);
  const head = (first: string[]) => [row([...first, ...names]), row([...first, ...names].map(() => "---"))];
  const lines = [
    "# The workbook contract in three languages",
    "",
    "A plan workbook is written in English, French or Spanish, chosen when it is set up (`mdplan new --language fr`, or the",
    "pane's language) and kept in the constant defined name `planLanguage` (`\"en\"`, `\"fr\"`, `\"es\"`; a workbook without",
    "it is English). Table names and defined names are the same in every language. Column headers, drop-down values and",
    "sheet names are in the workbook's language, as below; headers are matched ignoring case, as Excel does.",
    "",
    "Generated from the model's terms (`src/model/i18n/workbook/*.json`) by `npm run docs:languages`; do not edit by hand.",
    "",
    "## Key columns",
    "",
    ...head(["Table"]),
    ...Object.entries(KEY_COLUMNS).flatMap(([table, columns]) => rows("headers", columns, () => [`\`${table}\``])),
    "",
    "## Value sets",
    "",
    ...head(["List"]),
    ...Object.entries(VALUE_LISTS).flatMap(([list, values]) => rows("values", values, () => [`\`${list}\``])),
    "",
    "## Sheets",
    "",
    ...head([]),
    // In the workbook's tab order.
    ...rows("sheets", buildWorkbookSpec(DEFAULT_SETTINGS).sheets.map((sheet) => sheet.name), () => []),
    "",
  ];
  return lines.join("\n");
}
