/**
 * Plans for the check tests: a workbook set up through the real service, then filled (and spoiled)
 * by writing cells through the Excel API of the double, as a user typing in Excel would.
 */
import { screen } from "@testing-library/react";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import type { CheckReport, PlannerService } from "../../src/service/planner-service";
import { cellAddress, sheetPrefix } from "../../src/model/address";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../src/model/settings";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import { fillTable as fillRows, typeCleanPlan, typeFaults } from "../../src/preview/scenarios";
import type { Rendered } from "./pane-helpers";

export const SETTINGS: PlanSettings = { ...DEFAULT_SETTINGS, country: "Kenya", title: "Kenya M&D plan", startYear: 2026, endYear: 2030 };

export type Row = Record<string, string | number>;

/** A new double with every stage set up through the service. */
export async function setUpDouble(): Promise<ExcelDouble> {
  const double = createExcelDouble();
  await createOfficePlanner(double.run, double.isSetSupported).setUp({ settings: SETTINGS });
  return double;
}

/** Writes the given cells of rows 1, 2... of a table's body (the preview's scenarios do the same). */
export async function fillTable(double: ExcelDouble, name: string, rows: Row[]): Promise<void> {
  await fillRows(double.run, name, rows);
}

/** Where a body cell of a table is: its sheet, its address on the sheet, and the finding's sheet-qualified form. */
export function cellOf(double: ExcelDouble, name: string, rowIndex: number, column: string): { sheet: string; address: string; qualified: string } {
  const t = double.state.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const sheet = double.state.sheets.find((s) => s.name === t.sheet)!;
  const headers = Array.from({ length: t.columnCount }, (_, c) => String(sheet.cells[cellAddress(t.row, t.column + c)]?.value ?? ""));
  const c = headers.indexOf(column);
  if (c < 0) throw new Error(`${name} has no column ${column}`);
  const address = cellAddress(t.row + 1 + rowIndex, t.column + c);
  return { sheet: t.sheet, address, qualified: `${sheetPrefix(t.sheet)}${address}` };
}


/** Lists the actions typed on the dashboard, as pressing "Refresh dashboard" would: a stale dashboard is a finding of its own. */
async function refreshDashboard(double: ExcelDouble): Promise<void> {
  await createOfficePlanner(double.run, double.isSetSupported).refresh(["tblDashboard"]);
}

/** Two selected goals, each with a complete action measured by its indicator: nothing for the check to say. */
export async function fillCleanPlan(double: ExcelDouble): Promise<void> {
  await typeCleanPlan(double.run);
  await refreshDashboard(double);
}

/**
 * The clean plan spoiled: action 2 serves goal "G9" (not a goal), action 3's Budget is "lots",
 * action 4 repeats Action ID A1 (three errors, stage 3); action 3 has no indicator (a warning,
 * stage 3); goals G2 and G3 are selected without any action (two warnings, stage 2); indicator I3
 * names action A2, which does not list it (a note, stage 6).
 */
export async function fillFaultyPlan(double: ExcelDouble, goalId = "G9"): Promise<void> {
  await fillCleanPlan(double);
  await typeFaults(double.run, goalId);
  await refreshDashboard(double);
}

export function watchChecks(reports: CheckReport[]): (real: PlannerService) => PlannerService {
  return (real) => ({
    ...real,
    check: async (onProgress) => {
      const report = await real.check(onProgress);
      reports.push(report);
      return report;
    },
  });
}

/** Presses Tab until `target` has focus; fails if it is not reached within `max` presses. */
export async function tabTo(user: Rendered["user"], target: HTMLElement, max = 60): Promise<void> {
  for (let i = 0; i < max && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

/**
 * Reaches a tab as a keyboard user does: Tab to the tab list (only the selected tab is in the Tab
 * order), then the right arrow until `target` has focus.
 */
export async function tabToTab(user: Rendered["user"], target: HTMLElement): Promise<void> {
  const tabs = [...(target.closest('[role="tablist"]')?.querySelectorAll('[role="tab"]') ?? [])];
  await tabTo(user, tabs.find((t) => t.getAttribute("aria-selected") === "true") as HTMLElement);
  for (let i = 0; i < tabs.length && document.activeElement !== target; i++) await user.keyboard("{ArrowRight}");
  expect(document.activeElement).toBe(target);
}

/** A finding's button, by (part of) its message. */
export function findingButton(message: RegExp): HTMLElement {
  return screen.getByRole("button", { name: message });
}

/** The messages of the findings listed, in order. */
export function listedMessages(): string[] {
  return screen.queryAllByRole("listitem").map((li) => li.querySelector("span")?.textContent ?? "");
}

export function checkTab(): HTMLElement {
  return screen.getByRole("tab", { name: "Check" });
}

export function checkButton(): HTMLElement {
  return screen.getByRole("button", { name: "Check plan" });
}

/** Opens the Check tab and waits for its view, which loads on first use. */
export async function openCheckTab(user: Rendered["user"]): Promise<void> {
  await user.click(checkTab());
  await screen.findByRole("button", { name: "Check plan" }, { timeout: 15000 });
}
