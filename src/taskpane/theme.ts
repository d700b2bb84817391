/** Office's theme, mapped to Fluent's: a dark body background means the dark theme. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** True for colours like "#262626" or "#444"; false for anything unreadable (light is the safe default). */
export function isDarkColor(color: unknown): boolean {
  if (typeof color !== "string") return false;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < 0.5;
}

export function themeFor(bodyBackgroundColor: unknown): Theme {
  return isDarkColor(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
