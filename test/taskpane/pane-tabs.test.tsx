/** @jest-environment jsdom */
/** The pane's tabs by keyboard and pointer, as the WAI-ARIA tabs pattern (manual activation) has them. */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { PaneTabs } from "../../src/taskpane/components/PaneTabs";

type Tab = "a" | "b" | "c";

function Harness({ onSelect }: { onSelect?: (v: Tab) => void }) {
  const [tab, setTab] = useState<Tab>("a");
  return (
    <>
      <button type="button">before</button>
      <PaneTabs<Tab>
        label="Pane"
        panelId="panel"
        selected={tab}
        onSelect={(v) => {
          onSelect?.(v);
          setTab(v);
        }}
        tabs={[
          { value: "a", id: "tab-a", label: "Set up" },
          { value: "b", id: "tab-b", label: "Check" },
          { value: "c", id: "tab-c", label: "Catalogue" },
        ]}
      />
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0}>
        panel {tab}
      </div>
    </>
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });
const selected = () => screen.getAllByRole("tab").filter((t) => t.getAttribute("aria-selected") === "true").map((t) => t.textContent);

describe("the pane's tabs", () => {
  it("puts only the selected tab in the Tab order, each controlling the panel", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole("tablist", { name: "Pane" })).toBeTruthy();
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1"]);
    expect(screen.getAllByRole("tab").every((t) => t.getAttribute("aria-controls") === "panel")).toBe(true);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(tab("Set up"));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tabpanel"));
  });

  it("moves with the arrows, Home and End, wrapping round, and opens a tab only with Enter or Space", async () => {
    const user = userEvent.setup();
    const chosen: Tab[] = [];
    render(<Harness onSelect={(v) => chosen.push(v)} />);
    tab("Set up").focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tab("Check"));
    expect(selected()).toEqual(["Set up"]);
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(tab("Set up"));
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(tab("Catalogue"));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(tab("Set up"));
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(tab("Catalogue"));
    expect(chosen).toEqual([]);
    await user.keyboard("{Enter}");
    expect(selected()).toEqual(["Catalogue"]);
    expect(screen.getByRole("tabpanel").textContent).toBe("panel c");
    await user.keyboard("{ArrowLeft} ");
    expect(selected()).toEqual(["Check"]);
    expect(chosen).toEqual(["c", "b"]);
  });

  it("gives the Tab order back to the selected tab when focus leaves the list", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    tab("Set up").focus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Check").getAttribute("tabindex")).toBe("0");
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tabpanel"));
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1"]);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(tab("Set up"));
  });

  it("opens a tab on a click", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(tab("Check"));
    expect(selected()).toEqual(["Check"]);
    expect(tab("Check").getAttribute("tabindex")).toBe("0");
  });
});
