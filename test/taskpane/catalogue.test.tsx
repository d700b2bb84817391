/** @jest-environment jsdom */
/** The Catalogue tab over the real Office service and the in-memory Excel double. */
import "./setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import type { CatalogIndicator } from "../../src/model/catalog/catalog";
import { GCM_OBJECTIVES, GCM_SOURCE, SDG_INDICATORS, SDG_SOURCE } from "../../src/model/catalog/catalog";
import { CataloguePanel } from "../../src/taskpane/components/CataloguePanel";
import { initialCatalogueState } from "../../src/taskpane/state/catalogue-state";
import { shortSource } from "../../src/taskpane/state/plain-words";
import { Themed } from "../../src/taskpane/mount";
import { createExcelDouble } from "../../src/excel-double";
import { checkButton, openCheckTab } from "./check-helpers";
import { addButton, gate, indicatorBox, indicatorRows, listedCodes, openCatalogueTab, searchBox, watchAdds } from "./catalogue-helpers";
import { isDisabled, renderPane } from "./pane-helpers";
import { setUpThroughPane, WAIT } from "./refresh-helpers";

const name = (code: string) => SDG_INDICATORS.find((i) => i.code === code)!.name;
const status = () => within(screen.getByRole("status"));
const REMITTANCE = SDG_INDICATORS.filter((i) => /remittance/i.test(i.name)).map((i) => i.code);

describe("the catalogue", () => {
  it("lists every SDG indicator with its code and name, the list's source once (no file path), and the 23 GCM objectives", async () => {
    const { user } = await renderPane();
    await openCatalogueTab(user);

    expect(listedCodes()).toEqual(SDG_INDICATORS.map((i) => i.code));
    const item = indicatorBox("10.7.1").closest("li")!;
    expect(within(item).getByText("10.7.1").tagName).toBe("SPAN");
    expect(item.textContent).toContain(name("10.7.1"));
    // Every item's source is the list's: said once above the list, not on every line.
    expect(within(item).queryByText("UN global SDG indicator framework")).toBeNull();
    expect(screen.getAllByText("Source: UN global SDG indicator framework")).toHaveLength(1);
    // The file the names were copied from is one click away, never in the first words read.
    expect(screen.queryByText(/^Source: .*\.ya?ml/)).toBeNull();
    const about = screen.getAllByText("About this source")[0].closest("details")!;
    expect(about.open).toBe(false);
    expect(about.textContent).toContain(SDG_SOURCE);

    const gcm = screen.getByRole("list", { name: "Global Compact for Migration objectives" });
    const objectives = within(gcm).getAllByRole("listitem");
    expect(objectives).toHaveLength(23);
    expect(objectives[0].textContent).toBe(`1 Data — ${GCM_OBJECTIVES[0].title}`);
    expect(objectives[0].textContent).toMatch(/^1 Data — Collect and utilize accurate/);
    expect(objectives[22].textContent).toMatch(/^23 /);
    expect(screen.getByText(`Source: ${shortSource(GCM_SOURCE)}`)).toBeTruthy();
    expect(screen.getByText(/GCM objective drop-down of each goal in the Priorities sheet/)).toBeTruthy();

    // The Add button comes right after the search box, before the list, not 2,500 px below it.
    const first = indicatorBox(SDG_INDICATORS[0].code);
    expect(searchBox().compareDocumentPosition(addButton()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(addButton().compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Nothing ticked: nothing to add.
    expect(addButton().textContent).toBe("Add indicators");
    expect(isDisabled(addButton())).toBe(true);
  });

  it("searches by words of the name or by code", async () => {
    const { user } = await renderPane();
    await openCatalogueTab(user);

    await user.type(searchBox(), "remittance");
    expect(listedCodes()).toEqual(["10.c.1", "17.3.2"]);
    expect(listedCodes()).toEqual(REMITTANCE);
    expect(screen.getByText(`${REMITTANCE.length} indicators match "remittance".`)).toBeTruthy();

    await user.clear(searchBox());
    await user.type(searchBox(), "10.7");
    expect(listedCodes()).toEqual(["10.7.1", "10.7.2", "10.7.3", "10.7.4"]);

    // Every word must match, in any case.
    await user.clear(searchBox());
    await user.type(searchBox(), "MIGRANT status");
    expect(listedCodes()).toEqual(["8.8.1", "8.8.2"]);

    await user.clear(searchBox());
    await user.type(searchBox(), "xylophone");
    expect(listedCodes()).toEqual([]);
    expect(screen.getByText('No indicator matches "xylophone".')).toBeTruthy();

    await user.clear(searchBox());
    expect(listedCodes()).toHaveLength(SDG_INDICATORS.length);
  });

  it("adds the ticked indicators to tblIndicators and shows their new IDs", async () => {
    const calls: CatalogIndicator[][] = [];
    const { double, user } = await setUpThroughPane({ wrap: watchAdds(calls) });
    await openCatalogueTab(user);

    await user.type(searchBox(), "remittance");
    await user.click(indicatorBox("10.c.1"));
    await user.click(indicatorBox("17.3.2"));
    expect(indicatorBox("10.c.1").checked).toBe(true);
    expect(addButton().textContent).toBe("Add 2 indicators");
    expect(isDisabled(addButton())).toBe(false);
    await user.click(addButton());

    expect(await status().findByText("Added I1, I2 to the indicators (stage 6).", {}, WAIT)).toBeTruthy();
    expect(calls).toEqual([SDG_INDICATORS.filter((i) => ["10.c.1", "17.3.2"].includes(i.code))]);
    expect(await indicatorRows(double, ["Indicator ID", "Code", "Indicator", "Name source"])).toEqual([
      { "Indicator ID": "I1", Code: "10.c.1", Indicator: name("10.c.1"), "Name source": "UN global SDG indicator framework" },
      { "Indicator ID": "I2", Code: "17.3.2", Indicator: name("17.3.2"), "Name source": "UN global SDG indicator framework" },
    ]);

    // The selection is cleared, the search kept; nothing more to add.
    expect(indicatorBox("10.c.1").checked).toBe(false);
    expect(indicatorBox("17.3.2").checked).toBe(false);
    expect(searchBox().value).toBe("remittance");
    expect(addButton().textContent).toBe("Add indicators");
    expect(isDisabled(addButton())).toBe(true);
    expect(screen.queryByRole("progressbar")).toBeNull();

    // The next add follows on: I3.
    await user.clear(searchBox());
    await user.click(indicatorBox("10.7.1"));
    await user.click(addButton());
    expect(await status().findByText("Added I3 to the indicators (stage 6).", {}, WAIT)).toBeTruthy();
    expect(screen.queryByText(/Added I1, I2/)).toBeNull();
    expect((await indicatorRows(double, ["Indicator ID", "Code"])).map((r) => r.Code)).toEqual(["10.c.1", "17.3.2", "10.7.1"]);
  });

  it("keeps ticks the search hides, says so, and adds them in catalogue order", async () => {
    const { double, user } = await setUpThroughPane();
    await openCatalogueTab(user);
    await user.click(indicatorBox("17.3.2"));
    await user.type(searchBox(), "10.7");
    await user.click(indicatorBox("10.7.3"));
    expect(screen.getByText("1 ticked indicator is hidden by the search and will be added too.")).toBeTruthy();
    expect(addButton().textContent).toBe("Add 2 indicators");
    await user.click(addButton());
    expect(await status().findByText("Added I1, I2 to the indicators (stage 6).", {}, WAIT)).toBeTruthy();
    expect((await indicatorRows(double, ["Code"])).map((r) => r.Code)).toEqual(["10.7.3", "17.3.2"]);
    expect(screen.queryByText(/hidden by the search/)).toBeNull();
  });
});

describe("failures", () => {
  it("before stage 6 is set up: shows the service's message and changes nothing", async () => {
    const double = createExcelDouble();
    const { user } = await renderPane({ double });
    await openCatalogueTab(user);
    const before = structuredClone(double.state);

    await user.click(indicatorBox("10.7.1"));
    await user.click(addButton());

    const alert = screen.getByRole("alert");
    await waitFor(() => expect(alert.textContent).toContain('The workbook has no "Indicators" table. Set up stage 6 first, then add indicators from the catalogue.'), WAIT);
    expect(double.state).toEqual(before);
    expect(double.state.tables.find((t) => t.name === "tblIndicators")).toBeUndefined();
    expect(status().queryByText(/^Added/)).toBeNull();
    // The tick stays, so the same button works once stage 6 is there.
    expect(indicatorBox("10.7.1").checked).toBe(true);
    expect(isDisabled(addButton())).toBe(false);

    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(alert.textContent).toBe("");
  });

  it("shows an unexpected error with its message", async () => {
    const { user } = await renderPane({ wrap: (real) => ({ ...real, addIndicators: () => Promise.reject(new TypeError("cannot read 'x' of undefined")) }) });
    await openCatalogueTab(user);
    await user.click(indicatorBox("10.7.1"));
    await user.click(addButton());
    expect(await within(screen.getByRole("alert")).findByText(/Something went wrong: cannot read 'x' of undefined\./)).toBeTruthy();
  });
});

describe("one operation at a time", () => {
  it("adds once however often the button is pressed, shows progress, and holds the other tabs back", async () => {
    const calls: CatalogIndicator[][] = [];
    const { promise, open } = gate();
    const { double, user } = await setUpThroughPane({ wrap: watchAdds(calls, promise) });
    await openCatalogueTab(user);
    await user.click(indicatorBox("10.7.1"));
    await user.click(indicatorBox("10.c.1"));
    const button = addButton();
    act(() => {
      button.click();
      button.click();
    });
    expect(within(screen.getByRole("status")).getByRole("progressbar")).toBeTruthy();
    expect(status().getByText("Adding 2 indicators to the workbook…")).toBeTruthy();
    expect(isDisabled(addButton())).toBe(true);
    await user.click(addButton());
    expect(calls).toHaveLength(1);

    await openCheckTab(user);
    expect(isDisabled(checkButton())).toBe(true);
    await user.click(screen.getByRole("tab", { name: "Set up" }));
    // The settings are saved (closed); their way back waits too.
    expect(isDisabled(screen.getByRole("button", { name: "Edit settings" }))).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: "Refresh dashboard" }))).toBe(true);

    await openCatalogueTab(user);
    open();
    expect(await status().findByText("Added I1, I2 to the indicators (stage 6).", {}, WAIT)).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(double.tableRows("tblIndicators")).toHaveLength(2);
    expect(screen.queryByRole("progressbar")).toBeNull();
    await openCheckTab(user);
    expect(isDisabled(checkButton())).toBe(false);
  });

  it("is held back while a check runs", async () => {
    const { promise, open } = gate();
    const calls: CatalogIndicator[][] = [];
    const { user } = await setUpThroughPane({
      wrap: (real) => ({
        ...watchAdds(calls)(real),
        check: async (...args) => {
          await promise;
          return real.check(...args);
        },
      }),
    });
    await openCheckTab(user);
    await user.click(checkButton());
    await openCatalogueTab(user);
    await user.click(indicatorBox("10.7.1"));
    expect(isDisabled(addButton())).toBe(true);
    await user.click(addButton());
    expect(calls).toHaveLength(0);
    open();
    await waitFor(() => expect(isDisabled(addButton())).toBe(false), WAIT);
    await user.click(addButton());
    expect(await status().findByText("Added I1 to the indicators (stage 6).", {}, WAIT)).toBeTruthy();
    expect(calls).toHaveLength(1);
  });
});

describe("text from the catalogue", () => {
  it("is shown as text, never as markup", () => {
    const evil: CatalogIndicator = { code: "<b>9.9.9</b>", name: '<img src="x" onerror="alert(1)"> & more', source: "<script>alert(2)</script>" };
    const { container } = render(
      <Themed>
        <CataloguePanel
          state={initialCatalogueState()}
          catalogue={{ indicators: [evil], indicatorSource: "<i>source</i>", objectives: [{ number: 1, short: "<u>Data</u>", title: "<em>t</em>" }], objectiveSource: "<s>gcm</s>" }}
          blocked={false}
          onSearch={() => undefined}
          onToggle={() => undefined}
          onAdd={() => undefined}
          onDismissError={() => undefined}
        />
      </Themed>,
    );
    expect(container.querySelector("img, script, b, i, u, em, s")).toBeNull();
    expect(screen.getByRole("checkbox", { name: '<b>9.9.9</b> <img src="x" onerror="alert(1)"> & more' })).toBeTruthy();
    expect(screen.getByText("<script>alert(2)</script>")).toBeTruthy();
    expect(screen.getByText("Source: <i>source</i>")).toBeTruthy();
    expect(screen.getByText("1 <u>Data</u> — <em>t</em>")).toBeTruthy();
  });
});
