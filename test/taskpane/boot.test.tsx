/** @jest-environment jsdom */
/** Start-up: outside Office, in an old Excel, and in a good one (light or dark). */
import "./setup";
import { act, screen } from "@testing-library/react";
import type { Root } from "react-dom/client";
import type { PlannerService } from "../../src/service/planner-service";
import { boot, type OfficeLike } from "../../src/taskpane/boot";

// Start-up never reaches the workbook in these tests: a service whose reads never finish is enough.
const never = () => new Promise<never>(() => undefined);
const pendingService: PlannerService = { readStatus: never, setUp: never, refresh: never, addIndicators: never, check: never, clearMarks: never, select: never };

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

async function start(office: OfficeLike | undefined, create = jest.fn(() => pendingService)) {
  await act(async () => {
    root = await boot(container, office, create);
  });
  return create;
}

function office(supported: boolean | undefined, background?: string): OfficeLike {
  return {
    onReady: () => Promise.resolve({ host: supported === undefined ? null : "Excel" }),
    context:
      supported === undefined
        ? {}
        : { requirements: { isSetSupported: (name: string, version?: string) => supported && name === "ExcelApi" && version === "1.4" }, officeTheme: { bodyBackgroundColor: background } },
  };
}

describe("boot", () => {
  it("asks for Excel when office.js did not load at all", async () => {
    const create = await start(undefined);
    expect(screen.getByText("Open this in Excel")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("asks for Excel when opened in a plain browser (no requirements to ask)", async () => {
    const create = await start(office(undefined));
    expect(screen.getByText("Open this in Excel")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("explains that Excel is too old without ExcelApi 1.4", async () => {
    const create = await start(office(false));
    expect(screen.getByText("This Excel is too old")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("shows why when Office fails to start", async () => {
    await start({ onReady: () => Promise.reject(new Error("host went away")) });
    expect(screen.getByText("M&D Planner could not start")).toBeTruthy();
    expect(screen.getByText(/host went away/)).toBeTruthy();
  });

  it.each([
    ["fr-FR", "fr", "Cette version d’Excel est trop ancienne"],
    ["es-419", "es", "Esta versión de Excel es demasiado antigua"],
    ["de-DE", "en", "This Excel is too old"],
  ])("speaks Office's display language %s (%s), and says so to screen readers", async (displayLanguage, lang, title) => {
    const old = office(false);
    await start({ ...old, context: { ...old.context, displayLanguage } });
    expect(screen.getByText(title)).toBeTruthy();
    expect(document.documentElement.lang).toBe(lang);
  });

  it("mounts the pane with a service that asks Office about API sets", async () => {
    const create = await start(office(true, "#ffffff"));
    expect(screen.getByRole("heading", { level: 1, name: "M&D Planner" })).toBeTruthy();
    const isSetSupported = (create.mock.calls[0] as unknown as [(n: string, v: string) => boolean])[0];
    expect(isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("follows a dark Office theme, and survives a host that throws on officeTheme", async () => {
    await start(office(true, "#262626"));
    const dark = getComputedStyle(container.querySelector(".fui-FluentProvider")!).getPropertyValue("--colorNeutralBackground1");
    act(() => root?.unmount());
    container.innerHTML = "";
    const throwing = office(true);
    Object.defineProperty(throwing.context!, "officeTheme", {
      get() {
        throw new Error("not available");
      },
    });
    await start(throwing);
    const light = getComputedStyle(container.querySelector(".fui-FluentProvider")!).getPropertyValue("--colorNeutralBackground1");
    expect(screen.getByRole("heading", { level: 1, name: "M&D Planner" })).toBeTruthy();
    expect(dark).not.toBe(light);
  });
});
