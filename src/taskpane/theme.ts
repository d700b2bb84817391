/**
 * Office's theme, mapped to Fluent's: a dark body background means the dark theme. The dark one
 * is fetched only when Office is dark (dark-theme.ts): the light pane's first chunk does without.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

/** True for colours like "#262626" or "#444"; false for anything unreadable (light is the safe default). */
export function isDarkColor(color: unknown): boolean {
  if (typeof color !== "string") return false;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < 0.5;
}

/** The theme for Office's body colour; light if the dark one cannot be fetched (a pane that reads beats none). */
export async function themeFor(bodyBackgroundColor: unknown): Promise<Theme> {
  if (!isDarkColor(bodyBackgroundColor)) return webLightTheme;
  try {
    return (await import(/* webpackChunkName: "dark-theme" */ "./dark-theme")).webDarkTheme;
  } catch (e) {
    console.error("M&D Planner: the dark theme did not load; the pane shows light", e);
    return webLightTheme;
  }
}
