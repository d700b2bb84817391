// ESLint flat config: `npm run lint` (after `tsc --noEmit`).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Globals of the plain Node scripts (kept here rather than importing the `globals` package,
// which is not a dependency of the project).
const nodeGlobals = Object.fromEntries(
  [
    "require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer", "URL",
    "URLSearchParams", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate",
    "clearImmediate", "queueMicrotask", "structuredClone", "TextEncoder", "TextDecoder", "AbortController",
    "fetch", "performance", "global", "globalThis",
  ].map((name) => [name, "readonly"]),
);

/**
 * The layers (README, Architecture): the model describes the workbook and knows no host, no UI and
 * no file library; the service is the pane's contract with a host; the pane talks to that contract
 * only, and Office is reached only where the pane starts (index.tsx) and loads its host
 * (lazy-office-planner.ts); hosts know no UI; nothing under src/ reaches into test/. Each block
 * lists every layer rule for its files, since a later block's rule replaces an earlier one's.
 */
const layer = {
  test: { group: ["**/test/**"], message: "Code under src/ ships: it imports nothing from test/." },
  hosts: { group: ["**/hosts/**"], message: "Only a host implements the service; this layer must not depend on one (see README, Architecture)." },
  pane: { group: ["**/taskpane/**", "**/preview/**"], message: "The pane and its preview sit on top: nothing below imports them." },
  cli: { group: ["**/cli/**"], message: "mdplan sits on top: nothing below imports it." },
  service: { group: ["**/service/**"], message: "The model knows nothing of the pane's contract with a host." },
  ui: { group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"], message: "No React or Fluent below the pane." },
  files: { group: ["exceljs", "exceljs/*", "jszip", "sax", "saxes"], message: "File libraries belong to the file host (src/hosts/xlsx)." },
  office: { group: ["office-addin-*", "@microsoft/office-js*"], message: "Office belongs to the Office host." },
  node: { group: ["fs", "fs/*", "path", "os", "child_process", "node:*"], message: "The model runs in the pane too: no Node modules." },
};
const restrict = (...groups) => ["error", { patterns: groups }];
const officeGlobals = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message: "The pane reaches Office through the PlannerService only (src/service/planner-service.ts); index.tsx wires it.",
}));

export default defineConfig([
  { ignores: ["dist/**", "lib/**", "node_modules/**", "test-output/**", "coverage/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts", "src/**/*.tsx"], rules: { "no-restricted-imports": restrict(layer.test) } },
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(layer.test, layer.hosts, layer.pane, layer.cli, layer.service, layer.ui, layer.files, layer.office, layer.node),
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  { files: ["src/service/**/*.ts"], rules: { "no-restricted-imports": restrict(layer.test, layer.hosts, layer.pane, layer.cli, layer.ui, layer.files, layer.office) } },
  { files: ["src/hosts/**/*.ts"], rules: { "no-restricted-imports": restrict(layer.test, layer.pane, layer.cli, layer.ui) } },
  // The double stands for Excel: it may use the model's primitives, never what it is a stand-in for.
  { files: ["src/excel-double/**/*.ts"], rules: { "no-restricted-imports": restrict(layer.test, layer.hosts, layer.pane, layer.cli, layer.service, layer.ui, layer.files) } },
  { files: ["src/cli/**/*.ts"], rules: { "no-restricted-imports": restrict(layer.test, layer.pane, layer.ui) } },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/lazy-office-planner.ts"],
    rules: {
      "no-restricted-imports": restrict(layer.test, layer.hosts, layer.cli, layer.files, layer.office),
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: nodeGlobals },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022, globals: nodeGlobals },
  },
]);
