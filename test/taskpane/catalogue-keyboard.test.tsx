/** @jest-environment jsdom */
/** The Catalogue tab by keyboard alone: Tab to the search, type, Tab past the Add button to a checkbox, Space, Shift+Tab back to the button, Enter. */
import "./setup";
import { screen } from "@testing-library/react";
import { SDG_INDICATORS } from "../../src/model/catalog/catalog";
import { tabTo, tabToTab } from "./check-helpers";
import { addButton, catalogueTab, indicatorBox, indicatorRows, listedCodes, searchBox } from "./catalogue-helpers";
import { setUpThroughPane, WAIT } from "./refresh-helpers";

/** Fluent draws its focus ring on elements its provider (keyborg) marks as focused by keyboard. */
function focusShown(): boolean {
  return document.activeElement?.closest("[data-fui-focus-within], [data-fui-focus-visible]") != null;
}

describe("keyboard only", () => {
  it("finds an indicator, ticks it with Space and adds it with Enter", async () => {
    const { double, user } = await setUpThroughPane();
    // Only the selected tab is in the Tab order; the arrows move to the others.
    await tabToTab(user, catalogueTab());
    await user.keyboard("{Enter}");
    expect(catalogueTab().getAttribute("aria-selected")).toBe("true");

    // The view loads on first use.
    await screen.findByRole("searchbox", { name: /^Search indicators/ }, WAIT);
    await tabTo(user, searchBox());
    expect(focusShown()).toBe(true);
    await user.keyboard("remittance");
    expect(listedCodes()).toEqual(["10.c.1", "17.3.2"]);

    // The Add button is the next stop after the search, then the first checkbox.
    await user.tab();
    expect(document.activeElement).toBe(addButton());
    await user.tab();
    expect(document.activeElement).toBe(indicatorBox("10.c.1"));
    await user.tab();
    expect(document.activeElement).toBe(indicatorBox("17.3.2"));
    await user.keyboard(" ");
    expect(indicatorBox("17.3.2").checked).toBe(true);
    expect(indicatorBox("10.c.1").checked).toBe(false);

    // Back to the button, above the list.
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(addButton());
    expect(addButton().textContent).toBe("Add 1 indicator");
    expect(document.activeElement?.hasAttribute("data-fui-focus-visible")).toBe(true);
    await user.keyboard("{Enter}");

    expect(await screen.findByText("Added I1 to the indicators (stage 6).", {}, WAIT)).toBeTruthy();
    expect(await indicatorRows(double, ["Indicator ID", "Code", "Indicator"])).toEqual([
      { "Indicator ID": "I1", Code: "17.3.2", Indicator: SDG_INDICATORS.find((i) => i.code === "17.3.2")!.name },
    ]);
    // The button kept focus through the add (disabledFocusable, not disabled); nothing left to add.
    expect(document.activeElement).toBe(addButton());
    expect(addButton().getAttribute("aria-disabled")).toBe("true");
  });

  it("unticks with Space, and Enter on a button with nothing ticked adds nothing", async () => {
    const { double, user } = await setUpThroughPane();
    await tabToTab(user, catalogueTab());
    await user.keyboard("{Enter}");
    await screen.findByRole("searchbox", { name: /^Search indicators/ }, WAIT);
    await tabTo(user, searchBox());
    await user.keyboard("10.7.1");
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(indicatorBox("10.7.1"));
    await user.keyboard(" ");
    expect(addButton().textContent).toBe("Add 1 indicator");
    await user.keyboard(" ");
    expect(indicatorBox("10.7.1").checked).toBe(false);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(addButton());
    await user.keyboard("{Enter}");
    expect(screen.queryByText(/^Added/)).toBeNull();
    expect(double.tableRows("tblIndicators")).toHaveLength(1);
    expect((await indicatorRows(double, ["Code"]))[0].Code).toBe("");
  });
});
