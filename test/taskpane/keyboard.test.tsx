/** @jest-environment jsdom */
/** Everything by keyboard alone: Tab to reach, Enter or Space to act, focus shown where it is. */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { allStageStatuses, everyStage, outcomeAt, renderPane, setUpButton, stageCard, stageStatus, type Rendered } from "./pane-helpers";

const WAIT = { timeout: 15000 };

/** Presses Tab until `target` has focus; fails if it is not reached within `max` presses. */
async function tabTo(user: Rendered["user"], target: HTMLElement, max = 40) {
  for (let i = 0; i < max && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

describe("keyboard only", () => {
  it("fills the form and sets up the workbook with Tab and Enter", async () => {
    const { user, double } = await renderPane();

    // The selected tab comes first, then the form.
    await tabTo(user, screen.getByRole("tab", { name: "Set up" }), 4);
    await tabTo(user, screen.getByLabelText(/^Country(?! code)/), 6);
    // Fluent draws its focus ring on elements its provider (keyborg) marks as focused by keyboard.
    expect(document.activeElement?.closest("[data-fui-focus-within], [data-fui-focus-visible]")).not.toBeNull();
    await user.keyboard("Kenya");
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Plan title/));
    await user.keyboard("Kenya M&D plan");

    // A native <select>: reachable by Tab; its arrow keys are the browser's (jsdom has none).
    await tabTo(user, screen.getByLabelText(/^Reporting frequency/));

    await tabTo(user, setUpButton());
    expect(document.activeElement?.hasAttribute("data-fui-focus-visible")).toBe(true);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(allStageStatuses()).toEqual(everyStage("Ready")), WAIT);
    expect(double.state.sheets.map((s) => s.name)).toContain("6 M&E");
    // The form closed once set up, taking its button: the focus went to the answer, not to the page's body.
    expect(document.activeElement).toBe(outcomeAt("settings"));
    expect(document.activeElement?.textContent).toContain("Workbook set up");
    // Tab goes on from there, to what comes next.
    await tabTo(user, screen.getByRole("button", { name: "Check the plan" }), 6);
    // A whole set-up driven key by key: slow on a shared machine.
  }, 120000);

  it("opens Advanced with Enter and reaches its fields", async () => {
    const { user } = await renderPane();
    const advanced = screen.getByRole("button", { name: "Advanced" });
    await tabTo(user, advanced);
    await user.keyboard("{Enter}");
    expect(advanced.getAttribute("aria-expanded")).toBe("true");
    // The workbook's language first, then the plan's advanced settings.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Workbook language/));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Most priority goals/));
  });

  it("opens a stage's guidance and sets the stage up with Space", async () => {
    const { user } = await renderPane();
    await tabTo(user, screen.getByLabelText(/^Country(?! code)/));
    await user.keyboard("Kenya");
    await user.tab();
    await user.keyboard("Plan");

    const card = stageCard(2);
    const guidance = within(card).getByRole("button", { name: "Guidance" });
    await tabTo(user, guidance);
    await user.keyboard(" ");
    expect(guidance.getAttribute("aria-expanded")).toBe("true");
    expect(within(card).getByText(/What to fill in:/)).toBeTruthy();

    await tabTo(user, within(card).getByRole("button", { name: "Set up this stage" }));
    await user.keyboard(" ");
    await waitFor(() => expect(stageStatus(2)).toBe("Ready"), WAIT);
  });

  it("reaches Refresh status and every stage button", async () => {
    const { user } = await renderPane();
    await tabTo(user, screen.getByRole("button", { name: "Refresh status" }));
    for (const button of screen.getAllByRole("button", { name: "Set up this stage" })) await tabTo(user, button);
  });
});
