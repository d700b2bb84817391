/**
 * The pane in a real browser: time to first render (the settings form's Country field visible)
 * against a bare Fluent UI page built in the same run, as a ratio; and the task pane's
 * production JavaScript, raw and gzip.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

async function firstRender(url: string, selector: string, runs = 5): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
      // Nothing leaves the machine: office.js' telemetry and anything else outside is refused.
      await context.route("**/*", (route) => (["localhost", "127.0.0.1"].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(selector, { state: "visible", timeout: 30000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function paneFigures() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildPreview } = require("../build-preview.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require("../serve-static.js");
  const out: string = await buildPreview({ quiet: true });
  const server = await serveStatic(out);
  try {
    const pane = await firstRender(`${server.url}index.html?view=pane&workbook=empty`, "input[id]:visible");
    const bare = await firstRender(`${server.url}bare.html`, "[data-first-render]");
    // The size that ships: the add-in's own production build, made now so it is not stale.
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
    const js = readFileSync(join(ROOT, "dist", "taskpane.js"));
    return {
      paneFirstRenderMs: Math.round(pane),
      bareFluentFirstRenderMs: Math.round(bare),
      paneFirstRenderRatio: +(pane / bare).toFixed(2),
      paneJsBytes: js.length,
      paneJsGzipBytes: gzipSync(js, { level: 9 }).length,
    };
  } finally {
    await server.close();
  }
}
