/** @jest-environment jsdom */
/** Failures reach the user in words, never swallowed, and the workbook is left as it was. */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import { toPlannerError } from "../../src/hosts/office/errors";
import { setupWords } from "../../src/model/layout/setup-words";
import { createExcelDouble } from "../../src/excel-double";
import { alertAt, allStageStatuses, everyStage, fillRequired, isDisabled, renderPane, setUpButton } from "./pane-helpers";

const CELL_EDIT_MESSAGE = toPlannerError({ code: "InvalidOperationInCellEditMode" }, setupWords("en", "pane")).message;
const WAIT = { timeout: 15000 };

describe("failures", () => {
  it("shows Excel's cell-edit message and leaves the workbook as it was", async () => {
    const { double, user } = await renderPane();
    await fillRequired(user);
    const before = structuredClone(double.state);
    double.setCellEditMode(true);
    await user.click(setUpButton());

    const alert = await screen.findByText(CELL_EDIT_MESSAGE, {}, WAIT);
    // Under the button pressed, not at the top of the pane.
    expect(alertAt("settings").contains(alert)).toBe(true);
    expect(double.state).toEqual(before);
    expect(allStageStatuses()).toEqual(everyStage("Missing"));
    expect(isDisabled(setUpButton())).toBe(false);

    // Once the user leaves the cell, the same button works.
    double.setCellEditMode(false);
    await user.click(setUpButton());
    await waitFor(() => expect(allStageStatuses()).toEqual(everyStage("Ready")), WAIT);
    expect(screen.queryByText(CELL_EDIT_MESSAGE)).toBeNull();
  });

  it("shows an unexpected error with its message", async () => {
    const { user } = await renderPane({
      wrap: (real) => ({ ...real, readStatus: () => real.readStatus(), setUp: () => Promise.reject(new TypeError("cannot read 'x' of undefined")) }),
    });
    await fillRequired(user);
    await user.click(setUpButton());
    expect(await screen.findByText(/Something went wrong: cannot read 'x' of undefined/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it("shows a failed first read and recovers on Refresh status", async () => {
    const double = createExcelDouble();
    double.setCellEditMode(true);
    const { user } = await renderPane({ double, waitForStages: false });
    expect(await screen.findByText(CELL_EDIT_MESSAGE, {}, WAIT)).toBeTruthy();
    expect(screen.getByText(/press Refresh status/)).toBeTruthy();
    double.setCellEditMode(false);
    await user.click(screen.getByRole("button", { name: "Refresh status" }));
    await waitFor(() => expect(allStageStatuses()).toEqual(everyStage("Missing")), WAIT);
    expect(screen.queryByText(CELL_EDIT_MESSAGE)).toBeNull();
  });
});
