/** @jest-environment jsdom */
/**
 * The Check and Catalogue tabs load when opened (src/taskpane/lazy-views.tsx): a polite "Loading"
 * line first, then the view; a chunk that does not arrive is said with a button to try again.
 */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CheckPanelProps } from "../../src/taskpane/components/CheckPanel";
import { initialCheckState } from "../../src/taskpane/state/check-state";
import { LazyCheckPanel } from "../../src/taskpane/lazy-views";
import { Themed } from "../../src/taskpane/mount";

// The first load of the check's chunk fails, as on a dropped connection; later loads work.
let mockLoads = 0;
jest.mock("../../src/taskpane/components/CheckPanel", () => {
  if (mockLoads++ === 0) throw new Error("Loading chunk check failed.");
  return jest.requireActual("../../src/taskpane/components/CheckPanel");
});

const noop = () => undefined;

function props(): CheckPanelProps {
  return { state: initialCheckState(), blocked: false, stageNames: new Map(), onCheck: noop, onClearMarks: noop, onSelect: noop, onStage: noop, onSeverity: noop, onDismissError: noop };
}

test("the check view says it is loading; one that does not arrive is said, and Try again loads it", async () => {
  // React reports the error its boundary caught: expected here, kept out of the test's output.
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const user = userEvent.setup();
  render(
    <Themed>
      <LazyCheckPanel {...props()} />
    </Themed>,
  );
  expect(screen.getByRole("status").textContent).toBe("Loading the check…");
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("The check did not load: the connection may have dropped.");
  expect(screen.queryByRole("button", { name: "Check plan" })).toBeNull();
  await user.click(screen.getByRole("button", { name: "Try again" }));
  expect(await screen.findByRole("button", { name: "Check plan" })).toBeTruthy();
  expect(screen.queryByText(/did not load/)).toBeNull();
  expect(mockLoads).toBe(2);
  quiet.mockRestore();
});
