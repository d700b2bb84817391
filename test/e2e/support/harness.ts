/**
 * Drives Debian's Chromium with playwright-core against the built preview page (the real pane
 * over the in-memory Excel double), served on localhost. Every request to another host is aborted
 * and recorded; each test asserts that none was made and that the page threw nothing.
 */
import { STAGES } from "../../../src/model/registry";
import { columnLetters } from "../../../src/model/address";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { WorkbookState } from "../../../src/excel-double";
import type {} from "../../../src/preview/handle";

/* eslint-disable @typescript-eslint/no-require-imports */
const { PREVIEW_OUT } = require("../../../webpack.preview.config.js") as { PREVIEW_OUT: string };
const { serveStatic } = require("../../../scripts/serve-static.js") as {
  serveStatic(root: string): Promise<{ url: string; port: number; close(): Promise<void> }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/** Excel's default task pane width. */
export const PANE_WIDTH = 350;
export const WAIT = 20000;

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Requests to anything but localhost (aborted). */
  blocked: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

export interface Harness {
  url: string;
  open(query?: string, options?: { width?: number; height?: number; deviceScaleFactor?: number }): Promise<Opened>;
  /** Asserts every page opened since the last call stayed on localhost and threw nothing; closes them. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await serveStatic(PREVIEW_OUT);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30000 });
  } catch (e) {
    await server.close();
    throw e;
  }
  let opened: Opened[] = [];
  return {
    url: server.url,
    async open(query = "", options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? PANE_WIDTH, height: options.height ?? 900 },
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
        acceptDownloads: true,
        reducedMotion: "reduce",
      });
      const blocked: string[] = [];
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if ((url.hostname === "localhost" || url.hostname === "127.0.0.1") && url.port === String(server.port)) return route.continue();
        blocked.push(url.href);
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const o: Opened = { page, context, blocked, errors };
      opened.push(o);
      await page.goto(`${server.url}${query ? `?${query}` : ""}`);
      await page.waitForFunction(() => window.mdPreview?.ready === true || window.mdPreview?.error !== undefined, null, { timeout: WAIT });
      const failed = await page.evaluate(() => window.mdPreview?.error);
      if (failed) throw new Error(`The preview failed to start: ${failed}`);
      return o;
    },
    async settle() {
      const all = opened;
      opened = [];
      await Promise.all(all.map((o) => o.context.close()));
      expect(all.flatMap((o) => o.blocked)).toEqual([]);
      expect(all.flatMap((o) => o.errors)).toEqual([]);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The double's workbook, as plain data. */
export function workbook(page: Page): Promise<WorkbookState> {
  return page.evaluate(() => window.mdPreview!.state());
}

export function tableRows(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => window.mdPreview!.double.tableRows(n), name);
}

export function stageCard(page: Page, n: number) {
  return page.getByRole("listitem", { name: new RegExp(`^${n}\\. `) });
}

export async function stageStatuses(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const { number: n } of STAGES) out.push(await stageCard(page, n).getByText(/^(Missing|Ready|Needs update|Blocked)$/).innerText());
  return out;
}

/** Waits until every stage shows `status`. */
export async function waitForStages(page: Page, status: string): Promise<void> {
  for (const { number: n } of STAGES) await stageCard(page, n).getByText(status, { exact: true }).waitFor();
}

/** Waits until `check` (run in Node against the page) passes, or fails with its last error. */
export async function eventually(check: () => Promise<void>, timeout = WAIT): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Cell address of a table's body cell, like test/taskpane/check-helpers' cellOf. */
export function cellOf(state: WorkbookState, table: string, rowIndex: number, column: string): { sheet: string; address: string } {
  const t = state.tables.find((x) => x.name === table);
  if (!t) throw new Error(`no table ${table}`);
  const sheet = state.sheets.find((s) => s.name === t.sheet)!;
  const headers = Array.from({ length: t.columnCount }, (_, c) => String(sheet.cells[`${columnLetters(t.column + c)}${t.row + 1}`]?.value ?? ""));
  const c = headers.indexOf(column);
  if (c < 0) throw new Error(`${table} has no column ${column}`);
  return { sheet: t.sheet, address: `${columnLetters(t.column + c)}${t.row + 2 + rowIndex}` };
}
