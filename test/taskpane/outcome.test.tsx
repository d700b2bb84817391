/** @jest-environment jsdom */
/**
 * The pane answers where the user looks: under the button pressed, announced (live region) and
 * scrolled into view, with the focus following it when the button pressed has gone; it speaks the
 * planner's words on a first visit; and after set-up it leads to what comes next.
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { createExcelDouble } from "../../src/excel-double";
import { ASSESSMENT_STAGE, STAGES } from "../../src/model/registry";
import { allStageStatuses, everyStage, fillRequired, outcomeAt, renderPane, setUpButton, stageCard, stageStatus, statusAt } from "./pane-helpers";
import { setUpThroughPane } from "./refresh-helpers";

const WAIT = { timeout: 15000 };

/** The elements scrollIntoView was called on, in order. */
function watchScrolls(): Element[] {
  const seen: Element[] = [];
  jest.spyOn(Element.prototype, "scrollIntoView").mockImplementation(function (this: Element) {
    seen.push(this);
  });
  return seen;
}

afterEach(() => jest.restoreAllMocks());

describe("a first visit", () => {
  it("names no table by its code name and lists nothing but each stage's state", async () => {
    const scrolled = watchScrolls();
    await renderPane();
    // The read when the pane opens, which nobody asked for, leaves the page where it is.
    expect(scrolled).toEqual([]);
    expect(allStageStatuses()).toEqual(everyStage("Missing"));
    // 22 lines such as "Table tblContext is missing." once stood here.
    expect(document.body.textContent).not.toMatch(/\btbl[A-Z]/);
    for (const { number } of STAGES) expect(within(stageCard(number)).queryAllByText(/is missing\./)).toEqual([]);
    // What set-up adds is one click away, by sheet and caption.
    const adds = within(stageCard(1)).getByText("What set-up adds").closest("details")!;
    expect(adds.open).toBe(false);
    expect(adds.textContent).toContain(`Sheet "${ASSESSMENT_STAGE.sheets.main.name}"`);
    expect(adds.textContent).toContain("Migration context");
  });

  it("on a protected sheet, says what is in the way without speaking of running set-up again", async () => {
    const double = createExcelDouble();
    double.seedSheet(ASSESSMENT_STAGE.sheets.main.name);
    double.protectSheet(ASSESSMENT_STAGE.sheets.main.name);
    await renderPane({ double });
    expect(stageStatus(1)).toBe("Blocked");
    const card = stageCard(1);
    expect(within(card).getByText(/is protected/).textContent).toMatch(/Unprotect it \(Review > Unprotect Sheet\), then press Set up this stage\.$/);
    expect(document.body.textContent).not.toMatch(/\bagain\b/);
  });
});

describe("Set up workbook", () => {
  it("answers under the settings, closes them, gives the focus to the answer and says what comes next", async () => {
    const scrolled = watchScrolls();
    const { user } = await renderPane();
    await fillRequired(user);
    await user.click(setUpButton());
    await waitFor(() => expect(allStageStatuses()).toEqual(everyStage("Ready")), WAIT);

    // Announced: the answer is in a live region that was there before it.
    expect(statusAt("settings").getByText("Workbook set up")).toBeTruthy();
    expect(within(outcomeAt("settings")).getByRole("status").getAttribute("aria-live")).toBe("polite");
    // The form has closed (its button with it): the focus is on the answer, not lost on the page.
    expect(screen.queryByLabelText(/^Country(?! code)/)).toBeNull();
    expect(screen.getByRole("button", { name: "Edit settings" })).toBeTruthy();
    expect(document.activeElement).toBe(outcomeAt("settings"));
    expect(scrolled).toContain(outcomeAt("settings"));
    // Next: fill stage 1, check, refresh; no stage offers its set-up as if it were not done.
    const next = within(screen.getByRole("region", { name: "What next" }));
    expect(next.getByText(new RegExp(`Fill in stage 1, ${ASSESSMENT_STAGE.name}, on the sheet "${ASSESSMENT_STAGE.sheets.main.name}"`))).toBeTruthy();
    expect(next.getByRole("button", { name: "Check the plan" })).toBeTruthy();
    expect(next.getByText(/press Refresh dashboard/)).toBeTruthy();
    expect(screen.queryAllByRole("button", { name: "Set up this stage" })).toEqual([]);
    expect(screen.getAllByRole("button", { name: "Set up again" })).toHaveLength(STAGES.length);
  });

  it("reopens the settings on demand and puts them back on Cancel", async () => {
    const { user } = await setUpThroughPane();
    await user.click(screen.getByRole("button", { name: "Edit settings" }));
    const country = screen.getByLabelText(/^Country(?! code)/) as HTMLInputElement;
    await user.clear(country);
    await user.type(country, "Ghana");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByLabelText(/^Country(?! code)/)).toBeNull();
    expect(screen.getByText(/^Kenya · /)).toBeTruthy();
  });

  it("takes the user to the check from What next", async () => {
    const { user } = await setUpThroughPane();
    await user.click(screen.getByRole("button", { name: "Check the plan" }));
    expect(screen.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    // A plan just set up holds nothing yet: the check says so rather than praise it.
    expect(await screen.findByText("Nothing to check yet", {}, WAIT)).toBeTruthy();
  });
});

describe("Set up this stage", () => {
  it("answers on the stage's card, keeps the focus on its button and scrolls the answer into view", async () => {
    const scrolled = watchScrolls();
    const { user } = await renderPane();
    await fillRequired(user);
    const button = within(stageCard(5)).getByRole("button", { name: "Set up this stage" });
    await user.click(button);
    await waitFor(() => expect(stageStatus(5)).toBe("Ready"), WAIT);

    const answer = within(stageCard(5)).getByText("Stage 5 set up");
    expect(outcomeAt("stage-5").contains(answer)).toBe(true);
    expect(stageCard(5).contains(outcomeAt("stage-5"))).toBe(true);
    expect(scrolled).toContain(outcomeAt("stage-5"));
    // The same button, now quieter, still has the focus.
    expect(document.activeElement).toBe(button);
    expect(button.textContent).toBe("Set up again");
    // Nothing about it at the top of the pane.
    expect(within(outcomeAt("settings")).queryByText(/set up/)).toBeNull();
  });
});
