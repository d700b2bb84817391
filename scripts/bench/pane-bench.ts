/**
 * The pane in a real browser: time to first render (the settings form's Country field visible)
 * against a bare Fluent UI page built in the same run, as a ratio; and the task pane's
 * production JavaScript, raw and gzip.
 *
 * The JavaScript counted is what the first screen loads, not one file: the add-in's production
 * build (dist/, made now) is opened in Chromium as Office would open it, with Microsoft's office.js
 * answered by a stand-in (Office ready, no workbook behind it: Excel.run never answers), and every
 * script of ours the page requested before its first render is counted (paneJs*). Scripts the
 * first screen requests right after it has rendered (the Office planner, to read the workbook)
 * are counted apart (paneJsAfterRender*), and the chunks nobody asked for yet (the Check and
 * Catalogue tabs, loaded when opened) apart again (paneJsOnDemand*). office.js is Microsoft's and
 * counted in none. Each file is gzipped alone (level 9), as a server would send it.
 *
 * The first render ratio (paneFirstRender*) is the add-in's own page, dist/taskpane.html as Office
 * opens it, with the office.js stand-in: what a user waits for. The preview page (the pane over
 * the in-memory workbook, with the double, the whole model and Microsoft's Excel web client in its
 * bundle) is reported apart (previewFirstRender*): it measures the preview harness, which ships to
 * nobody, and was the pane's figure until the add-in's own build could be opened here. The three
 * pages take turns, seven loads each in one browser, so a busy machine weighs on all alike.
 */
import { execFileSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/** office.js as the pane sees it inside Excel once ready; no workbook answers (Excel.run never settles). */
const OFFICE_STAND_IN = `window.Office = {
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "OfficeOnline" }); },
  context: { requirements: { isSetSupported: function () { return true; } }, officeTheme: { bodyBackgroundColor: "#ffffff" } }
};
window.Excel = { run: function () { return new Promise(function () {}); } };`;

const OFFICE_JS = /\/office\.js(\?|$)/;

interface Load {
  ms: number;
  /** Addresses of the scripts requested before the first render, and right after it (until the network is quiet). */
  before: string[];
  after: string[];
}

async function routeLocalOnly(context: BrowserContext, standInOffice: boolean): Promise<void> {
  // Nothing leaves the machine: office.js' telemetry and anything else outside is refused.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (standInOffice && OFFICE_JS.test(url)) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN });
    return ["localhost", "127.0.0.1"].includes(new URL(url).hostname) ? route.continue() : route.abort();
  });
}

/** Scripts the page requested (addresses), with when each request started. */
function scriptsOf(): { url: string; start: number }[] {
  return performance
    .getEntriesByType("resource")
    .filter((e) => new URL(e.name).pathname.endsWith(".js"))
    .map((e) => ({ url: e.name, start: e.startTime }));
}

/**
 * In the page, before anything runs: notes when the first element matching `selector` (the
 * settings form's Country field; the bare page's button) is in the document and laid out, in the
 * task that commits it, before React runs the effects that follow a render (a mutation observer's
 * callback is a microtask). Every page is timed so, in the page itself: Playwright's own polling
 * and round trips would add tens of milliseconds of noise to each side of the ratio.
 */
function markFirstRender(selector: string): void {
  new MutationObserver((_, observer) => {
    const element = document.querySelector(selector);
    if (element && element.getClientRects().length > 0) {
      (window as unknown as { mdFirstRender?: number }).mdFirstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

interface Page {
  url: string;
  /** The element whose first showing is the first render (a CSS selector). */
  selector: string;
  /** Answer office.js with the stand-in, and note which scripts load before and after the first render. */
  standInOffice?: boolean;
}

/** One load of a page in a fresh context: milliseconds from navigation to the selector visible. */
async function loadOnce(browser: Browser, { url, selector, standInOffice = false }: Page, collect: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  try {
    await routeLocalOnly(context, standInOffice);
    await context.addInitScript(markFirstRender, selector);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { mdFirstRender?: number }).mdFirstRender !== undefined, null, { timeout: 30000, polling: 100 });
    const at = await page.evaluate(() => (window as unknown as { mdFirstRender: number }).mdFirstRender);
    if (!collect) return { ms: at, before: [], after: [] };
    // What the first screen fetched: before the render, then until no new script for a second.
    let seen = (await page.evaluate(scriptsOf)).length;
    for (let quiet = 0, waited = 0; quiet < 1000 && waited < 15000; waited += 250) {
      await page.waitForTimeout(250);
      const n = (await page.evaluate(scriptsOf)).length;
      quiet = n === seen ? quiet + 250 : 0;
      seen = n;
    }
    const all = await page.evaluate(scriptsOf);
    // The render's own moment: the pane's effects request chunks right after it.
    return { ms: at, before: all.filter((s) => s.start <= at).map((s) => s.url), after: all.filter((s) => s.start > at).map((s) => s.url) };
  } finally {
    await context.close();
  }
}

/**
 * Each page loaded `runs` times, the pages taking turns (pane, bare, pane, bare...) so that all
 * meet the same load on a shared machine; the median of each. Scripts are noted on the first load.
 */
async function firstRenders(pages: Page[], runs = 11): Promise<Load[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  const loads: Load[][] = pages.map(() => []);
  try {
    for (let i = 0; i < runs; i++) {
      for (const [k, page] of pages.entries()) loads[k].push(await loadOnce(browser, page, i === 0 && Boolean(page.standInOffice)));
    }
  } finally {
    await browser.close();
  }
  return loads.map((l) => ({ ...l[0], ms: l.map((x) => x.ms).sort((a, b) => a - b)[Math.floor(l.length / 2)] }));
}

interface Sizes {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function sizesOf(files: string[]): Sizes {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const js = readFileSync(join(DIST, f));
    bytes += js.length;
    gzipBytes += gzipSync(js, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** Our scripts among the addresses requested, as files of dist/; Microsoft's office.js (CDN or office/ folder) is not ours. */
const ours = (urls: string[], base: string) => [...new Set(urls.filter((u) => u.startsWith(base)).map((u) => decodeURIComponent(new URL(u).pathname).replace(/^\//, "")).filter((p) => !p.startsWith("office/")))];

export async function paneFigures() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildPreview } = require("../build-preview.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require("../serve-static.js");
  const out: string = await buildPreview({ quiet: true });
  // The size that ships: the add-in's own production build, made now so it is not stale.
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  const preview = await serveStatic(out);
  const dist = await serveStatic(DIST);
  const base: string = dist.url;
  let previewPage: Load, bare: Load, addin: Load;
  try {
    [previewPage, bare, addin] = await firstRenders([
      { url: `${preview.url}index.html?view=pane&workbook=empty`, selector: "input[id]" },
      { url: `${preview.url}bare.html`, selector: "[data-first-render]" },
      { url: `${base}taskpane.html`, selector: "input[id]", standInOffice: true },
    ]);
  } finally {
    await preview.close();
    await dist.close();
  }
  const first = sizesOf(ours(addin.before, base));
  const afterRender = sizesOf(ours(addin.after, base).filter((f) => !first.files.includes(f)));
  const fetched = new Set([...first.files, ...afterRender.files]);
  // Every other script of the build but the ribbon's function file: the chunks loaded on demand.
  const onDemand = sizesOf(readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== "commands.js" && !fetched.has(f)));
  return {
    paneFirstRenderMs: Math.round(addin.ms),
    bareFluentFirstRenderMs: Math.round(bare.ms),
    paneFirstRenderRatio: +(addin.ms / bare.ms).toFixed(2),
    previewFirstRenderMs: Math.round(previewPage.ms),
    previewFirstRenderRatio: +(previewPage.ms / bare.ms).toFixed(2),
    paneJsBytes: first.bytes,
    paneJsGzipBytes: first.gzipBytes,
    paneJsFiles: first.files.join(" "),
    paneJsAfterRenderBytes: afterRender.bytes,
    paneJsAfterRenderGzipBytes: afterRender.gzipBytes,
    paneJsAfterRenderFiles: afterRender.files.join(" "),
    paneJsOnDemandBytes: onDemand.bytes,
    paneJsOnDemandGzipBytes: onDemand.gzipBytes,
    paneJsOnDemandFiles: onDemand.files.join(" "),
  };
}
