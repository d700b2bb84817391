/** Sheets, tables and columns moved, renamed, deleted or reshaped, as users and other programs do. */
import type { CellValue } from "exceljs";
import { setTableBox } from "../../../src/hosts/xlsx/tables";
import type { CorpusCase } from "../corpus-case";
import { editFile, type FileEditor } from "../edit-file";

function copyTableTo(ed: FileEditor, table: string, sheetName: string): void {
  const t = ed.table(table);
  const headers = t.model.columns.map((c) => c.name);
  const rows: CellValue[][] = [];
  for (let r = 0; r < t.bodyRows; r++) rows.push(headers.map((h) => t.cell(r, h).value));
  for (let r = t.headerRow; r <= t.headerRow + t.bodyRows; r++) for (let c = 0; c < headers.length; c++) t.ws.getCell(r, t.firstCol + c).value = null;
  t.ws.removeTable(t.model.name);
  const ws = ed.workbook.getWorksheet(sheetName) ?? ed.workbook.addWorksheet(sheetName);
  ws.addTable({ name: table, ref: "B3", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: headers.map((name) => ({ name })), rows });
}

export const STRUCTURE_CASES: CorpusCase[] = [
  {
    id: "sheet-renamed",
    title: "The Plan of Action sheet renamed to 'POA 2025'",
    make: () => editFile((ed) => void (ed.sheet("3 Plan of Action").name = "POA 2025")),
    expect: [{ kind: "clean" }],
  },
  {
    id: "sheet-renamed-apostrophe",
    title: "The M&E sheet renamed to \"Suivi & évaluation d'impact\"",
    make: () => editFile((ed) => void (ed.sheet("6 M&E").name = "Suivi & évaluation d'impact")),
    expect: [{ kind: "clean" }],
  },
  {
    id: "settings-sheet-renamed",
    title: "The Settings sheet renamed to 'Paramètres'",
    make: () => editFile((ed) => void (ed.sheet("Settings").name = "Paramètres")),
    expect: [{ kind: "clean" }],
  },
  {
    id: "sheet-deleted",
    title: "The Implementation sheet deleted, with its work plan, risks and other projects",
    make: () => editFile((ed) => ed.workbook.removeWorksheet(ed.sheet("5 Implementation").id)),
    expect: [{ kind: "finding", rule: "table-missing", message: /tblWorkplan/ }],
  },
  {
    id: "key-column-deleted",
    title: "The Goal ID column deleted from tblActions",
    make: () => editFile((ed) => ed.deleteColumn("tblActions", "Goal ID")),
    expect: [{ kind: "finding", rule: "column-missing", message: /Goal ID/ }],
  },
  {
    id: "key-column-renamed",
    title: "Action ID in tblActions renamed to 'Action no.'",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        t.ws.getCell(t.headerRow, t.colOf("Action ID")).value = "Action no.";
        t.model.columns.find((c) => c.name === "Action ID")!.name = "Action no.";
      }),
    expect: [{ kind: "finding", rule: "column-missing", message: /Action ID/ }],
  },
  {
    id: "key-column-moved",
    title: "Budget moved to be the first column of tblActions",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        const names = t.model.columns.map((c) => c.name);
        const order = ["Budget", ...names.filter((n) => n !== "Budget")];
        const grid = Array.from({ length: t.bodyRows + 1 }, (_, r) => names.map((_n, c) => t.ws.getCell(t.headerRow + r, t.firstCol + c).value));
        grid.forEach((row, r) => order.forEach((n, c) => (t.ws.getCell(t.headerRow + r, t.firstCol + c).value = row[names.indexOf(n)])));
        ed.resize("tblActions", t.bodyRows, order);
      }),
    expect: [{ kind: "clean" }],
  },
  {
    id: "key-column-duplicated",
    title: "Budget copied into a new column of tblActions, which Excel names Budget2",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        const last = t.firstCol + t.model.columns.length;
        for (let r = 0; r <= t.bodyRows; r++) t.ws.getCell(t.headerRow + r, last).value = r === 0 ? "Budget2" : t.cell(r - 1, "Budget").value;
        ed.resize("tblActions", t.bodyRows, [...t.model.columns.map((c) => c.name), "Budget2"]);
      }),
    expect: [{ kind: "clean" }],
  },
  {
    id: "computed-column-deleted",
    title: "The computed Funding gap column deleted (an older layout)",
    make: () => editFile((ed) => ed.deleteColumn("tblActions", "Funding gap")),
    expect: [{ kind: "notice", message: /Funding gap/ }],
  },
  {
    id: "table-converted-to-range",
    title: "tblGoals converted to a plain range: its data left as cells",
    make: () => editFile((ed) => ed.table("tblGoals").ws.removeTable("tblGoals")),
    expect: [{ kind: "finding", rule: "table-missing", message: /tblGoals/ }],
  },
  {
    id: "table-renamed",
    title: "tblIndicators renamed to Table1",
    make: () => editFile((ed) => void (ed.table("tblIndicators").model.name = "Table1")),
    expect: [{ kind: "finding", rule: "table-missing", message: /tblIndicators/ }],
  },
  {
    id: "table-moved-to-other-sheet",
    title: "tblRisks moved to a sheet of its own, 'Risks'",
    make: () => editFile((ed) => copyTableTo(ed, "tblRisks", "Risks")),
    expect: [{ kind: "clean" }],
  },
  {
    id: "table-moved-down",
    title: "Rows inserted above tblActions: the table starts three rows lower",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        const width = t.model.columns.length;
        for (let r = t.headerRow + t.bodyRows; r >= t.headerRow; r--)
          for (let c = 0; c < width; c++) {
            t.ws.getCell(r + 3, t.firstCol + c).value = t.ws.getCell(r, t.firstCol + c).value;
            t.ws.getCell(r, t.firstCol + c).value = null;
          }
        setTableBox(t.model, t.headerRow - 1 + 3, t.firstCol - 1, t.bodyRows, width);
      }),
    expect: [{ kind: "clean" }],
  },
  {
    id: "blank-rows",
    title: "A row of tblActions cleared and two blank rows added at its end",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        for (const c of t.model.columns) t.cell(2, c.name).value = null;
        ed.resize("tblActions", t.bodyRows + 2);
      }),
    // The cleared row was action A3: what pointed at it now points at nothing.
    expect: [{ kind: "finding", rule: "action-ref-unknown", cell: /'5 Implementation'!B10$/ }],
  },
  {
    id: "totals-row",
    title: "A totals row turned on under tblWorkplan, summing Budget",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblWorkplan");
        const row = t.headerRow + t.bodyRows + 1;
        t.ws.getCell(row, t.firstCol).value = "Total";
        const budget = t.colOf("Budget");
        t.ws.getCell(row, budget).value = { formula: "SUBTOTAL(109,tblWorkplan[Budget])", result: 0 } as CellValue;
        setTableBox(t.model, t.headerRow - 1, t.firstCol - 1, t.bodyRows + 1, t.model.columns.length);
        t.model.totalsRow = true;
      }),
    expect: [{ kind: "clean" }],
  },
  {
    id: "merged-cells",
    title: "Title and Goal ID of an action merged into one cell, and the sheet title merged",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        const r = t.headerRow + 2;
        t.ws.mergeCells(r, t.colOf("Title"), r, t.colOf("Goal ID"));
        t.ws.mergeCells(1, 1, 1, 6);
      }),
    expect: [{ kind: "finding", rule: "value-required", message: /Goal ID/ }],
  },
  {
    id: "user-column-inserted",
    title: "A column 'Notes' of the planner's own inserted in the middle of tblActions",
    make: () =>
      editFile((ed) => {
        const t = ed.table("tblActions");
        const names = t.model.columns.map((c) => c.name);
        const at = names.indexOf("Lead agency");
        const order = [...names.slice(0, at), "Notes", ...names.slice(at)];
        for (let r = 0; r <= t.bodyRows; r++) {
          const row = names.map((_n, c) => t.ws.getCell(t.headerRow + r, t.firstCol + c).value);
          order.forEach((n, c) => (t.ws.getCell(t.headerRow + r, t.firstCol + c).value = n === "Notes" ? (r === 0 ? "Notes" : `Note ${r}`) : row[names.indexOf(n)]));
        }
        ed.resize("tblActions", t.bodyRows, order);
      }),
    expect: [{ kind: "clean" }],
  },
  {
    id: "stage-sheet-hidden",
    title: "The Capacity & resources sheet hidden, Lists very hidden",
    make: () =>
      editFile((ed) => {
        ed.sheet("4 Capacity & resources").state = "hidden";
        ed.sheet("Lists").state = "veryHidden";
      }),
    expect: [{ kind: "clean" }],
  },
  {
    id: "sheet-protected",
    title: "The Plan of Action sheet protected with a password",
    make: () => editFile(async (ed) => ed.sheet("3 Plan of Action").protect("secret", { selectLockedCells: true, selectUnlockedCells: true })),
    expect: [
      { kind: "notice", message: /^Sheet "3 Plan of Action" is protected, so nothing on it is changed\. Unprotect it \(Review > Unprotect Sheet\), then (run mdplan refresh FILE again|press Set up this stage)\.$/ },
      { kind: "finding", rule: "action-not-endorsed", cell: /'3 Plan of Action'!L10$/ },
    ],
  },
];
