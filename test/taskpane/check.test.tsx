/** @jest-environment jsdom */
/** "Check plan" over the real Office service and the in-memory Excel double: what a planner sees and does. */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { toPlannerError } from "../../src/hosts/office/errors";
import { setupWords } from "../../src/model/layout/setup-words";
import { MARK_FORMULA } from "../../src/hosts/office/marks";
import type { CheckReport, PlannerService } from "../../src/service/planner-service";
import type { Severity } from "../../src/model/check/plan-tables";
import type { ExcelDouble } from "../../src/excel-double";
import { FIRST_SHOWN } from "../../src/taskpane/components/FindingList";
import { cellOf, checkButton, fillCleanPlan, fillFaultyPlan, fillTable, findingButton, listedMessages, openCheckTab, setUpDouble, watchChecks } from "./check-helpers";
import { isDisabled, renderPane } from "./pane-helpers";
import { cellsOfRange } from "../support/cells-of-range";

const WAIT = { timeout: 15000 };
const CELL_EDIT_MESSAGE = toPlannerError({ code: "InvalidOperationInCellEditMode" }, setupWords("en", "pane")).message;
const WORD: Record<Severity, [string, string]> = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] };

/** Sets up and fills a workbook, renders the pane over it, opens the Check tab and presses Check plan. */
async function checkedPane(fill: (d: ExcelDouble) => Promise<void>, reports: CheckReport[] = []) {
  const double = await setUpDouble();
  await fill(double);
  const rendered = await renderPane({ double, wrap: watchChecks(reports) });
  await openCheckTab(rendered.user);
  await rendered.user.click(checkButton());
  await waitFor(() => expect(reports).toHaveLength(1), WAIT);
  await screen.findByText(/^Checked |^No problems found in |^The plan has no goals or actions yet/, {}, WAIT);
  return { ...rendered, report: reports[0] };
}

const marksOn = (double: ExcelDouble, sheet: string) =>
  double.state.sheets.find((s) => s.name === sheet)!.conditionalFormats.filter((f) => f.type === "Custom" && f.rule.formula === MARK_FORMULA);

const allMarks = (double: ExcelDouble) => double.state.sheets.flatMap((s) => marksOn(double, s.name).map((f) => ({ sheet: s.name, address: f.address })));

describe("checking a plan with faults", () => {
  it("lists every finding, errors first, then warnings, then notes, by stage within each, with counts per severity", async () => {
    const { double, report, user } = await checkedPane(fillFaultyPlan);

    // The faults planted are found, at their cells.
    const at = (cell: string) => report.findings.filter((f) => f.cell === cell).map((f) => f.rule);
    expect(at(cellOf(double, "tblActions", 1, "Goal ID").qualified)).toContain("action-goal-unknown");
    expect(at(cellOf(double, "tblActions", 2, "Budget").qualified)).toContain("number-invalid");
    expect(at(cellOf(double, "tblActions", 3, "Action ID").qualified)).toContain("id-duplicate");

    // One badge per severity, counting the report's findings.
    const badges = within(screen.getByRole("group", { name: "Findings by severity" }));
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const n = report.findings.filter((f) => f.severity === severity).length;
      expect(badges.getByText(`${n} ${n === 1 ? WORD[severity][0] : WORD[severity][1]}`)).toBeTruthy();
    }
    expect(badges.getByText("3 errors")).toBeTruthy();
    expect(badges.getByText("3 warnings")).toBeTruthy();
    expect(badges.getByText("1 note")).toBeTruthy();

    // Every finding is listed once, in plain words with its sheet and cell; no code names, no rule ids.
    expect(listedMessages().sort()).toEqual(report.findings.map((f) => f.message).sort());
    const g9 = findingButton(/Goal ID "G9" is not a goal/);
    expect(g9.textContent).toContain("3 Plan of Action, cell C8");
    const list = screen.getByRole("heading", { name: /^Errors/ }).parentElement!.parentElement!;
    expect(list.textContent).not.toMatch(/\btbl[A-Z]|action-goal-unknown/);
    // The rule ids are one switch away, for whoever reports a problem with the check.
    await user.click(screen.getByRole("switch", { name: /Show technical details/ }));
    expect(findingButton(/Goal ID "G9" is not a goal/).textContent).toContain("tblActions · action-goal-unknown");

    // Errors first whatever their stage (a stage-3 error before a stage-2 warning), stages in handbook order within.
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual([
      "M&D Planner",
      "Check the plan",
      "Errors (3)",
      "Stage 3: Plan of Action",
      "Warnings (3)",
      "Stage 2: Priorities",
      "Stage 3: Plan of Action",
      "Notes (1)",
      "Stage 6: Monitoring and evaluation",
    ]);
    const words = (severity: Severity, stage: number) => report.findings.filter((f) => f.severity === severity && f.stage === stage).map((f) => f.message);
    expect(listedMessages()).toEqual([...words("error", 3), ...words("warning", 2), ...words("warning", 3), ...words("info", 6)]);

    // The summary says what was checked and that the cells are marked.
    expect(screen.getByText(`Checked 4 actions and 3 selected goals. ${report.marked} cells are marked in the workbook. Select a finding to go to its cell.`)).toBeTruthy();
    expect(within(screen.getByRole("status")).getByText("3 errors, 3 warnings and 1 note")).toBeTruthy();
  });

  it("narrows the list by stage and by severity", async () => {
    const { user, report } = await checkedPane(fillFaultyPlan);
    const stage2 = report.findings.filter((f) => f.stage === 2).map((f) => f.message);
    expect(stage2).toHaveLength(2);

    await user.selectOptions(screen.getByLabelText("Stage"), "2");
    expect(listedMessages().sort()).toEqual([...stage2].sort());
    expect(screen.getByText(`Showing 2 of ${report.findings.length} findings.`)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Stage 3: Plan of Action" })).toBeNull();
    // The counts stay those of the whole check.
    expect(screen.getByText("3 errors")).toBeTruthy();

    await user.selectOptions(screen.getByLabelText("Stage"), "all");
    await user.selectOptions(screen.getByLabelText("Severity"), "error");
    expect(listedMessages().sort()).toEqual(report.findings.filter((f) => f.severity === "error").map((f) => f.message).sort());

    // Both at once: errors of stage 2, of which there are none.
    await user.selectOptions(screen.getByLabelText("Stage"), "2");
    expect(listedMessages()).toEqual([]);
    expect(screen.getByText(`No findings match these filters (${report.findings.length} in all).`)).toBeTruthy();

    // The options say how many each would show.
    expect(screen.getByRole("option", { name: "Stage 3: Plan of Action (4)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Workbook (0)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Notes (1)" })).toBeTruthy();
  });

  it("shows findings about the whole workbook under Workbook, without a cell to go to", async () => {
    const { user, report } = await checkedPane(async (double) => {
      await fillFaultyPlan(double);
      await double.run(async (ctx) => ctx.workbook.tables.getItem("tblSettings").delete());
    });
    const workbook = report.findings.filter((f) => f.stage === 0);
    expect(workbook.map((f) => f.rule)).toEqual(["settings-missing"]);
    expect(workbook[0].cell).toBeUndefined();

    await user.selectOptions(screen.getByLabelText("Stage"), "0");
    expect(screen.getByRole("heading", { name: "Workbook" })).toBeTruthy();
    expect(listedMessages()).toEqual([workbook[0].message]);
    // Text, not a button: there is no cell to go to.
    expect(screen.queryAllByRole("button", { name: /plan settings/ })).toHaveLength(0);
    // Where it is, by the table's caption and sheet; the code name and rule only on demand.
    expect(screen.getByText(/^"Settings" on Settings$/)).toBeTruthy();
    await user.click(screen.getByRole("switch", { name: /Show technical details/ }));
    expect(screen.getByText(/tblSettings · settings-missing/)).toBeTruthy();
  });

  it("goes to a finding's cell when it is clicked", async () => {
    const { double, user } = await checkedPane(fillFaultyPlan);
    const goal = cellOf(double, "tblActions", 1, "Goal ID");
    await user.click(findingButton(/Goal ID "G9" is not a goal/));
    await waitFor(() => expect(double.state.selection).toEqual({ sheet: goal.sheet, address: goal.address }), WAIT);
    expect(double.state.activeSheet).toBe("3 Plan of Action");
    expect(findingButton(/Goal ID "G9" is not a goal/).getAttribute("aria-current")).toBe("true");

    // Another stage's sheet.
    await user.click(findingButton(/Goal G3 is selected/));
    await waitFor(() => expect(double.state.selection).toEqual({ sheet: "2 Priorities", address: cellOf(double, "tblGoals", 2, "Goal ID").address }), WAIT);
    expect(double.state.activeSheet).toBe("2 Priorities");
    expect(findingButton(/Goal ID "G9" is not a goal/).getAttribute("aria-current")).toBeNull();
  });

  it("marks the cells at fault without touching their values or formats, and Clear marks removes only its marks", async () => {
    const double = await setUpDouble();
    await fillFaultyPlan(double);
    const before = structuredClone(double.state);
    const reports: CheckReport[] = [];
    const { user } = await renderPane({ double, wrap: watchChecks(reports) });
    await openCheckTab(user);
    await user.click(checkButton());
    await screen.findByText(/^Checked /, {}, WAIT);
    const report = reports[0];

    const cells = [...new Set(report.findings.flatMap((f) => (f.cell ? [f.cell] : [])))];
    expect(report.marked).toBe(cells.length);
    const expected = cells.map((c) => {
      const [sheet, address] = [c.slice(1, c.lastIndexOf("'")), c.slice(c.lastIndexOf("!") + 1)];
      return { sheet, address };
    });
    // One mark per run of adjacent cells in a column; together they cover exactly the cells at fault.
    const covered = allMarks(double).flatMap(({ sheet, address }) => cellsOfRange(address).map((a) => ({ sheet, address: a })));
    expect(covered.sort(byPlace)).toEqual(expected.sort(byPlace));
    for (const mark of marksOn(double, "3 Plan of Action")) expect(mark.format).toEqual({ fillColor: expect.any(String), fontColor: expect.any(String) });
    // Values, formulas and number formats as they were; the status colours set-up made are still there.
    for (const sheet of double.state.sheets) {
      const old = before.sheets.find((s) => s.name === sheet.name)!;
      expect(sheet.cells).toEqual(old.cells);
      expect(sheet.conditionalFormats.filter((f) => f.rule.formula !== MARK_FORMULA)).toEqual(old.conditionalFormats);
    }
    expect(before.sheets.some((s) => s.conditionalFormats.length > 0)).toBe(true);

    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText(`Removed ${cells.length} marks from the workbook.`, {}, WAIT)).toBeTruthy();
    expect(allMarks(double)).toEqual([]);
    for (const sheet of double.state.sheets) {
      const old = before.sheets.find((s) => s.name === sheet.name)!;
      expect(sheet.conditionalFormats).toEqual(old.conditionalFormats);
      expect(sheet.cells).toEqual(old.cells);
    }
    // The findings stay listed, and still lead to their cells.
    expect(listedMessages()).toHaveLength(report.findings.length);
    expect(screen.queryByText(/cells are marked in the workbook/)).toBeNull();

    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText("There were no marks to remove.", {}, WAIT)).toBeTruthy();
  });

  it("shows cell text as text", async () => {
    const { report } = await checkedPane((double) => fillFaultyPlan(double, "<b>G9</b>"));
    const finding = report.findings.find((f) => f.rule === "action-goal-unknown")!;
    expect(finding.message).toContain("<b>G9</b>");
    expect(screen.getByText(finding.message)).toBeTruthy();
    expect(document.querySelector("main b")).toBeNull();
  });
});

describe("a long list", () => {
  it("shows the first 200 findings, and the rest on demand", async () => {
    const { user, report } = await checkedPane(async (double) => {
      await fillCleanPlan(double);
      const extra = Array.from({ length: 210 }, (_, i) => ({ "Action ID": `A${i + 3}`, Title: `Action ${i + 3}`, "Goal ID": "G9", "Lead agency": "Ministry", Start: 46054, End: 46752, Budget: 1, "Indicator IDs": "I1", Endorsed: "Yes", Status: "Planned" }));
      await fillTable(double, "tblActions", [{}, {}, ...extra]);
    });
    expect(report.findings.length).toBeGreaterThan(FIRST_SHOWN);
    expect(listedMessages()).toHaveLength(FIRST_SHOWN);
    expect(screen.getByText(`Showing the first ${FIRST_SHOWN} of ${report.findings.length} findings.`)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: `Show all ${report.findings.length} findings` }));
    expect(listedMessages()).toHaveLength(report.findings.length);
  });
});

describe("a clean plan", () => {
  it("says no problems were found in its actions and selected goals", async () => {
    const { double, report } = await checkedPane(fillCleanPlan);
    expect(report.findings).toEqual([]);
    expect(screen.getByText("No problems found in 2 actions and 2 selected goals.")).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Findings by severity" })).toBeNull();
    expect(screen.queryByLabelText("Stage")).toBeNull();
    expect(allMarks(double)).toEqual([]);
  });

  it("says there is nothing to check yet in a workbook only set up, rather than praise 0 actions", async () => {
    await checkedPane(async () => undefined);
    expect(screen.getByText("Nothing to check yet")).toBeTruthy();
    expect(screen.queryByText(/No problems found in 0 actions/)).toBeNull();
  });
});

describe("while checking", () => {
  it("shows progress, runs one check however often the button is pressed, and holds set-up back", async () => {
    let calls = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const double = await setUpDouble();
    await fillFaultyPlan(double);
    const { user } = await renderPane({
      double,
      // The real service, held back until the test has pressed everything it wants to press.
      wrap: (real): PlannerService => ({
        ...real,
        check: async (onProgress) => {
          calls++;
          onProgress?.({ label: "Reading the plan's tables", fraction: 0.1 });
          await gate;
          return real.check(onProgress);
        },
      }),
    });
    await openCheckTab(user);
    const button = checkButton();
    act(() => {
      button.click();
      button.click();
    });
    const status = screen.getByRole("status");
    expect(within(status).getByRole("progressbar")).toBeTruthy();
    expect(within(status).getByText("Reading the plan's tables")).toBeTruthy();
    expect(isDisabled(checkButton())).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: "Clear marks" }))).toBe(true);
    await user.click(checkButton());
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(calls).toBe(1);

    // Set-up waits too: one operation on the workbook at a time.
    await user.click(screen.getByRole("tab", { name: "Set up" }));
    // The settings are saved (closed); their way back waits too.
    expect(isDisabled(screen.getByRole("button", { name: "Edit settings" }))).toBe(true);
    await user.click(screen.getByRole("tab", { name: "Check" }));

    open();
    expect(await screen.findByText("3 errors", {}, WAIT)).toBeTruthy();
    expect(calls).toBe(1);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(isDisabled(checkButton())).toBe(false);
  });

  it("keeps the results when switching tabs", async () => {
    const { user, report } = await checkedPane(fillFaultyPlan);
    await user.click(screen.getByRole("tab", { name: "Set up" }));
    expect(screen.queryByText("3 errors")).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect(listedMessages()).toHaveLength(report.findings.length);
  });
});

describe("failures", () => {
  it("shows Excel's cell-edit message, marks nothing, and works once the user leaves the cell", async () => {
    const double = await setUpDouble();
    await fillFaultyPlan(double);
    const { user } = await renderPane({ double });
    await openCheckTab(user);
    double.setCellEditMode(true);
    const before = structuredClone(double.state);
    await user.click(checkButton());
    const message = await screen.findByText(CELL_EDIT_MESSAGE, {}, WAIT);
    expect(screen.getByRole("alert").contains(message)).toBe(true);
    expect(double.state).toEqual(before);
    expect(isDisabled(checkButton())).toBe(false);

    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText(CELL_EDIT_MESSAGE, {}, WAIT)).toBeTruthy();

    double.setCellEditMode(false);
    await user.click(checkButton());
    expect(await screen.findByText("3 errors", {}, WAIT)).toBeTruthy();
    expect(screen.queryByText(CELL_EDIT_MESSAGE)).toBeNull();
  });

  it("says so when a finding's sheet has gone since the check", async () => {
    const { double, user } = await checkedPane(fillFaultyPlan);
    await double.run(async (ctx) => ctx.workbook.worksheets.getItem("2 Priorities").delete());
    const selection = double.state.selection;
    await user.click(findingButton(/Goal G3 is selected/));
    const alert = screen.getByRole("alert");
    await waitFor(() => expect(alert.textContent).not.toBe(""), WAIT);
    // In the service's words (a missing sheet is Excel's ItemNotFound).
    expect(alert.textContent).toContain(toPlannerError({ code: "ItemNotFound" }, setupWords("en", "pane")).message);
    expect(double.state.selection).toEqual(selection);
    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(alert.textContent).toBe("");
  });

  it("shows an unexpected error with its message", async () => {
    const double = await setUpDouble();
    const { user } = await renderPane({ double, wrap: (real) => ({ ...real, check: () => Promise.reject(new TypeError("cannot read 'x' of undefined")) }) });
    await openCheckTab(user);
    await user.click(checkButton());
    expect(await screen.findByText(/Something went wrong: cannot read 'x' of undefined\. Press Check plan/)).toBeTruthy();
  });
});

function byPlace(a: { sheet: string; address: string }, b: { sheet: string; address: string }): number {
  return `${a.sheet}!${a.address}`.localeCompare(`${b.sheet}!${b.address}`);
}
