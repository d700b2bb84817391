/** @jest-environment jsdom */
/** The pane over the real Office service and the in-memory Excel double: what a planner sees and does. */
import "./setup";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { buildWorkbookSpec } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import type { PlannerService } from "../../src/service/planner-service";
import { allStageStatuses, everyStage, fillRequired, isDisabled, renderPane, setUpButton, sheetNames, stageCard, stageStatus, statusAt } from "./pane-helpers";

const ALL_SHEETS = buildWorkbookSpec(DEFAULT_SETTINGS).sheets.map((s) => s.name);
const WAIT = { timeout: 15000 };

describe("first visit", () => {
  it("shows the defaults and six missing stages, then sets the whole workbook up", async () => {
    const { double, user } = await renderPane();

    expect(screen.getByRole("heading", { level: 1, name: "M&D Planner" })).toBeTruthy();
    expect(screen.getByText("No plan in this workbook yet")).toBeTruthy();
    expect((screen.getByLabelText(/^First year/) as HTMLInputElement).value).toBe("2026");
    expect((screen.getByLabelText(/^Last year/) as HTMLInputElement).value).toBe("2030");
    expect((screen.getByLabelText(/^Currency/) as HTMLInputElement).value).toBe("USD");
    expect((screen.getByLabelText(/^Reporting frequency/) as HTMLSelectElement).value).toBe("Annual");
    expect(allStageStatuses()).toEqual(everyStage("Missing"));
    // Empty required fields: set-up is off, and the pane says why.
    expect(isDisabled(setUpButton())).toBe(true);
    expect(screen.getByText(/To set up the workbook, fill in or fix: Country, Plan title/)).toBeTruthy();

    await fillRequired(user);
    await user.selectOptions(screen.getByLabelText(/^Reporting frequency/), "Quarterly");
    expect(isDisabled(setUpButton())).toBe(false);
    await user.click(setUpButton());

    await waitFor(() => expect(allStageStatuses()).toEqual(everyStage("Ready")), WAIT);
    expect(statusAt("settings").getByText("Workbook set up")).toBeTruthy();
    expect(statusAt("settings").getByText(/sheets of all 6 stages are in the workbook/)).toBeTruthy();
    // The count of changes is for whoever asks: inside a closed disclosure.
    expect(statusAt("settings").getByText(/changes made in \d+ round trips? to Excel/).closest("details")?.open).toBe(false);
    // The header now shows the title saved in the workbook.
    expect(screen.getByText("Kenya M&D Plan of Action")).toBeTruthy();
    expect(sheetNames(double)).toEqual(expect.arrayContaining(ALL_SHEETS));
    expect(double.state.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["tblSettings", "tblGoals"]));
  });

  it("shows the service's progress while it works", async () => {
    const labels: string[] = [];
    const { user } = await renderPane({
      // Watches the real service's progress reports on their way to the pane.
      wrap: (real) => ({ ...real, readStatus: () => real.readStatus(), setUp: (req, onProgress) => real.setUp(req, (p) => (labels.push(p.label), onProgress?.(p))) }),
    });
    await fillRequired(user);
    await user.click(setUpButton());
    await waitFor(() => expect(stageStatus(6)).toBe("Ready"), WAIT);
    expect(labels).toContain("Reading the workbook");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});

describe("settings that make no sense", () => {
  it("shows the message under the field and keeps set-up off", async () => {
    const { double, user } = await renderPane();
    await fillRequired(user);
    const lastYear = screen.getByLabelText(/^Last year/);
    await user.clear(lastYear);
    await user.type(lastYear, "2020");

    expect(screen.getByText("Last year (2020) is before the first year (2026): swap them.")).toBeTruthy();
    expect(lastYear.getAttribute("aria-invalid")).toBe("true");
    expect(isDisabled(setUpButton())).toBe(true);
    expect(isDisabled(within(screen.getByRole("listitem", { name: /^2\. / })).getByRole("button", { name: "Set up this stage" }))).toBe(true);

    const before = structuredClone(double.state);
    await user.click(setUpButton());
    expect(double.state).toEqual(before);

    await user.clear(lastYear);
    await user.type(lastYear, "2031");
    expect(screen.queryByText(/is before the first year/)).toBeNull();
    expect(isDisabled(setUpButton())).toBe(false);
  });

  it("counts problems hidden in the closed Advanced section", async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole("button", { name: "Advanced" }));
    const atRisk = screen.getByLabelText(/^At risk from/);
    await user.clear(atRisk);
    await user.type(atRisk, "95");
    expect(screen.getByText("At risk threshold must be below the on track threshold.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Advanced/ }));
    expect(screen.getByRole("button", { name: "Advanced (1 to fix)" })).toBeTruthy();
    expect(screen.getByText(/fill in or fix: .*At risk from/)).toBeTruthy();
  });
});

describe("one stage at a time", () => {
  it("sets up stage 2 alone", async () => {
    const { double, user } = await renderPane();
    await fillRequired(user);
    await user.click(within(screen.getByRole("listitem", { name: /^2\. / })).getByRole("button", { name: "Set up this stage" }));

    await waitFor(() => expect(stageStatus(2)).toBe("Ready"), WAIT);
    // On stage 2's card, under its button: not at the top of the pane.
    expect(within(stageCard(2)).getByText("Stage 2 set up")).toBeTruthy();
    expect(statusAt("settings").queryByText(/set up/)).toBeNull();
    expect(sheetNames(double)).toContain("2 Priorities");
    expect(sheetNames(double)).not.toContain("1 Assessment");
    expect(stageStatus(1)).toBe("Missing");
  });

  it("shows each stage's guidance on demand", async () => {
    const { user } = await renderPane();
    const card = screen.getByRole("listitem", { name: /^2\. / });
    const toggle = within(card).getByRole("button", { name: "Guidance" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(within(card).getByText(/at most 5/)).toBeTruthy();
  });
});

describe("while busy", () => {
  it("runs one set-up however often the button is pressed", async () => {
    let calls = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { user } = await renderPane({
      // The real service, held back until the test has pressed everything it wants to press.
      wrap: (real): PlannerService => ({
        ...real,
        readStatus: () => real.readStatus(),
        setUp: async (...args) => {
          calls++;
          await gate;
          return real.setUp(...args);
        },
      }),
    });
    await fillRequired(user);
    const button = setUpButton();
    // Two clicks in one tick: the second comes before React re-renders the button as disabled.
    act(() => {
      button.click();
      button.click();
    });
    expect(isDisabled(setUpButton())).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: "Refresh status" }))).toBe(true);
    expect(screen.getAllByRole("button", { name: "Set up this stage" }).every(isDisabled)).toBe(true);
    expect(statusAt("settings").getByRole("progressbar")).toBeTruthy();
    await user.click(setUpButton());
    await user.click(screen.getAllByRole("button", { name: "Set up this stage" })[0]);
    expect(calls).toBe(1);
    open();
    await waitFor(() => expect(stageStatus(1)).toBe("Ready"), WAIT);
    expect(calls).toBe(1);
  });
});

describe("a workbook already set up", () => {
  it("prefills the form from the workbook's settings", async () => {
    const first = await renderPane();
    await fillRequired(first.user, "Ghana", "Ghana plan");
    const start = screen.getByLabelText(/^First year/);
    await first.user.clear(start);
    await first.user.type(start, "2027");
    await first.user.click(setUpButton());
    await waitFor(() => expect(stageStatus(1)).toBe("Ready"), WAIT);
    cleanup();

    const second = await renderPane({ double: first.double });
    // Saved settings are summed up in a line; the form is one click away.
    expect(screen.queryByLabelText(/^Country(?! code)/)).toBeNull();
    expect(screen.getByText(/^Ghana · 2027–2030 · USD/)).toBeTruthy();
    await second.user.click(screen.getByRole("button", { name: "Edit settings" }));
    expect((screen.getByLabelText(/^Country(?! code)/) as HTMLInputElement).value).toBe("Ghana");
    expect((screen.getByLabelText(/^First year/) as HTMLInputElement).value).toBe("2027");
    expect(screen.getByText("Ghana plan")).toBeTruthy();
    expect(allStageStatuses()).toEqual(everyStage("Ready"));
  });
});
