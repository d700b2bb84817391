/** Fluent's dark theme, in a chunk of its own (theme.ts): most panes open light and never need it. */
export { webDarkTheme } from "@fluentui/react-components";
