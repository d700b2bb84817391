/**
 * For the Catalogue tests: the tab, its controls found as a user would (by role and label), and
 * tblIndicators read back from the double (its headers through the Excel API, as the service
 * reads them).
 */
import { screen } from "@testing-library/react";
import type { PlannerService } from "../../src/service/planner-service";
import type { CatalogIndicator } from "../../src/model/catalog/catalog";
import type { ExcelDouble } from "../../src/excel-double";
import type { Rendered } from "./pane-helpers";

export function catalogueTab(): HTMLElement {
  return screen.getByRole("tab", { name: "Catalogue" });
}

/** Opens the Catalogue tab and waits for its view, which loads on first use. */
export async function openCatalogueTab(user: Rendered["user"]): Promise<void> {
  await user.click(catalogueTab());
  await screen.findByRole("searchbox", { name: /^Search indicators/ }, { timeout: 15000 });
}

export function searchBox(): HTMLInputElement {
  return screen.getByRole("searchbox", { name: /^Search indicators/ }) as HTMLInputElement;
}

/** The indicator's checkbox, by its code (the start of its label). */
export function indicatorBox(code: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name: new RegExp(`^${code.replace(/\./g, "\\.")} `) }) as HTMLInputElement;
}

/** The codes of the indicators listed, in order. */
export function listedCodes(): string[] {
  return screen.queryAllByRole("checkbox").map((box) => /^\S+/.exec(box.closest("li")?.textContent ?? "")?.[0] ?? "");
}

/** The Add button, whatever count it says. */
export function addButton(): HTMLElement {
  return screen.getByRole("button", { name: /^Add (\d+ )?indicators?$/ });
}

/** tblIndicators' headers, read through the Excel API of the double. */
export async function indicatorHeaders(double: ExcelDouble): Promise<string[]> {
  return double.run(async (ctx) => {
    const header = ctx.workbook.tables.getItem("tblIndicators").getHeaderRowRange().load("values");
    await ctx.sync();
    return (header.values[0] as unknown[]).map(String);
  });
}

/** tblIndicators' rows as records of the given columns. */
export async function indicatorRows(double: ExcelDouble, columns: string[]): Promise<Record<string, unknown>[]> {
  const headers = await indicatorHeaders(double);
  return double.tableRows("tblIndicators").map((row) => Object.fromEntries(columns.map((c) => [c, row[headers.indexOf(c)]])));
}

/** The real service, with each add's indicators kept, and held back until the gate opens (if one is given). */
export function watchAdds(calls: CatalogIndicator[][], gate?: Promise<void>): (real: PlannerService) => PlannerService {
  return (real) => ({
    ...real,
    addIndicators: async (items) => {
      calls.push(items);
      if (gate) await gate;
      return real.addIndicators(items);
    },
  });
}

export function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
