/**
 * Renders the pane over the real Office PlannerService, itself over the in-memory Excel double,
 * and finds things the way a user would: by role, label and text.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import type { PlannerService } from "../../src/service/planner-service";
import { STAGES } from "../../src/model/registry";
import { Pane } from "../../src/taskpane/mount";
import type { PaneWords } from "../../src/taskpane/words";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";

export interface Rendered {
  double: ExcelDouble;
  service: PlannerService;
  user: ReturnType<typeof userEvent.setup>;
}

export interface RenderOptions {
  double?: ExcelDouble;
  /** Wraps the real service, to watch or delay its calls. */
  wrap?: (s: PlannerService) => PlannerService;
  /** false when the first read is expected to fail. */
  waitForStages?: boolean;
  /** The pane's words (loadPaneWords): English unless given. */
  words?: PaneWords;
}

export async function renderPane(options: RenderOptions = {}): Promise<Rendered> {
  const double = options.double ?? createExcelDouble();
  const real = createOfficePlanner(double.run, double.isSetSupported);
  const service = options.wrap ? options.wrap(real) : real;
  const user = userEvent.setup();
  render(<Pane service={service} words={options.words} />);
  // The first read of the workbook has ended once the stages are listed.
  if (options.waitForStages !== false) await screen.findByRole("listitem", { name: /^1\. / }, { timeout: 10000 });
  return { double, service, user };
}

/** The card of stage n, found by its heading ("2. Priorities"). */
export function stageCard(n: number): HTMLElement {
  return screen.getByRole("listitem", { name: new RegExp(`^${n}\\. `) });
}

export function stageStatus(n: number): string {
  const badge = within(stageCard(n)).getByText(/^(Missing|Ready|Needs update|Blocked)$/);
  return badge.textContent ?? "";
}

/** Every stage card's status, in the registry's order. */
export function allStageStatuses(): string[] {
  return STAGES.map((s) => stageStatus(s.number));
}

/** What allStageStatuses gives when every stage shows `status`. */
export function everyStage(status: string): string[] {
  return STAGES.map(() => status);
}

export function setUpButton(): HTMLElement {
  return screen.getByRole("button", { name: "Set up workbook" });
}

/** Fluent's disabledFocusable buttons stay focusable and say so with aria-disabled. */
export function isDisabled(button: HTMLElement): boolean {
  return button.getAttribute("aria-disabled") === "true" || (button as HTMLButtonElement).disabled;
}

export async function fillRequired(user: Rendered["user"], country = "Kenya", title = "Kenya M&D Plan of Action") {
  await user.type(screen.getByLabelText(/^Country(?! code)/), country);
  await user.type(screen.getByLabelText(/^Plan title/), title);
}

export function sheetNames(double: ExcelDouble): string[] {
  return double.state.sheets.map((s) => s.name);
}

/** The outcome under the button that started an operation: "settings", "stages", "stage-N", "capacity" or "dashboard". */
export function outcomeAt(place: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-outcome="${place}"]`);
  if (!found) throw new Error(`no outcome area "${place}" in the pane`);
  return found;
}

/** The live region (role status) of an outcome: progress and results. */
export function statusAt(place: string) {
  return within(within(outcomeAt(place)).getByRole("status"));
}

/** The alert region of an outcome: failures. */
export function alertAt(place: string): HTMLElement {
  return within(outcomeAt(place)).getByRole("alert");
}
