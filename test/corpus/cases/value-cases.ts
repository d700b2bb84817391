/** Cells holding what does not belong: text, errors, booleans, dates typed as text, stray IDs. */
import type { CellValue } from "exceljs";
import type { CorpusCase, Expectation } from "../corpus-case";
import { editFile } from "../edit-file";

/** One cell of a table body (0-based row) set to `value`. */
function cellCase(id: string, title: string, table: string, row: number, header: string, value: CellValue, expect: Expectation[]): CorpusCase {
  return {
    id,
    title,
    make: () => editFile((ed) => void (ed.table(table).cell(row, header).value = value)),
    expect,
  };
}

const finding = (rule: string, cell?: RegExp): Expectation => ({ kind: "finding", rule, cell });

export const VALUE_CASES: CorpusCase[] = [
  cellCase("budget-text", "'n/a' typed in an action's Budget", "tblActions", 1, "Budget", "n/a", [finding("number-invalid", /I8$/)]),
  cellCase("budget-number-as-text", "An action's Budget pasted as the text '1200000'", "tblActions", 1, "Budget", "1200000", [finding("number-text", /I8$/)]),
  cellCase("budget-ref-error", "#REF! in an action's Budget", "tblActions", 2, "Budget", { error: "#REF!" } as CellValue, [finding("number-invalid", /I9$/)]),
  cellCase("budget-boolean", "TRUE in an activity's Budget", "tblWorkplan", 0, "Budget", true, [finding("number-invalid", /H7$/)]),
  cellCase("date-na-error", "#N/A in an action's Start", "tblActions", 0, "Start", { error: "#N/A" } as CellValue, [finding("date-invalid", /G7$/)]),
  cellCase("date-iso-text", "Start typed as the text '2026-03-01'", "tblActions", 3, "Start", "2026-03-01", [finding("date-text", /G10$/)]),
  cellCase("date-dmy-text", "End typed as the text '31/12/2027'", "tblActions", 3, "End", "31/12/2027", [finding("date-text", /H10$/)]),
  cellCase("date-words-text", "End typed as 'March 2027'", "tblWorkplan", 2, "End", "March 2027", [finding("date-invalid", /E9$/)]),
  cellCase("date-serial", "Start typed as the serial number 46082 in a General cell", "tblWorkplan", 1, "Start", 46082, [{ kind: "clean" }]),
  cellCase("date-year-only", "Start typed as the year 2026", "tblActions", 4, "Start", 2026, [finding("date-invalid", /G11$/)]),
  cellCase("date-boolean", "FALSE in an activity's End", "tblWorkplan", 3, "End", false, [finding("date-invalid", /E10$/)]),
  cellCase("rating-text", "Likelihood typed as 'high'", "tblRisks", 0, "Likelihood", "high", [finding("number-invalid", /Risks.!E7$/)]),
  cellCase("percent-over", "Percent complete typed as 150 (meaning 150 %)", "tblWorkplan", 1, "Percent complete", 150, [finding("percent-range", /J8$/)]),
  cellCase("indicator-value-text", "An indicator value typed as '45 (est.)'", "tblIndicatorValues", 0, "Value", "45 (est.)", [finding("number-invalid", /Indicator values.!E7$/)]),
  cellCase("indicator-value-number-as-text", "An indicator value pasted as the text '150'", "tblIndicatorValues", 1, "Value", "150", [finding("number-text", /Indicator values.!E8$/)]),
  cellCase("id-stray-spaces", "An activity's Action ID typed as ' A1 '", "tblWorkplan", 0, "Action ID", " A1 ", [{ kind: "clean" }]),
  cellCase("id-other-case", "An indicator's Action ID typed as 'a2'", "tblIndicators", 2, "Action ID", "a2", [{ kind: "clean" }]),
  cellCase("id-unknown", "An activity's Action ID typed as 'A99'", "tblWorkplan", 2, "Action ID", "A99", [finding("action-ref-unknown", /B9$/)]),
  cellCase("id-duplicate", "Two actions with the ID A1", "tblActions", 1, "Action ID", "A1", [finding("id-duplicate", /A8$/)]),
  cellCase("formula-for-value", "An action's Budget typed as a formula, =600000*2", "tblActions", 1, "Budget", { formula: "600000*2", result: 1200000 } as CellValue, [{ kind: "clean" }]),
  cellCase("formula-ref-error", "An action's Budget holds a formula to a deleted cell, =#REF!*2", "tblActions", 1, "Budget", { formula: "#REF!*2", result: { error: "#REF!" } } as CellValue, [finding("number-invalid", /I8$/)]),
  cellCase("status-not-in-list", "Status typed as 'on hold'", "tblActions", 0, "Status", "on hold", [finding("status-invalid", /M7$/)]),
  cellCase("injection-text", "A title that looks like a formula: '=HYPERLINK(\"http://x\",\"click\")', and markup", "tblActions", 0, "Title", '=HYPERLINK("http://x","click") <img src=x onerror=alert(1)>', [{ kind: "clean" }]),
  {
    id: "half-filled-row",
    title: "A new action with only its Title typed",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        t.cell(t.bodyRows, "Title").value = "Diaspora bonds (to be defined)";
        ed.resize("tblActions", t.bodyRows + 1);
      }),
    expect: [finding("id-missing", /A14$/)],
  },
  {
    id: "settings-text-year",
    title: "The plan's start year typed as 'twenty twenty-five'",
    make: () => editFile((ed) => void (ed.table("tblSettings").cell(2, "Value").value = "twenty twenty-five")),
    expect: [
      { kind: "finding", rule: "setting-unreadable", cell: /^Settings!B9$/ },
      { kind: "notice", message: /Settings!B9 \("First year"\).*left as typed/, host: "office" },
    ],
  },
  {
    id: "settings-blank",
    title: "The plan's currency and frequency cleared",
    make: () =>
      editFile((ed) => {
        ed.table("tblSettings").cell(4, "Value").value = null;
        ed.table("tblSettings").cell(5, "Value").value = null;
      }),
    expect: [
      { kind: "finding", rule: "setting-unreadable", cell: /^Settings!B11$/ },
      { kind: "finding", rule: "setting-unreadable", cell: /^Settings!B12$/ },
    ],
  },
  {
    id: "long-text",
    title: "A 30,000-character Gaps note pasted into a policy row",
    make: () => editFile((ed) => void (ed.table("tblPolicies").cell(0, "Gaps").value = "Gap. ".repeat(6000))),
    expect: [{ kind: "clean" }],
  },
];
