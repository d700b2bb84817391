/** @jest-environment jsdom */
/** The Check tab by keyboard alone: Tab to reach, Enter or Space to act, focus shown where it is. */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import { cellOf, checkButton, checkTab, fillFaultyPlan, findingButton, setUpDouble, tabTo, tabToTab } from "./check-helpers";
import { renderPane } from "./pane-helpers";

const WAIT = { timeout: 15000 };

/** Fluent draws its focus ring on elements its provider (keyborg) marks as focused by keyboard. */
function focusRingShown(): boolean {
  return document.activeElement?.hasAttribute("data-fui-focus-visible") ?? false;
}

describe("keyboard only", () => {
  it("opens the Check tab, checks the plan and goes to a finding's cell with Tab and Enter", async () => {
    const double = await setUpDouble();
    await fillFaultyPlan(double);
    const { user } = await renderPane({ double });

    // Only the selected tab is in the Tab order; the arrows move to the others.
    await tabToTab(user, checkTab());
    await user.keyboard("{Enter}");
    expect(checkTab().getAttribute("aria-selected")).toBe("true");
    // The view loads on first use.
    await screen.findByRole("button", { name: "Check plan" }, WAIT);

    await tabTo(user, checkButton());
    expect(focusRingShown()).toBe(true);
    await user.keyboard("{Enter}");
    expect(await screen.findByText("3 errors", {}, WAIT)).toBeTruthy();
    // The button kept focus through the check (disabledFocusable, not disabled).
    expect(document.activeElement).toBe(checkButton());

    const g9 = findingButton(/Goal ID "G9" is not a goal/);
    await tabTo(user, g9);
    expect(focusRingShown()).toBe(true);
    await user.keyboard("{Enter}");
    const goal = cellOf(double, "tblActions", 1, "Goal ID");
    await waitFor(() => expect(double.state.selection).toEqual({ sheet: goal.sheet, address: goal.address }), WAIT);
    expect(double.state.activeSheet).toBe(goal.sheet);
    // Focus stays in the pane, on the finding, ready for the next one.
    expect(document.activeElement).toBe(g9);

    // Space works as well; the next finding is one Tab away.
    const budget = findingButton(/Budget is "lots"/);
    await tabTo(user, budget);
    await user.keyboard(" ");
    const cell = cellOf(double, "tblActions", 2, "Budget");
    await waitFor(() => expect(double.state.selection).toEqual({ sheet: cell.sheet, address: cell.address }), WAIT);
  });

  it("reaches the filters and Clear marks", async () => {
    const double = await setUpDouble();
    await fillFaultyPlan(double);
    const { user } = await renderPane({ double });
    await tabToTab(user, checkTab());
    await user.keyboard("{Enter}");
    await screen.findByRole("button", { name: "Check plan" }, WAIT);
    await tabTo(user, checkButton());
    await user.keyboard("{Enter}");
    await screen.findByText("3 errors", {}, WAIT);

    const clear = screen.getByRole("button", { name: "Clear marks" });
    await tabTo(user, clear);
    await tabTo(user, screen.getByLabelText("Stage"));
    await tabTo(user, screen.getByLabelText("Severity"));
    await tabTo(user, clear);
    await user.keyboard("{Enter}");
    expect(await screen.findByText(/^Removed \d+ marks from the workbook\.$/, {}, WAIT)).toBeTruthy();
  });
});
