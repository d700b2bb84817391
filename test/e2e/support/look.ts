/** axe-core scans, screenshots and the "nothing scrolls sideways" check, for the look tests. */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const SHOTS = path.join(__dirname, "..", "..", "..", "test-output", "screenshots");

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // Fluent's focus manager (Tabster) puts invisible <i tabindex=0 aria-hidden> sentinels around
    // widgets such as the TabList to move focus in and out of them: focusable by design, never announced.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(" ")) }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** How far the page scrolls sideways (0 when everything fits), with the widest offenders. */
export function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").slice(0, 40)}"`);
    return { overflow: root.scrollWidth - width, culprits };
  });
}
