/** @jest-environment jsdom */
/**
 * The workbook's language from the pane: a new workbook is written in the pane's language unless
 * the planner picks another under Advanced; a workbook that holds the plan keeps its own, shown
 * locked, whatever the pane speaks.
 */
import "./setup";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { loadPaneWords } from "../../src/taskpane/words";
import { fillRequired, renderPane, setUpButton, sheetNames, statusAt } from "./pane-helpers";

const WAIT = { timeout: 15000 };

describe("the workbook's language", () => {
  it("follows the pane's language for a new workbook, then shows it locked", async () => {
    const { user, double } = await renderPane({ words: await loadPaneWords("fr") });
    await user.click(screen.getByRole("button", { name: /^Paramètres avancés/ }));
    const language = screen.getByLabelText(/^Langue du classeur/) as HTMLSelectElement;
    expect(language.value).toBe("fr");
    expect([...language.options].map((o) => o.text)).toEqual(["English", "Français", "Español"]);
    await user.type(screen.getByLabelText(/^Pays/), "Sénégal");
    await user.type(screen.getByLabelText(/^Titre du plan/), "Plan d’action M&D");
    await user.click(screen.getByRole("button", { name: "Configurer le classeur" }));
    await waitFor(() => expect(statusAt("settings").getByText("Classeur configuré")).toBeTruthy(), WAIT);
    expect(sheetNames(double)).toEqual(expect.arrayContaining(["Paramètres", "3 Plan d’action", "Tableau de bord"]));

    await user.click(screen.getByRole("button", { name: "Modifier les paramètres" }));
    await user.click(screen.getByRole("button", { name: /^Paramètres avancés/ }));
    const locked = screen.getByLabelText(/^Langue du classeur/) as HTMLSelectElement;
    expect(locked.value).toBe("fr");
    expect(locked.disabled).toBe(true);
    expect(screen.getByText(/^Choisie à la configuration : Français\./)).toBeTruthy();
  }, 30000);

  it("writes the language the planner picks, not the pane's", async () => {
    const { user, double } = await renderPane();
    await user.click(screen.getByRole("button", { name: /^Advanced/ }));
    await user.selectOptions(screen.getByLabelText(/^Workbook language/), "es");
    await fillRequired(user);
    await user.click(setUpButton());
    await waitFor(() => expect(sheetNames(double)).toContain("3 Plan de acción"), WAIT);
    // The Plan of Action's headers are Spanish too.
    expect(JSON.stringify(double.state.sheets.find((s) => s.name === "3 Plan de acción"))).toContain("ID acción");
  }, 30000);

  it("keeps an English plan English when a French pane sets it up again", async () => {
    const first = await renderPane();
    await fillRequired(first.user);
    await first.user.click(setUpButton());
    await waitFor(() => expect(sheetNames(first.double)).toContain("3 Plan of Action"), WAIT);
    cleanup();

    const { user, double } = await renderPane({ double: first.double, words: await loadPaneWords("fr") });
    await user.click(await screen.findByRole("button", { name: "Modifier les paramètres" }, WAIT));
    await user.click(screen.getByRole("button", { name: /^Paramètres avancés/ }));
    expect((screen.getByLabelText(/^Langue du classeur/) as HTMLSelectElement).value).toBe("en");
    await user.click(screen.getByRole("button", { name: "Configurer le classeur" }));
    await waitFor(() => expect(statusAt("settings").getByText("Classeur configuré")).toBeTruthy(), WAIT);
    expect(sheetNames(double).filter((s) => /Plan/.test(s))).toEqual(["3 Plan of Action"]);
  }, 60000);
});
