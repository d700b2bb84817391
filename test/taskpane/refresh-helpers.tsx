/**
 * For the rebuild tests: a workbook set up through the pane, rows typed into it through the
 * Excel API of the double (as a user pasting them would), and the derived tables read back.
 */
import { screen, waitFor } from "@testing-library/react";
import { cellAddress } from "../../src/model/address";
import type { ExcelDouble } from "../../src/excel-double";
import { fillTables, type Rows } from "../support/fill-tables";
import { allStageStatuses, everyStage, fillRequired, renderPane, setUpButton, type RenderOptions, type Rendered } from "./pane-helpers";

export const WAIT = { timeout: 15000 };

export const STAKEHOLDERS = ["Ministry of Labour", "Central Bank", "Diaspora Office"];
export const AREAS = ["Data", "Policy", "Coordination", "Finance"];

/** Each stakeholder rated in each area (a "Policy" typed in lower case once: still one area). */
export const CAPACITY_ROWS: Rows = STAKEHOLDERS.flatMap((stakeholder, s) =>
  AREAS.map((area, a) => ({ Stakeholder: stakeholder, "Capacity area": s === 2 && area === "Policy" ? "policy" : area, Level: "Individual", Current: 1 + ((s + a) % 3), Required: 4 })),
);

/** Renders the pane over a new workbook and sets it all up by pressing Set up workbook. */
export async function setUpThroughPane(options: RenderOptions = {}): Promise<Rendered> {
  const rendered = await renderPane(options);
  await fillRequired(rendered.user);
  await rendered.user.click(setUpButton());
  await waitFor(() => expect(allStageStatuses()).toEqual(everyStage("Ready")), WAIT);
  return rendered;
}

/** Capacity ratings, goals and funding, typed: what the capacity stage's rebuild reads. */
export async function typeStage4(double: ExcelDouble): Promise<void> {
  await fillTables(double, {
    tblCapacity: CAPACITY_ROWS,
    tblGoals: [
      { "Goal ID": "G1", Objective: "Fair and safe labour migration", Selected: "Yes" },
      { "Goal ID": "G2", Objective: "Cheaper remittances", Selected: "Yes" },
    ],
    tblFunding: [
      { Source: "Budget line 12", Kind: "Domestic", Partner: "Treasury", Pledged: 100000 },
      { Source: "EU grant", Kind: "External", Partner: "European Union", Pledged: 250000 },
    ],
  });
}

/** A table's header texts, read from its sheet in the double. */
export function headersOf(double: ExcelDouble, name: string): string[] {
  const t = double.state.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const sheet = double.state.sheets.find((s) => s.name === t.sheet)!;
  return Array.from({ length: t.columnCount }, (_, c) => String(sheet.cells[cellAddress(t.row, t.column + c)]?.value ?? ""));
}

/** The first cells of a table's rows: the matrix's stakeholders, the dashboard's Source and ID. */
export function leading(double: ExcelDouble, name: string, columns = 1): unknown[][] {
  return double.tableRows(name).map((r) => r.slice(0, columns));
}

export function buildButton(): HTMLElement {
  return screen.getByRole("button", { name: "Build capacity matrix" });
}

export function dashboardButton(): HTMLElement {
  return screen.getByRole("button", { name: "Refresh dashboard" });
}
