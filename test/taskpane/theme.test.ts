/** Office's theme colour to Fluent's theme. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkColor, themeFor } from "../../src/taskpane/theme";

describe("themeFor", () => {
  it.each([
    ["#ffffff", false],
    ["#FFF", false],
    ["#e6e6e6", false],
    ["#262626", true],
    ["#444", true],
    ["#666666", true],
    ["", false],
    ["not a colour", false],
    [undefined, false],
    [42, false],
  ])("%p is dark: %p", (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });

  it("picks Fluent's web themes", async () => {
    expect(await themeFor("#1f1f1f")).toBe(webDarkTheme);
    expect(await themeFor(undefined)).toBe(webLightTheme);
  });
});
