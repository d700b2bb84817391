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

/**
 * Text the pane cuts: a control or label whose content is wider than its box (a button's text
 * running past its edge, a badge or tab clipped), and words that overlap the next element on the
 * same line. Longer languages (French runs about a quarter longer than English) find these first.
 */
export function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 50)}"`;
    const boxes = [...document.querySelectorAll<HTMLElement>("button, [role=tab], label, h1, h2, h3, h4, .fui-Badge, .fui-MessageBarTitle")].filter((el) => el.getClientRects().length > 0);
    const cut = boxes.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => `cut: ${describe(el)}`);
    const overlaps: string[] = [];
    for (const el of boxes) {
      const a = el.getBoundingClientRect();
      for (const other of boxes) {
        if (other === el || el.contains(other) || other.contains(el)) continue;
        const b = other.getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) overlaps.push(`overlap: ${describe(el)} / ${describe(other)}`);
      }
    }
    return [...cut, ...overlaps.slice(0, 10)];
  });
}
