/** @jest-environment jsdom */
/** The rebuild buttons by keyboard alone: Tab to reach, Enter or Space to press, focus kept through the work. */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { REBUILD_ACTIONS } from "../../src/model/registry";
import { fillTables } from "../support/fill-tables";
import { tabTo } from "./check-helpers";
import { renderPane, stageCard } from "./pane-helpers";
import { buildButton, dashboardButton, leading, setUpThroughPane, STAKEHOLDERS, typeStage4, WAIT } from "./refresh-helpers";

describe("keyboard only", () => {
  it("builds the capacity matrix and refreshes the dashboard with Tab and Enter", async () => {
    const { double, user } = await setUpThroughPane();
    await typeStage4(double);
    await fillTables(double, { tblActions: [{ "Action ID": "A1", Title: "Licensing of recruitment agencies", Status: "Ongoing" }] });

    // The capacity stage's button comes after that stage's own set-up button (quieter once the stage is ready).
    await tabTo(user, within(stageCard(REBUILD_ACTIONS.capacity.part)).getByRole("button", { name: "Set up again" }));
    await user.tab();
    expect(document.activeElement).toBe(buildButton());
    // Fluent draws its focus ring on elements its provider (keyborg) marks as focused by keyboard.
    expect(document.activeElement?.hasAttribute("data-fui-focus-visible")).toBe(true);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(leading(double, "tblCapacityMatrix")).toEqual(STAKEHOLDERS.map((s) => [s])), WAIT);
    expect(await screen.findByText("Capacity matrix rebuilt", {}, WAIT)).toBeTruthy();
    // The button kept focus through the rebuild (disabledFocusable, not disabled).
    expect(document.activeElement).toBe(buildButton());

    await tabTo(user, dashboardButton());
    expect(document.activeElement?.hasAttribute("data-fui-focus-visible")).toBe(true);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(leading(double, "tblDashboard", 2)).toEqual([["Action", "A1"]]), WAIT);
    expect(await screen.findByText("Dashboard refreshed", {}, WAIT)).toBeTruthy();
    expect(document.activeElement).toBe(dashboardButton());
  });

  it("presses Refresh dashboard with Space too", async () => {
    const { double, user } = await setUpThroughPane();
    await fillTables(double, { tblActions: [{ "Action ID": "A7", Status: "Planned" }] });
    await tabTo(user, dashboardButton());
    await user.keyboard(" ");
    await waitFor(() => expect(leading(double, "tblDashboard", 2)).toEqual([["Action", "A7"]]), WAIT);
  });

  it("still reaches a disabled rebuild button, which then does nothing", async () => {
    const { user, double } = await renderPane();
    const before = structuredClone(double.state);
    await tabTo(user, buildButton());
    await user.keyboard("{Enter}");
    await tabTo(user, dashboardButton());
    await user.keyboard("{Enter}");
    expect(double.state).toEqual(before);
    expect(screen.queryByRole("progressbar")).toBeNull();
    // Some forty Tab presses through a first-visit pane: slow on a shared machine.
  }, 120000);
});
