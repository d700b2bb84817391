/** @jest-environment jsdom */
/** "Build capacity matrix" and "Refresh dashboard" over the real Office service and the in-memory Excel double. */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { toPlannerError } from "../../src/hosts/office/errors";
import { setupWords } from "../../src/model/layout/setup-words";
import { MONITORING_STAGE, REBUILD_ACTIONS, tablesRebuiltBy } from "../../src/model/registry";
import type { PlannerService, Progress } from "../../src/service/planner-service";
import { fillTables } from "../support/fill-tables";
import { checkButton, openCheckTab } from "./check-helpers";
import { alertAt, fillRequired, isDisabled, outcomeAt, renderPane, stageCard, stageStatus, statusAt } from "./pane-helpers";
import { AREAS, buildButton, dashboardButton, headersOf, leading, setUpThroughPane, STAKEHOLDERS, typeStage4, WAIT } from "./refresh-helpers";

const CELL_EDIT_MESSAGE = toPlannerError({ code: "InvalidOperationInCellEditMode" }, setupWords("en", "pane")).message;

/** The real service, with each refresh's tables and progress labels kept for the test. */
function watchRefreshes(calls: { tables?: string[]; labels: string[] }[]): (real: PlannerService) => PlannerService {
  return (real) => ({
    ...real,
    refresh: (tables, onProgress) => {
      const call = { tables, labels: [] as string[] };
      calls.push(call);
      return real.refresh(tables, (p: Progress) => (call.labels.push(p.label), onProgress?.(p)));
    },
  });
}

/** The real service, its refreshes held back until the test opens the gate. */
function gatedRefresh(counter: { calls: number }, gate: Promise<void>): (real: PlannerService) => PlannerService {
  return (real) => ({
    ...real,
    refresh: async (...args) => {
      counter.calls++;
      await gate;
      return real.refresh(...args);
    },
  });
}

function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}


/** The stage whose card carries Build capacity matrix, as the registry says. */
const CAPACITY = REBUILD_ACTIONS.capacity.part;

describe("Build capacity matrix", () => {
  it("rebuilds the matrix from the stakeholders and areas typed, and the funding summaries", async () => {
    const calls: { tables?: string[]; labels: string[] }[] = [];
    const { double, user } = await setUpThroughPane({ wrap: watchRefreshes(calls) });
    await typeStage4(double);
    const capacityBefore = double.tableRows("tblCapacity");
    const dashboardBefore = double.tableRows("tblDashboard");

    // On the capacity stage's card, with what it does in words.
    const button = within(stageCard(CAPACITY)).getByRole("button", { name: "Build capacity matrix" });
    expect(document.getElementById(button.getAttribute("aria-describedby")!)?.textContent).toMatch(
      /^Rebuilds the capacity-gap matrix and the funding summaries from the stakeholders, areas, goals and partners typed\. Their figures follow typed values without it/,
    );
    expect(isDisabled(button)).toBe(false);
    await user.click(button);

    // The answer shows on the capacity stage's card, under the button pressed.
    expect(await statusAt("capacity").findByText("Capacity matrix rebuilt", {}, WAIT)).toBeTruthy();
    expect(stageCard(CAPACITY).contains(outcomeAt("capacity"))).toBe(true);
    expect(statusAt("capacity").getByText(/now list the stakeholders, areas, goals and partners in the workbook\.$/)).toBeTruthy();
    // The count of changes is a detail, one click away.
    expect(statusAt("capacity").getByText(/\d+ changes made in \d+ round trips to Excel/).closest("details")?.open).toBe(false);
    expect(calls).toHaveLength(1);
    expect(calls[0].tables).toEqual(tablesRebuiltBy("capacity"));
    expect(calls[0].tables).toEqual(["tblCapacityMatrix", "tblFundingByGoal", "tblFundingByPartner"]);
    expect(calls[0].labels).toContain("Reading the workbook");

    // Stakeholders down, areas across ("policy" is the same area as "Policy").
    expect(leading(double, "tblCapacityMatrix")).toEqual(STAKEHOLDERS.map((s) => [s]));
    expect(headersOf(double, "tblCapacityMatrix")).toEqual(["Stakeholder", ...AREAS, "Gaps of 2 or more"]);
    expect(leading(double, "tblFundingByGoal")).toEqual([["G1"], ["G2"]]);
    expect(leading(double, "tblFundingByPartner")).toEqual([["Treasury"], ["European Union"]]);
    // What was typed is as it was; the dashboard was not asked for.
    expect(double.tableRows("tblCapacity")).toEqual(capacityBefore);
    expect(double.tableRows("tblDashboard")).toEqual(dashboardBefore);
    expect(stageStatus(CAPACITY)).toBe("Ready");
  });

  it("follows the rows typed since the last build", async () => {
    const { double, user } = await setUpThroughPane();
    await typeStage4(double);
    await user.click(buildButton());
    await statusAt("capacity").findByText("Capacity matrix rebuilt", {}, WAIT);

    // A new stakeholder, in a new area, appended (the first row, {}, stays as it is).
    await fillTables(double, { tblCapacity: [{}, { Stakeholder: "Statistics Office", "Capacity area": "Surveys", Level: "Systemic", Current: 1, Required: 5 }] });
    await user.click(buildButton());
    await waitFor(() => expect(leading(double, "tblCapacityMatrix")).toEqual([...STAKEHOLDERS, "Statistics Office"].map((s) => [s])), WAIT);
    expect(headersOf(double, "tblCapacityMatrix")).toEqual(["Stakeholder", ...AREAS, "Surveys", "Gaps of 2 or more"]);
  });

  it(`is off until stage ${CAPACITY} is set up, and says so`, async () => {
    const calls: { tables?: string[]; labels: string[] }[] = [];
    const { user } = await renderPane({ wrap: watchRefreshes(calls) });
    expect(isDisabled(buildButton())).toBe(true);
    expect(within(stageCard(CAPACITY)).getByText(new RegExp(`Set up stage ${CAPACITY} first\\.$`))).toBeTruthy();
    await user.click(buildButton());
    expect(calls).toHaveLength(0);

    await fillRequired(user);
    await user.click(within(stageCard(CAPACITY)).getByRole("button", { name: "Set up this stage" }));
    await waitFor(() => expect(stageStatus(CAPACITY)).toBe("Ready"), WAIT);
    expect(isDisabled(buildButton())).toBe(false);
    expect(within(stageCard(CAPACITY)).queryByText(/Set up stage \d first/)).toBeNull();
  });
});

describe("Refresh dashboard", () => {
  it("lists the planned, ongoing and delayed items typed, and drops finished ones", async () => {
    const calls: { tables?: string[]; labels: string[] }[] = [];
    const { double, user } = await setUpThroughPane({ wrap: watchRefreshes(calls) });
    const help = document.getElementById(dashboardButton().getAttribute("aria-describedby")!)?.textContent;
    expect(help).toMatch(/^The dashboard lists every planned, ongoing and delayed action, activity and other project, by goal and by lead agency; /);
    // It rebuilds the IPTT sheet's tables too, and says so.
    expect(help).toContain(`the IPTT (${MONITORING_STAGE.sheets.iptt.name}) lists every indicator`);
    expect(help).toMatch(/refresh them after adding or finishing items, or adding goals or indicators\.$/);

    await fillTables(double, {
      tblActions: [
        { "Action ID": "A1", Title: "Licensing of recruitment agencies", Status: "Ongoing" },
        { "Action ID": "A2", Title: "Pre-departure training", Status: "Completed" },
        { "Action ID": "A3", Title: "Remittance price comparison site", Status: "Delayed" },
      ],
      tblOtherProjects: [{ "Project ID": "P1", Title: "ILO fair recruitment pilot", Status: "Planned" }],
    });
    // Something typed in the form, not yet saved, survives the refresh.
    await user.click(screen.getByRole("button", { name: "Edit settings" }));
    const country = screen.getByLabelText(/^Country(?! code)/) as HTMLInputElement;
    await user.clear(country);
    await user.type(country, "Ghana");

    await user.click(dashboardButton());
    expect(await statusAt("dashboard").findByText("Dashboard refreshed", {}, WAIT)).toBeTruthy();
    expect(statusAt("dashboard").getByText(/now lists every planned, ongoing and delayed action, activity and other project, and the IPTT every indicator/)).toBeTruthy();
    expect(calls[0].tables).toEqual(tablesRebuiltBy("dashboard"));
    expect(leading(double, "tblDashboard", 2)).toEqual([
      ["Action", "A1"],
      ["Action", "A3"],
      ["Other project", "P1"],
    ]);
    expect(country.value).toBe("Ghana");

    // A1 is finished: the next refresh drops it.
    await fillTables(double, { tblActions: [{ "Action ID": "A1", Status: "Completed" }] });
    await user.click(dashboardButton());
    await waitFor(() => expect(leading(double, "tblDashboard", 2)).toEqual([["Action", "A3"], ["Other project", "P1"]]), WAIT);
  });

  it("is off in a workbook not set up, and says so", async () => {
    await renderPane();
    expect(isDisabled(dashboardButton())).toBe(true);
    expect(screen.getByText(/Set up the workbook first\.$/)).toBeTruthy();
  });

  it("says when the workbook has no dashboard to refresh", async () => {
    const { user } = await renderPane();
    await fillRequired(user);
    // Stage 2 alone: the workbook's own parts need updating, and there is no dashboard yet.
    await user.click(within(stageCard(2)).getByRole("button", { name: "Set up this stage" }));
    await waitFor(() => expect(stageStatus(2)).toBe("Ready"), WAIT);
    await user.click(dashboardButton());
    expect(await statusAt("dashboard").findByText("Nothing to rebuild", {}, WAIT)).toBeTruthy();
    expect(statusAt("dashboard").getByText("This workbook has no dashboard yet: set up the workbook first.")).toBeTruthy();
  });
});

describe("failures", () => {
  it.each([
    ["Build capacity matrix", buildButton, "capacity"],
    ["Refresh dashboard", dashboardButton, "dashboard"],
  ])("%s in cell edit mode: Excel's message beside it, and the workbook left as it was", async (_name, button, place) => {
    const { double, user } = await setUpThroughPane();
    await typeStage4(double);
    await fillTables(double, { tblActions: [{ "Action ID": "A1", Status: "Ongoing" }] });
    const before = structuredClone(double.state);
    double.setCellEditMode(true);
    await user.click(button());

    const message = await screen.findByText(CELL_EDIT_MESSAGE, {}, WAIT);
    expect(alertAt(place).contains(message)).toBe(true);
    expect(double.state).toEqual(before);
    expect(isDisabled(button())).toBe(false);
    expect(statusAt(place).queryByText(/rebuilt|refreshed/)).toBeNull();

    // Once the user leaves the cell, the same button works and the message goes.
    double.setCellEditMode(false);
    await user.click(button());
    await statusAt(place).findByText(/^(Capacity matrix rebuilt|Dashboard refreshed)$/, {}, WAIT);
    expect(screen.queryByText(CELL_EDIT_MESSAGE)).toBeNull();
    expect(double.state).not.toEqual(before);
  });

  it("shows an unexpected error with its message", async () => {
    const { user } = await setUpThroughPane({ wrap: (real) => ({ ...real, refresh: () => Promise.reject(new RangeError("matrix too wide")) }) });
    await user.click(buildButton());
    const alert = await screen.findByText(/Something went wrong: matrix too wide/, {}, WAIT);
    expect(alertAt("capacity").contains(alert)).toBe(true);
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });
});

describe("one operation at a time", () => {
  it("runs one rebuild however often the buttons are pressed, and holds everything else back", async () => {
    const counter = { calls: 0 };
    const { promise, open } = gate();
    const { double, user } = await setUpThroughPane({ wrap: gatedRefresh(counter, promise) });
    await typeStage4(double);
    const button = buildButton();
    // Two clicks in one tick: the second comes before React re-renders the button as disabled.
    act(() => {
      button.click();
      button.click();
    });
    expect(counter.calls).toBe(1);
    expect(statusAt("capacity").getByRole("progressbar")).toBeTruthy();
    expect(statusAt("capacity").getByText("Building the capacity matrix…")).toBeTruthy();
    // The settings are saved and closed: their way back is held back too, and each ready stage's "Set up again".
    const others = [buildButton(), dashboardButton(), screen.getByRole("button", { name: "Edit settings" }), screen.getByRole("button", { name: "Refresh status" })];
    for (const other of [...others, ...screen.getAllByRole("button", { name: "Set up again" })]) {
      expect(isDisabled(other)).toBe(true);
    }
    await user.click(dashboardButton());
    await user.click(buildButton());
    expect(counter.calls).toBe(1);
    // The focus stays on the pressed button (disabledFocusable, not disabled).
    expect(button.hasAttribute("disabled")).toBe(false);

    open();
    await statusAt("capacity").findByText("Capacity matrix rebuilt", {}, WAIT);
    expect(counter.calls).toBe(1);
    expect(isDisabled(buildButton())).toBe(false);
    expect(isDisabled(dashboardButton())).toBe(false);
    expect(leading(double, "tblCapacityMatrix")).toEqual(STAKEHOLDERS.map((s) => [s]));
  });

  it("holds the Check tab back while a rebuild runs", async () => {
    const counter = { calls: 0 };
    const { promise, open } = gate();
    const { user } = await setUpThroughPane({ wrap: gatedRefresh(counter, promise) });
    await user.click(dashboardButton());
    await openCheckTab(user);
    expect(isDisabled(checkButton())).toBe(true);
    open();
    await waitFor(() => expect(isDisabled(checkButton())).toBe(false), WAIT);
  });

  it("is held back while a check runs", async () => {
    const { promise, open } = gate();
    let refreshes = 0;
    const { user } = await setUpThroughPane({
      wrap: (real) => ({
        ...real,
        refresh: (...args) => (refreshes++, real.refresh(...args)),
        check: async (...args) => {
          await promise;
          return real.check(...args);
        },
      }),
    });
    await openCheckTab(user);
    await user.click(checkButton());
    await user.click(screen.getByRole("tab", { name: "Set up" }));
    expect(isDisabled(buildButton())).toBe(true);
    expect(isDisabled(dashboardButton())).toBe(true);
    await user.click(buildButton());
    await user.click(dashboardButton());
    expect(refreshes).toBe(0);
    open();
    await waitFor(() => expect(isDisabled(buildButton())).toBe(false), WAIT);
    expect(isDisabled(dashboardButton())).toBe(false);
  });
});
