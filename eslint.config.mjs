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
